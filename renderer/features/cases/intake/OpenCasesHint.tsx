// A calm note under the people of the intake: the client or the OFW already has an open case.
// It does not stop a new case (a new matter is a new case); it offers the open one first.
import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatList } from '../../../ui/format';
import { usePresetLabel } from '../../settings';
import { useOpenCases } from './useOpenCases';

export function OpenCasesHint({ personIds }: { personIds: readonly string[] }) {
  const { t, i18n } = useTranslation('cases');
  const label = usePresetLabel();
  const lng = i18n.language;
  const people = useOpenCases(personIds);
  if (people.length === 0) return null;
  return (
    <Alert
      color="blue"
      // On white, the links keep their contrast (on the light blue fill they fell to 4:1).
      variant="outline"
      role="status"
      icon={<IconFolderOpen aria-hidden />}
      data-testid="open-cases-hint"
    >
      <Stack gap={6}>
        {people.map(({ personId, name, cases }) => (
          <div key={personId}>
            <Text size="sm" fw={600}>
              {t('openCases.lead', { name, count: cases.length })}
            </Text>
            <List size="sm" spacing={2}>
              {cases.map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={`/cases/${c.id}`} className="ltr-inline" fw={600}>
                    {c.reference}
                  </Anchor>{' '}
                  {/* A clerk may be shown none of a restricted case's categories. */}
                  {c.categories.length === 0
                    ? t('openCases.itemOpened', { date: formatDate(lng, c.openedAt) })
                    : t('openCases.item', {
                        categories: formatList(
                          lng,
                          c.categories.map((id) => label('categories', id)),
                        ),
                        date: formatDate(lng, c.openedAt),
                      })}
                </List.Item>
              ))}
            </List>
          </div>
        ))}
        <Text size="sm">{t('openCases.advice')}</Text>
      </Stack>
    </Alert>
  );
}
