// The passphrase of a backup, typed twice so that a typo does not lock the officer out of their
// own file (Tulay cannot recover a forgotten passphrase).
import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const MIN_PASSPHRASE_LENGTH = 10;

interface Props {
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  /** Show what is wrong (after a first try to submit). */
  checked: boolean;
  disabled?: boolean;
}

export function passphraseProblem(passphrase: string, repeat: string) {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'tooShort' as const;
  if (passphrase !== repeat) return 'different' as const;
  return null;
}

export function PassphraseFields(props: Props) {
  const { t } = useTranslation('backup');
  const problem = props.checked ? passphraseProblem(props.passphrase, props.repeat) : null;
  return (
    <Stack gap="sm">
      <PasswordInput
        label={t('passphrase.label')}
        description={t('passphrase.hint', { count: MIN_PASSPHRASE_LENGTH })}
        value={props.passphrase}
        onChange={(event) => props.onPassphrase(event.currentTarget.value)}
        error={problem === 'tooShort' && t('passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH })}
        disabled={props.disabled}
        autoComplete="new-password"
        data-autofocus
        required
      />
      <PasswordInput
        label={t('passphrase.repeat')}
        value={props.repeat}
        onChange={(event) => props.onRepeat(event.currentTarget.value)}
        error={problem === 'different' && t('passphrase.different')}
        disabled={props.disabled}
        autoComplete="new-password"
        required
      />
    </Stack>
  );
}
