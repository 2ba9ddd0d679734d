// Stakeholders other municipalities share: search them and import one into this desk's map as
// a copy that remembers where it came from.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { collatorOf, countryName, formatList } from '../../ui/format';
import { SearchableSelect } from '../../ui/SearchableSelect';
import { filterStakeholders, type StakeholderView } from './catalogueViews';
import { sourceKey } from './catalogueRepository';
import { useImportStakeholder } from './useImportStakeholder';
import { usePlaceText } from './usePlaceText';
import { useImportedStakeholders } from './useCatalogueCopy';

function SharedStakeholder({ view, localId }: { view: StakeholderView; localId?: string }) {
  const { t, i18n } = useTranslation('catalogue');
  const { t: ts } = useTranslation('stakeholders');
  const lng = i18n.language;
  const { importOne, busy, problem } = useImportStakeholder();
  const s = view.stakeholder;
  const titleId = `shared-${view.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const placeText = usePlaceText();
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Title order={2} size="h5" id={titleId} dir="auto">
            {s.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('stakeholders.byline', {
              municipality: view.municipality,
              place: placeText(s.city, view.country),
            })}
          </Text>
          <Group gap={4}>
            <Badge variant="light" tt="none">
              {ts(`types.${s.type}` as never, { defaultValue: s.type })}
            </Badge>
            {s.sectors.map((sector) => (
              <Badge key={sector} variant="outline" color="gray" tt="none" c="dark.6">
                {ts(`sectors.${sector}` as never, { defaultValue: sector })}
              </Badge>
            ))}
          </Group>
          {s.servicesOffered.length > 0 && (
            <Text size="sm">{`${t('stakeholders.services')}: ${formatList(lng, s.servicesOffered)}`}</Text>
          )}
          {s.contact && <Text size="sm">{`${t('commitments.contact')}: ${s.contact}`}</Text>}
          {problem && (
            <Text size="sm" c="red.8" role="alert">
              {problem}
            </Text>
          )}
        </Stack>
        {localId ? (
          <Anchor component={Link} to={`/stakeholders/${localId}`} size="sm">
            {t('stakeholders.inYourMap')}
          </Anchor>
        ) : (
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy}
            onClick={() => void importOne(view)}
            aria-describedby={titleId}
          >
            {t('stakeholders.import')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function StakeholdersTab({ all }: { all: StakeholderView[] }) {
  const { t, i18n } = useTranslation('catalogue');
  const lng = i18n.language;
  const imported = useImportedStakeholders();
  const [q, setQ] = useState('');
  const [country, setCountry] = useState<string | null>(null);
  const shown = useMemo(() => filterStakeholders(all, { q, country }), [all, q, country]);
  const countries = useMemo(() => {
    const codes = [...new Set(all.map((v) => v.country).filter((c): c is string => Boolean(c)))];
    const collator = collatorOf(lng);
    return codes
      .map((code) => ({ value: code, label: countryName(lng, code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [all, lng]);

  if (all.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="shared-empty">
        {t('stakeholders.none')}
      </Text>
    );
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('filters.searchStakeholders')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          w={280}
        />
        <SearchableSelect
          label={t('filters.country')}
          placeholder={t('filters.any')}
          data={countries}
          value={country}
          onChange={setCountry}
          clearable
          w={200}
        />
      </Group>
      <Text size="sm" role="status">
        {t('stakeholders.count', { shown: shown.length, total: all.length })}
      </Text>
      {shown.map((view) => (
        <SharedStakeholder
          key={view.key}
          view={view}
          localId={imported?.get(sourceKey({ tenantId: view.tenantId, entryId: view.entryId }))}
        />
      ))}
    </Stack>
  );
}
