// One commitment of another city: who commits to what, with whom, for which objectives and
// until when, and how its desks report they are doing.
import { Badge, Group, Paper, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatList } from '../../ui/format';
import type { CommitmentView } from './catalogueViews';
import { IndicatorsTable } from './IndicatorsTable';
import { usePlaceText } from './usePlaceText';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={190} scope="row" fw={600}>
        {label}
      </Table.Th>
      <Table.Td dir="auto">{children}</Table.Td>
    </Table.Tr>
  );
}

function Pills({ items }: { items: string[] }) {
  return (
    <Group gap={4}>
      {items.map((item) => (
        <Badge key={item} variant="outline" color="gray" tt="none" fw={500} c="dark.6">
          {item}
        </Badge>
      ))}
    </Group>
  );
}

export function CommitmentCard({
  view,
  level = 2,
}: {
  view: CommitmentView;
  /** The title's heading level: 2 on the Catalogue page, 4 in the preview of Settings → Sync. */
  level?: 2 | 4;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const lng = i18n.language;
  const c = view.commitment;
  const titleId = `commitment-${view.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const placeText = usePlaceText();
  const date = (iso: string) => formatDate(lng, iso);
  const period =
    c.startsOn || c.endsOn
      ? t('commitments.period', {
          from: c.startsOn ? date(c.startsOn) : '…',
          to: c.endsOn ? date(c.endsOn) : '…',
        })
      : null;

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        {/* The entry's own text is in the language its city wrote it in. */}
        <Title order={level} size="h4" id={titleId} dir="auto">
          {c.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('commitments.byline', {
            municipality: view.municipality,
            place: placeText(c.city, view.country),
          })}
        </Text>
        {c.themes.length > 0 && <Pills items={c.themes} />}
        {c.summary && (
          <Spoiler
            maxHeight={72}
            showLabel={t('commitments.showMore')}
            hideLabel={t('commitments.showLess')}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line' }} dir="auto">
              {c.summary}
            </Text>
          </Spoiler>
        )}
        <Table verticalSpacing={4} fz="sm" layout="fixed">
          <Table.Tbody>
            {c.partners.length > 0 && (
              <Fact label={t('commitments.partners')}>{formatList(lng, c.partners)}</Fact>
            )}
            {c.gcmObjectives.length > 0 && (
              <Fact label={t('commitments.gcm')}>
                <Pills items={c.gcmObjectives.map((n) => t('commitments.gcmObjective', { n }))} />
              </Fact>
            )}
            {c.sdgs.length > 0 && (
              <Fact label={t('commitments.sdgs')}>
                <Pills items={c.sdgs.map((n) => t('commitments.sdg', { n }))} />
              </Fact>
            )}
            {period && <Fact label={t('commitments.dates')}>{period}</Fact>}
            {c.sharedOn && <Fact label={t('commitments.sharedOn')}>{date(c.sharedOn)}</Fact>}
            {c.stakeholderType && (
              <Fact label={t('commitments.stakeholderType')}>{c.stakeholderType}</Fact>
            )}
            {c.geographicRelevance && (
              <Fact label={t('commitments.relevance')}>{c.geographicRelevance}</Fact>
            )}
            {c.submitter && <Fact label={t('commitments.submitter')}>{c.submitter}</Fact>}
            {c.contact && <Fact label={t('commitments.contact')}>{c.contact}</Fact>}
          </Table.Tbody>
        </Table>
        <Title order={(level + 1) as 3 | 5} size="h6" id={`${titleId}-indicators`}>
          {t('indicators.title')}
        </Title>
        {view.indicators.length > 0 ? (
          <IndicatorsTable rows={view.indicators} titleId={`${titleId}-indicators`} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('indicators.noneYet')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
