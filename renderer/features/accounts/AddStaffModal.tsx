// An administrator adds a staff member: name, role, a first passphrase (typed twice), and their
// own passphrase, which opens the desk key so that it can be wrapped for the new account.
import { Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSubmit } from '../../ui/useCheckedSubmit';
import type { StaffRole } from '../../../domain/records';
import { AdminConfirmFooter } from './AdminConfirmFooter';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { RoleSelect } from './RoleSelect';
import { useAccountErrorText } from './useAccountErrorText';
import { useStaffActions } from './useStaffActions';

export function AddStaffModal({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: (name?: string) => void;
}) {
  const { t } = useTranslation('accounts');
  // The form is unmounted when the modal closes: it opens empty the next time.
  return (
    <Modal opened={opened} onClose={() => onClose()} title={t('staff.addTitle')}>
      <AddStaffForm onClose={onClose} />
    </Modal>
  );
}

function AddStaffForm({ onClose }: { onClose: (name?: string) => void }) {
  const { t } = useTranslation('accounts');
  const actions = useStaffActions();
  const errorText = useAccountErrorText();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('officer');
  const newPassphrase = useNewPassphrase();
  const { passphrase } = newPassphrase;
  const [adminPassphrase, setAdminPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { checked, busy, formProps } = useCheckedSubmit(
    () => !!name.trim() && !newPassphrase.problem && !!adminPassphrase,
    async () => {
      setProblem(null);
      try {
        await actions.add({ name, role, passphrase }, adminPassphrase);
        onClose(name.trim());
      } catch (error) {
        setProblem(errorText(error));
      }
    },
  );

  return (
    <form {...formProps}>
      <Stack gap="sm">
        <TextInput
          label={t('staff.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={checked && !name.trim() && t('errors.nameRequired')}
          name="staffMemberName"
          data-autofocus
          required
        />
        <RoleSelect value={role} onChange={setRole} label={t('staff.role')} />
        <NewPassphraseFields
          {...newPassphrase.fields}
          checked={checked}
          label={t('staff.firstPassphrase')}
        />
        <AdminConfirmFooter
          adminPassphrase={adminPassphrase}
          onAdminPassphrase={setAdminPassphrase}
          checked={checked}
          problem={problem}
          busy={busy}
          onCancel={() => onClose()}
        />
      </Stack>
    </form>
  );
}
