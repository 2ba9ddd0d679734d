// The facts of a stakeholder, as a definition list: where, which languages, what it does.
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatNumber } from '../../../ui/format';
import { languageName } from '../languageName';
import type { StoredStakeholder } from '../stakeholderRepository';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={180} scope="row" fw={600}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

export function StakeholderFacts({ stakeholder: s }: { stakeholder: StoredStakeholder }) {
  const { t, i18n } = useTranslation('stakeholders');
  const lng = i18n.language;
  const none = t('detail.none');
  const coordinate = (value: number) => formatNumber(lng, value, { maximumFractionDigits: 6 });
  const pills = (items: string[]) =>
    items.length === 0 ? (
      none
    ) : (
      <Group gap={4}>
        {items.map((item) => (
          <Badge key={item} variant="outline" color="gray" tt="none" fw={500} c="dark.6">
            {item}
          </Badge>
        ))}
      </Group>
    );

  return (
    <Stack gap="xs" component="section" aria-labelledby="facts-title">
      <Title order={2} size="h4" id="facts-title">
        {t('detail.details')}
      </Title>
      <Table verticalSpacing={6} layout="fixed">
        <Table.Tbody>
          <Fact label={t('detail.country')}>{s.country ? countryName(lng, s.country) : none}</Fact>
          <Fact label={t('detail.city')}>{s.city || none}</Fact>
          <Fact label={t('detail.coordinates')}>
            {s.latitude !== undefined && s.longitude !== undefined ? (
              <span className="ltr-inline">{`${coordinate(s.latitude)}, ${coordinate(s.longitude)}`}</span>
            ) : (
              none
            )}
          </Fact>
          <Fact label={t('detail.languages')}>
            {pills(s.languages.map((code) => languageName(lng, code)))}
          </Fact>
          <Fact label={t('detail.sectors')}>
            {pills(s.sectors.map((sector) => t(`sectors.${sector}`)))}
          </Fact>
          <Fact label={t('detail.services')}>{pills(s.servicesOffered)}</Fact>
          <Fact label={t('detail.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {s.notes || none}
            </Text>
          </Fact>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
