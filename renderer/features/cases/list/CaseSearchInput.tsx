// The case list's search box: each keystroke narrows the list (no pause: the search is answered
// from memory in a few milliseconds, and the list re-renders as a deferred value, so typing never
// waits for it); "/" focuses it from anywhere on the page (data-page-search); Esc clears it;
// Arrow Down moves into the list.
import { Kbd, Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  searching: boolean;
  onSearch: (query: string) => void;
  onArrowDown: () => void;
}

export function CaseSearchInput({ value, searching, onSearch, onArrowDown }: Props) {
  const { t } = useTranslation('caseList');
  const [text, setText] = useState(value);
  const change = (next: string) => {
    setText(next);
    onSearch(next);
  };
  return (
    <TextInput
      type="search"
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        searching ? (
          <Loader size="xs" aria-hidden />
        ) : (
          <Kbd size="xs" aria-hidden>
            /
          </Kbd>
        )
      }
      value={text}
      maw={420}
      data-testid="case-search"
      // The app's "/" shortcut focuses the input marked as the page's search.
      data-page-search
      onChange={(event) => change(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && text) {
          event.preventDefault();
          change('');
        } else if (event.key === 'ArrowDown') {
          event.preventDefault();
          onArrowDown();
        }
      }}
    />
  );
}
