// Settings → Sync: what the catalogue said of this desk's case number prefix. A refusal (another
// desk of the municipality holds it) is said in plain words, with a field to choose another
// prefix right here: the first-run set-up happens before the desk has a token, so this is where
// the officer first learns of it. Sync starts once the catalogue accepts a prefix.
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { referencePrefixSchema } from '../../domain/sync';
import { useErrorText } from '../ui/useErrorText';
import type { PrefixView } from './prefixClaim';
import { problemKey } from './problemText';
import { useChangePrefix } from './useChangePrefix';

interface Props {
  view: PrefixView;
  connection: { address: string; token: string };
  onChange: (view: PrefixView) => void;
}

export function PrefixClaimStatus({ view, connection, onChange }: Props) {
  const { t } = useTranslation('sync');
  if (view.state === 'accepted') {
    return (
      <Alert role="status" color="teal" icon={<IconCircleCheck />} data-testid="sync-prefix">
        {t('prefix.accepted', { prefix: view.prefix })}
      </Alert>
    );
  }
  if (view.state === 'problem') {
    return (
      <Alert role="alert" color="red" icon={<IconAlertTriangle />} data-testid="sync-prefix">
        {t(problemKey(view.kind))}
      </Alert>
    );
  }
  return <PrefixRefusal view={view} connection={connection} onChange={onChange} />;
}

function PrefixRefusal({
  view,
  connection,
  onChange,
}: Props & { view: Extract<PrefixView, { state: 'refused' }> }) {
  const { t } = useTranslation('sync');
  const describeError = useErrorText();
  const changePrefix = useChangePrefix();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const prefix = value.trim().toUpperCase();
    if (!referencePrefixSchema.safeParse(prefix).success) return setError(t('prefix.invalid'));
    if (prefix === view.prefix) return setError(t('prefix.same'));
    setBusy(true);
    setError(null);
    try {
      const outcome = await changePrefix(connection, prefix);
      if (outcome.ok) onChange({ state: 'accepted', prefix });
      else if (outcome.kind === 'prefixTaken')
        setError(t('prefix.taken', { prefix, desk: outcome.heldBy }));
      else if (outcome.kind === 'notSaved')
        setError(t('prefix.saveFailed', { reason: describeError(outcome.error) }));
      else setError(t(problemKey(outcome.kind)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert role="alert" color="red" icon={<IconAlertTriangle />} data-testid="sync-prefix">
      <Stack gap="sm">
        <Text size="sm">{t('prefix.refused', { prefix: view.prefix, desk: view.heldBy })}</Text>
        <form onSubmit={(e) => void submit(e)}>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('prefix.label')}
              description={t('prefix.hint')}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value.toUpperCase())}
              error={error}
              maxLength={5}
              dir="ltr"
              autoComplete="off"
            />
            <Button type="submit" loading={busy} mt={44}>
              {t('prefix.use')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Alert>
  );
}
