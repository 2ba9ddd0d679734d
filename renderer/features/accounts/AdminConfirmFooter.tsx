// The end of a form that changes an account: the administrator's own passphrase (which opens the
// desk key to wrap it for the account) with what went wrong, then Cancel and Save.
import { Button, Group, PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  adminPassphrase: string;
  onAdminPassphrase: (value: string) => void;
  /** Show what is wrong (after a first try to submit). */
  checked: boolean;
  /** What the last try to save answered, in the officer's language. */
  problem: string | null;
  busy: boolean;
  onCancel: () => void;
}

export function AdminConfirmFooter(props: Props) {
  const { t } = useTranslation('accounts');
  return (
    <>
      <PasswordInput
        label={t('staff.adminPassphrase')}
        description={t('staff.adminPassphraseHint')}
        value={props.adminPassphrase}
        onChange={(event) => props.onAdminPassphrase(event.currentTarget.value)}
        error={
          (props.checked && !props.adminPassphrase && t('signIn.passphraseRequired')) ||
          props.problem ||
          undefined
        }
        name="adminPassphrase"
        autoComplete="current-password"
        required
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('staff.cancel')}
        </Button>
        <Button type="submit" loading={props.busy}>
          {t('staff.save')}
        </Button>
      </Group>
    </>
  );
}
