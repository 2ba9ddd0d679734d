// The search half of the person picker: type a name, phone or case number; matching people
// appear; the last option creates a new person from what was typed (find before create).
import { Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../domain/people/personTokens';
import { PersonFacts } from './PersonFacts';
import { usePeopleSearch } from './usePeopleSearch';

const CREATE = '\u0000create';

interface Props {
  label: string;
  description?: string | undefined;
  excludeIds?: readonly string[] | undefined;
  autoFocus?: boolean | undefined;
  error?: ReactNode;
  initialQuery?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  onBlur?: (() => void) | undefined;
  onPick: (id: string) => void;
  onCreate: (typed: string) => void;
}

export function PersonSearchBox(props: Props) {
  const { label, excludeIds, autoFocus, error, initialQuery = '', inputRef, onBlur } = props;
  const { t } = useTranslation('people');
  const [query, setQuery] = useState(initialQuery);
  const { people, searching } = usePeopleSearch(query, excludeIds);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const typed = query.trim();
  const { selectFirstOption } = combobox;
  const resultKey = people.map((p) => p.id).join();

  // Set once the officer moves through the options with the arrow keys, until they type again.
  const navigated = useRef(false);

  // The best match is preselected, so Enter picks it; with no match, Enter offers "create". A
  // search that finishes after the officer moved with the arrows leaves their choice alone.
  useEffect(() => {
    if (typed && !searching && !navigated.current) selectFirstOption();
  }, [resultKey, searching, typed, selectFirstOption]);

  const choose = (value: string) => {
    combobox.closeDropdown();
    if (value === CREATE) props.onCreate(typed);
    else props.onPick(value);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          label={label}
          description={props.description ?? t('picker.hint')}
          placeholder={t('picker.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={searching ? <Loader size="xs" aria-hidden /> : null}
          value={query}
          error={error}
          autoFocus={autoFocus}
          autoComplete="off"
          data-testid="person-search"
          onChange={(event) => {
            navigated.current = false;
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => typed && combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            onBlur?.();
          }}
          onKeyDown={(event) => {
            // Enter belongs to the picker, never to a form the picker sits in.
            if (event.key === 'Enter') event.preventDefault();
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') navigated.current = true;
            if (event.key === 'Escape') {
              setQuery('');
              combobox.closeDropdown();
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!typed}>
        <Combobox.Options aria-label={t('picker.results', { label })}>
          {people.map((person) => (
            <Combobox.Option value={person.id} key={person.id}>
              <Stack gap={0}>
                <Text fw={600} size="sm">
                  {fullName(person)}
                </Text>
                <PersonFacts person={person} dimmed={false} />
              </Stack>
            </Combobox.Option>
          ))}
          {!searching && people.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={4}>
              {t('picker.noMatch', { query: typed })}
            </Text>
          )}
          <Combobox.Option value={CREATE} data-testid="create-person-option">
            <Group gap="xs" wrap="nowrap">
              <IconUserPlus size={16} aria-hidden />
              <Text size="sm">{t('picker.createNew', { typed })}</Text>
            </Group>
          </Combobox.Option>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
