// A new passphrase typed twice, so that a typo does not lock its owner out of the desk.
import { PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH } from '../../../domain/security/signInThrottle';

export type PassphraseProblem = 'tooShort' | 'different';

export function newPassphraseProblem(passphrase: string, repeat: string): PassphraseProblem | null {
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) return 'tooShort';
  if (passphrase !== repeat) return 'different';
  return null;
}

/** The state of the two fields: `fields` goes to NewPassphraseFields, `problem` decides a submit. */
export function useNewPassphrase() {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  return {
    passphrase,
    problem: newPassphraseProblem(passphrase, repeat),
    fields: { passphrase, repeat, onPassphrase: setPassphrase, onRepeat: setRepeat },
  };
}

interface Props {
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  /** Show what is wrong (after a first try to submit). */
  checked: boolean;
  disabled?: boolean;
  label?: string;
  autoFocus?: boolean;
}

export function NewPassphraseFields(props: Props) {
  const { t } = useTranslation('accounts');
  const problem = props.checked ? newPassphraseProblem(props.passphrase, props.repeat) : null;
  const count = PASSPHRASE_MIN_LENGTH;
  return (
    <Stack gap="sm">
      <PasswordInput
        label={props.label ?? t('passphrase.label')}
        description={t('passphrase.hint', { count })}
        value={props.passphrase}
        onChange={(event) => props.onPassphrase(event.currentTarget.value)}
        error={problem === 'tooShort' && t('passphrase.tooShort', { count })}
        disabled={props.disabled}
        autoComplete="new-password"
        name="newPassphrase"
        data-autofocus={props.autoFocus || undefined}
        required
      />
      <PasswordInput
        label={t('passphrase.repeat')}
        value={props.repeat}
        onChange={(event) => props.onRepeat(event.currentTarget.value)}
        error={problem === 'different' && t('passphrase.different')}
        disabled={props.disabled}
        autoComplete="new-password"
        name="repeatPassphrase"
        required
      />
    </Stack>
  );
}
