// An administrator adds a staff member: name, role, a first passphrase (typed twice), and their
// own passphrase, which opens the desk key so that it can be wrapped for the new account.
import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../domain/records';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
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
  const actions = useStaffActions();
  const errorText = useAccountErrorText();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('officer');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [adminPassphrase, setAdminPassphrase] = useState('');
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = (added?: string) => {
    setName('');
    setPassphrase('');
    setRepeat('');
    setAdminPassphrase('');
    setChecked(false);
    setProblem(null);
    onClose(added);
  };

  const submit = async () => {
    setChecked(true);
    setProblem(null);
    if (!name.trim() || newPassphraseProblem(passphrase, repeat) || !adminPassphrase) return;
    setBusy(true);
    try {
      await actions.add({ name, role, passphrase }, adminPassphrase);
      close(name.trim());
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={() => close()} title={t('staff.addTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
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
            passphrase={passphrase}
            repeat={repeat}
            onPassphrase={setPassphrase}
            onRepeat={setRepeat}
            checked={checked}
            label={t('staff.firstPassphrase')}
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
            <Button variant="default" onClick={() => close()}>
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
