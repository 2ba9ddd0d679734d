// Whether this organisation is shared with the public catalogue, what that shares, and where an
// imported one came from.
import { Anchor, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemKey } from '../../../sync';
import { formatDate, formatDateTime } from '../../../ui/format';
import { useErrorText } from '../../../ui/useErrorText';
import type { StoredStakeholder } from '../stakeholderRepository';
import { useCatalogueShare } from '../useCatalogueShare';

function ShareState({
  s,
  share,
}: {
  s: StoredStakeholder;
  share: ReturnType<typeof useCatalogueShare>;
}) {
  const { t, i18n } = useTranslation('stakeholders');
  const published = share.share?.publishedVersion ?? null;
  if (share.connected === undefined) return null;
  if (share.sending) return <Text size="sm">{t('share.sending')}</Text>;
  if (s.shareWithCatalogue && published === s.updatedAt)
    return (
      <Text size="sm">
        {t('share.shared', { time: formatDateTime(i18n.language, share.share!.at) })}
      </Text>
    );
  if (s.shareWithCatalogue && !share.connected)
    return (
      <Text size="sm">
        {t('share.needsConnection')}{' '}
        <Anchor component={Link} to="/settings">
          {t('share.openSettings')}
        </Anchor>
      </Text>
    );
  if (s.shareWithCatalogue) return <Text size="sm">{t('share.waiting')}</Text>;
  if (published !== null) return <Text size="sm">{t('share.withdrawing')}</Text>;
  return null;
}

export function CatalogueShareSection({ stakeholder: s }: { stakeholder: StoredStakeholder }) {
  const { t, i18n } = useTranslation('stakeholders');
  const { t: tSync } = useTranslation('sync');
  const { t: tc } = useTranslation();
  const describeError = useErrorText();
  const share = useCatalogueShare(s.id);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const toggle = async (checked: boolean) => {
    setSaveProblem(null);
    try {
      await share.setShared(checked);
    } catch (error) {
      setSaveProblem(tc('errors.saveFailed', { reason: describeError(error) }));
    }
  };
  const source = s.catalogueSource;

  return (
    <Stack gap="xs" component="section" aria-labelledby="share-title">
      <Title order={2} size="h4" id="share-title">
        {t('share.title')}
      </Title>
      <Switch
        checked={Boolean(s.shareWithCatalogue)}
        onChange={(event) => void toggle(event.currentTarget.checked)}
        label={t('share.label')}
        description={t('share.hint')}
      />
      <div aria-live="polite">
        <ShareState s={s} share={share} />
      </div>
      {share.problem && (
        <Text size="sm" c="red.8" role="alert">
          {tSync(problemKey(share.problem))}
        </Text>
      )}
      {saveProblem && (
        <Text size="sm" c="red.8" role="alert">
          {saveProblem}
        </Text>
      )}
      {source && (
        <Text size="sm" data-testid="catalogue-source">
          {t('share.importedFrom', {
            municipality: source.municipality,
            date: formatDate(i18n.language, source.importedAt),
          })}
        </Text>
      )}
    </Stack>
  );
}
