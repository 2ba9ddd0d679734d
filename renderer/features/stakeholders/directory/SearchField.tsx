// The search box of the shared filters; "/" jumps to it from anywhere on the page.
import { TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchField({ query, onChange }: { query: string; onChange: (q: string) => void }) {
  const { t } = useTranslation('stakeholders');
  const input = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => input.current?.focus()]]);
  return (
    <TextInput
      ref={input}
      type="search"
      label={t('filters.search')}
      placeholder={t('filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={query}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={260}
    />
  );
}
