// Settings → Sync → "Publish our commitment": what the municipality commits to and the quarters
// whose indicators this desk publishes. "Preview" checks the commitment and shows exactly what
// will be sent; "Publish" sends that object; "Stop publishing" withdraws it from the catalogue
// and deletes nothing here. Available whether or not the desks replicate their records.
import { Alert, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../domain/localDay';
import { recentQuarters } from '../../../../domain/reports/publishedIndicators';
import {
  problemKey,
  SyncProblem,
  type CommitmentDraft,
  type Publication,
  type PublicationSettings,
  type SyncProblemKind,
} from '../../../sync';
import { formatDateTime } from '../../../ui/format';
import { useErrorText } from '../../../ui/useErrorText';
import { CommitmentFields } from './CommitmentFields';
import { firstDraft, type DraftErrors } from './commitmentDraft';
import { useDesk } from '../../settings';
import { PublicationPreview } from './PublicationPreview';
import { usePublication } from './usePublication';

/** Problems whose sync wording promises a retry that publishing does not make. */
const OWN_WORDING = new Set<SyncProblemKind>(['rejected', 'rateLimited', 'server']);

type Outcome = { ok: true; text: string } | { ok: false; text: string };

export function PublishPanel() {
  const { t, i18n } = useTranslation('publish');
  const { profile: desk } = useDesk();
  const lng = i18n.language;
  const describe = useErrorText();
  const today = localDay();
  const quarters = recentQuarters(today, 4);
  const fallback = useCallback(
    (): PublicationSettings => ({
      draft: firstDraft(desk),
      quarters: [recentQuarters(localDay(), 2)[1]!],
      published: null,
    }),
    [desk],
  );
  const { loaded, settings, connected, preview, publish, stop } = usePublication(fallback);
  const [draft, setDraft] = useState<CommitmentDraft | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [shown, setShown] = useState<Publication | null>(null);
  const [busy, setBusy] = useState<'preview' | 'publish' | 'stop' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const [failedPreviews, setFailedPreviews] = useState(0);
  // After a refused preview, once its errors are drawn, the keyboard goes to the first field
  // to correct.
  useEffect(() => {
    if (failedPreviews > 0)
      document.querySelector<HTMLElement>('#publish [aria-invalid="true"]')?.focus();
  }, [failedPreviews]);
  // A new preview, once drawn, takes the keyboard (after the commit, not at a guessed frame:
  // a busy PC may draw it later than the next frame).
  useEffect(() => {
    if (shown) previewTitle.current?.focus();
  }, [shown]);
  if (!loaded) return null;

  const stored = settings ?? fallback();
  const form = draft ?? stored.draft;
  const picked = chosen ?? stored.quarters;
  const published = stored.published;

  const problemText = (error: unknown) => {
    if (!(error instanceof SyncProblem)) return describe(error);
    return OWN_WORDING.has(error.kind)
      ? t(`problems.${error.kind as 'rejected' | 'rateLimited' | 'server'}`)
      : t(problemKey(error.kind), { ns: 'sync' });
  };

  const edit = (next: CommitmentDraft) => {
    setDraft(next);
    setShown(null);
  };
  const pick = (next: string[]) => {
    setChosen(next);
    setShown(null);
  };

  const onPreview = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('preview');
    setOutcome(null);
    try {
      const result = await preview(form, picked);
      if (!result.ok) {
        setErrors(result.errors);
        setShown(null);
        setOutcome({ ok: false, text: t('errors.fix') });
        setFailedPreviews((n) => n + 1);
        return;
      }
      setErrors({});
      setShown(result.publication);
    } catch (error) {
      setOutcome({ ok: false, text: describe(error) });
    } finally {
      setBusy(null);
    }
  };

  const onPublish = async () => {
    if (!shown) return;
    setBusy('publish');
    setOutcome(null);
    try {
      const at = await publish(shown);
      setShown(null);
      setOutcome({ ok: true, text: t('publishedNow', { time: formatDateTime(lng, at) }) });
    } catch (error) {
      setOutcome({ ok: false, text: problemText(error) });
    } finally {
      setBusy(null);
    }
  };

  const onStop = async () => {
    setBusy('stop');
    setOutcome(null);
    try {
      await stop();
      setOutcome({ ok: true, text: t('stopped') });
    } catch (error) {
      setOutcome({ ok: false, text: problemText(error) });
    } finally {
      setBusy(null);
    }
  };

  const status = !published
    ? t('status.never')
    : published.withdrawnAt
      ? t('status.withdrawn', { time: formatDateTime(lng, published.withdrawnAt) })
      : t('status.published', { time: formatDateTime(lng, published.at) });

  return (
    <Stack gap="sm" component="section" aria-labelledby="publish-title" id="publish">
      <Title order={2} size="h4" id="publish-title">
        {t('title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('description', { municipality: desk.municipality })}
      </Text>
      <Text size="sm" fw={600} data-testid="publish-status">
        {status}
      </Text>
      {!connected && (
        <Text size="sm" c="dimmed">
          {t('needsConnection')}
        </Text>
      )}
      <form onSubmit={(e) => void onPreview(e)} noValidate>
        <Stack gap="sm">
          <CommitmentFields draft={form} errors={errors} onChange={edit} />
          <Checkbox.Group
            label={t('quarters.label')}
            description={t('quarters.hint')}
            value={picked}
            onChange={pick}
          >
            <Group gap="md" mt={4}>
              {quarters.map((quarter, i) => (
                <Checkbox
                  key={quarter}
                  value={quarter}
                  label={
                    <bdi dir="ltr">{i === 0 ? t('quarters.inProgress', { quarter }) : quarter}</bdi>
                  }
                />
              ))}
            </Group>
          </Checkbox.Group>
          {picked.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('quarters.none')}
            </Text>
          )}
          <Group gap="sm">
            <Button type="submit" variant="default" loading={busy === 'preview'}>
              {t('preview')}
            </Button>
            {published && !published.withdrawnAt && (
              <Button
                variant="outline"
                color="red"
                onClick={() => void onStop()}
                loading={busy === 'stop'}
                disabled={!connected || busy !== null}
              >
                {t('stop')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      {shown && (
        <>
          <PublicationPreview publication={shown} desk={desk} titleRef={previewTitle} />
          <Group gap="sm">
            <Button
              onClick={() => void onPublish()}
              loading={busy === 'publish'}
              disabled={!connected || busy !== null}
            >
              {t('publish')}
            </Button>
            {!connected && (
              <Text size="sm" c="dimmed">
                {t('needsConnectionShort')}
              </Text>
            )}
          </Group>
        </>
      )}
      {outcome && (
        <Alert
          role={outcome.ok ? 'status' : 'alert'}
          color={outcome.ok ? 'teal' : 'red'}
          icon={outcome.ok ? <IconCircleCheck /> : <IconAlertTriangle />}
          data-testid="publish-outcome"
        >
          {outcome.text}
        </Alert>
      )}
    </Stack>
  );
}
