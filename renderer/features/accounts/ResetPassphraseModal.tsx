// An administrator gives a staff member who forgot their passphrase a new one.
import { Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSubmit } from '../../ui/useCheckedSubmit';
import type { Account } from './accountRepository';
import { AdminConfirmFooter } from './AdminConfirmFooter';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { useAccountErrorText } from './useAccountErrorText';
import { useStaffActions } from './useStaffActions';

interface Props {
  account: Account | null;
  onClose: (done: boolean) => void;
}

export function ResetPassphraseModal({ account, onClose }: Props) {
  const { t } = useTranslation('accounts');
  // The form is unmounted when the modal closes: it opens empty the next time.
  return (
    <Modal
      opened={account !== null}
      onClose={() => onClose(false)}
      title={account ? t('staff.resetTitle', { name: account.name }) : ''}
    >
      {account && <ResetPassphraseForm account={account} onClose={onClose} />}
    </Modal>
  );
}

function ResetPassphraseForm({
  account,
  onClose,
}: {
  account: Account;
  onClose: Props['onClose'];
}) {
  const actions = useStaffActions();
  const errorText = useAccountErrorText();
  const newPassphrase = useNewPassphrase();
  const { passphrase } = newPassphrase;
  const [adminPassphrase, setAdminPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { checked, busy, formProps } = useCheckedSubmit(
    () => !newPassphrase.problem && !!adminPassphrase,
    async () => {
      setProblem(null);
      try {
        await actions.resetPassphrase(account.id, passphrase, adminPassphrase);
        onClose(true);
      } catch (error) {
        setProblem(errorText(error));
      }
    },
  );

  return (
    <form {...formProps}>
      <Stack gap="sm">
        <NewPassphraseFields {...newPassphrase.fields} checked={checked} autoFocus />
        <AdminConfirmFooter
          adminPassphrase={adminPassphrase}
          onAdminPassphrase={setAdminPassphrase}
          checked={checked}
          problem={problem}
          busy={busy}
          onCancel={() => onClose(false)}
        />
      </Stack>
    </form>
  );
}
