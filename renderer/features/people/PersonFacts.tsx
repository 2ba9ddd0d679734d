// The facts that tell two people of the same name apart: birth date, phone, barangay and city.
// Phone numbers stay left-to-right inside Arabic text.
import { Group, Text } from '@mantine/core';
import { IconCake, IconMapPin, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format';
import type { Person } from './peopleRepository';

type Facts = Pick<Person, 'birthDate' | 'phone' | 'barangay' | 'city'>;

export const placeOf = (person: Facts) => [person.barangay, person.city].filter(Boolean).join(', ');

interface Props {
  person: Facts;
  withPlace?: boolean;
  /** Off inside a highlighted option, where grey text would be unreadable. */
  dimmed?: boolean;
}

export function PersonFacts({ person, withPlace = true, dimmed = true }: Props) {
  const { t, i18n } = useTranslation('people');
  const place = placeOf(person);
  return (
    <Group gap="md" wrap="wrap" c={dimmed ? 'dimmed' : undefined} style={{ rowGap: 2 }}>
      {person.birthDate && (
        <Group gap={4} wrap="nowrap">
          <IconCake size={14} aria-hidden />
          <Text size="sm">
            {t('facts.born', { date: formatDate(i18n.language, person.birthDate) })}
          </Text>
        </Group>
      )}
      {person.phone && (
        <Group gap={4} wrap="nowrap">
          <IconPhone size={14} aria-label={t('facts.phone')} />
          <Text size="sm" component="span" dir="ltr">
            {person.phone}
          </Text>
        </Group>
      )}
      {withPlace && place && (
        <Group gap={4} wrap="nowrap">
          <IconMapPin size={14} aria-label={t('facts.place')} />
          <Text size="sm">{place}</Text>
        </Group>
      )}
    </Group>
  );
}
