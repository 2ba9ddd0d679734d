// The one search field of the door and its choices (an ARIA combobox): type a few letters of a
// name, a phone number or a registration code; Enter acts on the active choice; the arrow keys
// (or a moving pointer) move it; Esc clears the field.
import { Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckInOptionContent } from './CheckInOptionContent';
import type { Candidate } from './useCheckInData';
import { useCheckInOptions, type CheckInOption } from './useCheckInOptions';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  candidates: readonly Candidate[];
  registered: ReadonlySet<string>;
  onAct: (option: CheckInOption) => void;
}

export function CheckInSearch({ inputRef, candidates, registered, onAct }: Props) {
  const { t } = useTranslation('seminars');
  const { query, setQuery, options, active, setActive, move } = useCheckInOptions(
    candidates,
    registered,
  );
  const listId = 'checkin-options';
  const optionId = (index: number) => `checkin-option-${index}`;
  const act = (option: CheckInOption | undefined) => {
    if (!option) return;
    setQuery('');
    onAct(option);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Enter: () => act(options[active]),
      Escape: () => setQuery(''),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };

  return (
    <div className="checkin-search">
      <TextInput
        ref={inputRef}
        size="xl"
        label={t('checkIn.searchLabel')}
        description={t('checkIn.searchHint')}
        leftSection={<IconSearch size={28} aria-hidden />}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
        data-testid="check-in-search"
      />
      <ul id={listId} role="listbox" aria-label={t('checkIn.matches')} className="checkin-options">
        {options.map((option, index) => (
          <li
            key={option.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="checkin-option"
            data-kind={option.kind}
            onMouseDown={(event) => event.preventDefault()}
            // Only a pointer that moves picks an option. A list drawn under a resting pointer
            // gets a mouseenter from the browser, and the pointer would take Enter away from the
            // first match: Enter would act on whoever happens to lie under it.
            onMouseMove={() => setActive(index)}
            onClick={() => act(option)}
          >
            <CheckInOptionContent option={option} active={index === active} />
          </li>
        ))}
      </ul>
      {query.trim() !== '' && options.length === 0 && (
        <Text size="lg" c="dimmed" role="status">
          {t('checkIn.noMatch', { query: query.trim() })}
        </Text>
      )}
    </div>
  );
}
