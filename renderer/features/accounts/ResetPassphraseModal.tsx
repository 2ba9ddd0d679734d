// An administrator gives a staff member who forgot their passphrase a new one.
import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from './accountRepository';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
import { useAccountErrorText } from './useAccountErrorText';
import { useStaffActions } from './useStaffActions';

interface Props {
  account: Account | null;
  onClose: (done: boolean) => void;
}

export function ResetPassphraseModal({ account, onClose }: Props) {
  const { t } = useTranslation('accounts');
  const actions = useStaffActions();
  const errorText = useAccountErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [adminPassphrase, setAdminPassphrase] = useState('');
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = (done: boolean) => {
    setPassphrase('');
    setRepeat('');
    setAdminPassphrase('');
    setChecked(false);
    setProblem(null);
    onClose(done);
  };

  const submit = async () => {
    setChecked(true);
    setProblem(null);
    if (!account || newPassphraseProblem(passphrase, repeat) || !adminPassphrase) return;
    setBusy(true);
    try {
      await actions.resetPassphrase(account.id, passphrase, adminPassphrase);
      close(true);
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={account !== null}
      onClose={() => close(false)}
      title={account ? t('staff.resetTitle', { name: account.name }) : ''}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <NewPassphraseFields
            passphrase={passphrase}
            repeat={repeat}
            onPassphrase={setPassphrase}
            onRepeat={setRepeat}
            checked={checked}
            autoFocus
          />
          <PasswordInput
            label={t('staff.adminPassphrase')}
            description={t('staff.adminPassphraseHint')}
            value={adminPassphrase}
            onChange={(event) => setAdminPassphrase(event.currentTarget.value)}
            error={
              (checked && !adminPassphrase && t('signIn.passphraseRequired')) ||
              problem ||
              undefined
            }
            name="adminPassphrase"
            autoComplete="current-password"
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(false)}>
              {t('staff.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('staff.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
