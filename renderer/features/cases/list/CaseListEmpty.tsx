// What the case list says when it has nothing to show: teach the first step, or undo filters.
import { Button, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileImport, IconFilterOff, IconFolderOpen, IconPlus } from '@tabler/icons-react';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMay } from '../../accounts';

export function NoCasesYet() {
  const { t } = useTranslation('caseList');
  const { t: tLogbook } = useTranslation('logbook');
  const mayImport = useMay('importCases');
  return (
    <Center py={60} data-testid="cases-empty">
      <Stack align="center" gap="sm" maw={480}>
        <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
          <IconFolderOpen size={30} />
        </ThemeIcon>
        <Title order={2} size="h3" ta="center">
          {t('empty.title')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('empty.body')}
        </Text>
        <Group justify="center" gap="sm">
          <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('empty.action')}
          </Button>
          {mayImport && (
            <Button
              component={Link}
              to="/cases/import"
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              {tLogbook('open')}
            </Button>
          )}
        </Group>
      </Stack>
    </Center>
  );
}

export function NoMatchingCases({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('caseList');
  return (
    <Center py={40} data-testid="cases-no-match">
      <Stack align="center" gap="xs">
        <Text fw={600}>{t('noMatch.title')}</Text>
        <Text c="dimmed" size="sm">
          {t('noMatch.body')}
        </Text>
        <Button
          variant="light"
          size="xs"
          onClick={onClear}
          leftSection={<IconFilterOff size={14} aria-hidden />}
        >
          {t('noMatch.clear')}
        </Button>
      </Stack>
    </Center>
  );
}
