// The contact persons of the organisation; phone numbers and emails stay left-to-right.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactPerson } from '../../../../domain/records';

export function ContactsSection({ contacts }: { contacts: readonly ContactPerson[] }) {
  const { t } = useTranslation('stakeholders');
  return (
    <Stack gap="xs" component="section" aria-labelledby="contacts-title">
      <Title order={2} size="h4" id="contacts-title">
        {t('contacts.title')}
      </Title>
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contacts.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contacts.name')}</Table.Th>
              <Table.Th>{t('contacts.role')}</Table.Th>
              <Table.Th>{t('contacts.phone')}</Table.Th>
              <Table.Th>{t('contacts.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((c, index) => (
              <Table.Tr key={`${c.name}-${index}`}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.role}</Table.Td>
                <Table.Td>
                  <span className="ltr-inline">{c.phone}</span>
                </Table.Td>
                <Table.Td>
                  <span className="ltr-inline">{c.email}</span>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
