// Settings → Sync: the catalogue's address and this desk's token, "Test connection", and the
// switch that replicates the municipality's records between its desks (off at first). Turning
// it off stops sending and receiving; nothing on this computer is deleted.
import {
  Alert,
  Button,
  Group,
  Kbd,
  PasswordInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../features/settings';
import { platform } from '../platform';
import { formatDateTime } from '../ui/format';
import { CatalogueClient, normaliseAddress, SyncProblem, type SyncProblemKind } from './client';
import { NeedsReview } from './NeedsReview';
import { PrefixClaimStatus } from './PrefixClaimStatus';
import { claimView, type PrefixView } from './prefixClaim';
import { problemKey } from './problemText';
import { useSyncService, useSyncStatus } from './SyncProvider';
import type { SyncSettings } from './syncSettings';
import { useSyncSettings } from './useSyncSettings';

type TestResult =
  | { ok: true; tenant: string; desk: string }
  | { ok: false; kind: SyncProblemKind }
  // The desktop app refuses the address, or allows it only once the page reloads.
  | { ok: false; desktop: 'refused' | 'reload' };

/** Ctrl+Shift+S, as the shortcuts dialog lists it. */
const SYNC_KEYS = ['Ctrl', 'Shift', 'S'] as const;

export function SyncPanel() {
  const { t, i18n } = useTranslation('sync');
  const lng = i18n.language;
  const service = useSyncService();
  const status = useSyncStatus();
  const { saved, save: store } = useSyncSettings(service);
  const [form, setForm] = useState<SyncSettings | null>(null);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<TestResult | null>(null);
  // The catalogue's word on this desk's case number prefix, asked on Test connection and Save.
  const [prefixView, setPrefixView] = useState<PrefixView | null>(null);
  const { referencePrefix } = useDesk().profile;
  if (!saved) return null;
  // Until the officer types, the form shows what is stored.
  const shown = form ?? saved;

  const save = async (next: SyncSettings) => {
    const address = next.address.trim();
    const access = address ? await platform.allowCatalogue(address) : null;
    if (access && !access.allowed) {
      setTest({ ok: false, desktop: 'refused' });
      return;
    }
    const stored = await store(next);
    setForm(stored);
    // The desktop app's page keeps the policy it loaded with: reload to reach the new address
    // (the first sync after it claims the prefix).
    if (access?.reload) return window.location.reload();
    setPrefixView(stored.address && stored.token ? await claimView(stored, referencePrefix) : null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(shown);
  };

  const testConnection = async () => {
    setTesting(true);
    setTest(null);
    setPrefixView(null);
    try {
      const access = await platform.allowCatalogue(normaliseAddress(shown.address));
      if (!access.allowed || access.reload) {
        setTest({ ok: false, desktop: access.allowed ? 'reload' : 'refused' });
        return;
      }
      const session = await new CatalogueClient({
        address: shown.address,
        token: shown.token,
      }).session();
      setTest({ ok: true, tenant: session.tenantName, desk: session.deskName });
      setPrefixView(await claimView(shown, referencePrefix));
    } catch (error) {
      setTest({ ok: false, kind: error instanceof SyncProblem ? error.kind : 'server' });
    } finally {
      setTesting(false);
    }
  };

  const dirty = saved.address !== shown.address.trim() || saved.token !== shown.token.trim();
  const connected = Boolean(saved.address && saved.token);
  const refusal = status.prefixRefusal;
  const prefixShown: PrefixView | null =
    prefixView ?? (refusal ? { state: 'refused', ...refusal } : null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="sync-title" id="sync">
      <Title order={2} size="h4" id="sync-title">
        {t('title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('description')}
      </Text>
      <form onSubmit={onSubmit}>
        <Stack gap="sm">
          <TextInput
            label={t('address')}
            description={t('addressHint')}
            value={shown.address}
            onChange={(e) => setForm({ ...shown, address: e.currentTarget.value })}
            dir="ltr"
            autoComplete="off"
          />
          <PasswordInput
            label={t('token')}
            description={t('tokenHint')}
            value={shown.token}
            onChange={(e) => setForm({ ...shown, token: e.currentTarget.value })}
            dir="ltr"
            autoComplete="off"
          />
          <Group gap="sm">
            <Button type="submit" disabled={!dirty}>
              {t('save')}
            </Button>
            <Button
              variant="default"
              onClick={() => void testConnection()}
              loading={testing}
              disabled={!shown.address.trim()}
            >
              {t('test')}
            </Button>
          </Group>
        </Stack>
      </form>
      {test && (
        <Alert
          role="status"
          color={test.ok ? 'teal' : 'red'}
          icon={test.ok ? <IconCircleCheck /> : <IconAlertTriangle />}
          data-testid="sync-test-result"
        >
          {test.ok
            ? t('connected', { tenant: test.tenant, desk: test.desk })
            : 'desktop' in test
              ? t(`desktop.${test.desktop}`)
              : t(problemKey(test.kind))}
        </Alert>
      )}
      {prefixShown && (
        <PrefixClaimStatus
          view={prefixShown}
          connection={prefixView ? shown : saved}
          onChange={setPrefixView}
        />
      )}
      <Switch
        checked={saved.replicate}
        disabled={!connected || dirty}
        onChange={(e) => void save({ ...saved, replicate: e.currentTarget.checked })}
        label={t('replicate')}
        description={t('replicateHint')}
      />
      {!connected && (
        <Text size="sm" c="dimmed">
          {t('replicateNeedsConnection')}
        </Text>
      )}
      {status.phase !== 'off' && (
        <Stack gap={4}>
          {status.phase === 'error' && status.problem && !(refusal && prefixShown) && (
            <Alert color="red" icon={<IconAlertTriangle />} data-testid="sync-problem">
              {t(problemKey(status.problem))}
            </Alert>
          )}
          <Text size="sm">
            {status.lastSyncedAt
              ? t('header.last', { time: formatDateTime(lng, status.lastSyncedAt) })
              : t('header.never')}
            {' · '}
            {t('header.waiting', { count: status.waiting })}
          </Text>
          <Group>
            <Button
              variant="light"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={() => void service.syncNow()}
              loading={status.phase === 'syncing'}
            >
              {t('syncNow')}
            </Button>
            <Group gap={4} dir="ltr" aria-hidden>
              {SYNC_KEYS.map((key) => (
                <Kbd key={key}>{key}</Kbd>
              ))}
            </Group>
          </Group>
        </Stack>
      )}
      <NeedsReview />
    </Stack>
  );
}
