// Beside the map: the chosen country's stakeholders, or every country with its count as a list
// of buttons (the same choice as clicking the map, for a keyboard or screen-reader user).
import {
  Anchor,
  Button,
  Group,
  ScrollArea,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatNumber } from '../../../ui/format';
import type { StoredStakeholder } from '../stakeholderRepository';
import { TypeBadge } from '../TypeBadge';

interface Props {
  stakeholders: readonly StoredStakeholder[];
  counts: ReadonlyMap<string, number>;
  selected: string | null;
  onSelect: (country: string | null) => void;
}

export function CountryPanel({ stakeholders, counts, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation('stakeholders');
  if (selected) {
    const here = stakeholders.filter((s) => s.country === selected);
    return (
      <Stack gap="xs" data-testid="country-panel">
        <Title order={2} size="h4">
          {t('map.inCountry', { country: countryName(i18n.language, selected) })}
        </Title>
        <ScrollArea.Autosize mah={420}>
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {here.map((s) => (
              <li key={s.id}>
                <Anchor component={Link} to={`/stakeholders/${s.id}`} fw={600} size="sm">
                  {s.name}
                </Anchor>
                <div>
                  <TypeBadge type={s.type} />
                </div>
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconWorld size={16} aria-hidden />}
          onClick={() => onSelect(null)}
        >
          {t('map.allCountries')}
        </Button>
      </Stack>
    );
  }
  const byCount = [...counts].sort((a, b) => b[1] - a[1]);
  return (
    <Stack gap="xs" data-testid="country-panel">
      <Text size="sm" c="dimmed">
        {t('map.hint')}
      </Text>
      <ScrollArea.Autosize mah={420}>
        <Stack gap={2}>
          {byCount.map(([code, count]) => (
            <UnstyledButton
              key={code}
              onClick={() => onSelect(code)}
              className="country-count-button"
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">{countryName(i18n.language, code)}</Text>
                <Text size="sm" fw={700} className="ltr-inline">
                  {formatNumber(i18n.language, count)}
                </Text>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
