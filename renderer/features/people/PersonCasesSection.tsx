// The person's cases, as the client and as the OFW concerned, each linking to the case.
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatList } from '../../ui/format';
import { usePreset, usePresetLabel } from '../settings';
import { usePersonCases } from './usePeopleReads';

export function PersonCasesSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation('people');
  const label = usePresetLabel();
  // The OFW desk says "OFW"; the migrant desk speaks of the person concerned.
  const concerned = usePreset().detailsRecord === 'migrantDetails' ? 'concerned' : 'ofw';
  const cases = usePersonCases(personId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="person-cases-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="person-cases-title">
          {t('page.cases')}
        </Title>
        {cases && cases.length === 0 && <Text c="dimmed">{t('page.noCases')}</Text>}
        {cases && cases.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="person-cases">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('page.caseReference')}</Table.Th>
                  <Table.Th>{t('page.caseRole')}</Table.Th>
                  <Table.Th>{t('page.caseStatus')}</Table.Th>
                  <Table.Th>{t('page.caseCategories')}</Table.Th>
                  <Table.Th>{t('page.caseOpened')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cases.map((c) => (
                  <Table.Tr key={`${c.id}-${c.role}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/cases/${c.id}`} dir="ltr" fw={600}>
                        {c.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {t(`page.roles.${c.role === 'ofw' ? concerned : 'client'}`)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{label('statuses', c.status)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {formatList(
                        i18n.language,
                        c.categories.map((id) => label('categories', id)),
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(i18n.language, c.openedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
