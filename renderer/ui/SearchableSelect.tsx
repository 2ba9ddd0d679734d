// The one select with a search box (countries, agencies, partners, filters…). Mantine's own lets
// Enter through to the form when no option is highlighted, so typing "Saud" and Enter submitted
// the form and cleared the field. Here Enter picks the highlighted match (the first match when
// none is) and never submits; leaving the field with a typed name that matches keeps it. The
// lint rule tulay/searchable-select keeps the raw Mantine one out of the app.
import {
  MultiSelect,
  Select,
  type ComboboxItem,
  type MultiSelectProps,
  type SelectProps,
} from '@mantine/core';
import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { foldedFilter, matchesOf } from './foldedFilter';

export type SearchableSelectProps = Omit<SelectProps, 'searchable'> & {
  ref?: Ref<HTMLInputElement>;
};

/** What Enter or leaving the field picks for `typed`: the only match, or the one whose name
 *  is exactly what was typed, or (for Enter) the first of several. */
function pickFor(data: SelectProps['data'], typed: string, first: boolean) {
  const matches = matchesOf(data, typed);
  const exact = matches.find((m) => foldedFilter.fold(m.label) === foldedFilter.fold(typed));
  return exact ?? (matches.length === 1 || first ? matches[0] : undefined);
}

/** The value of the option the open dropdown highlights, if any. */
function highlighted(input: HTMLInputElement): string | null {
  const listId = input.getAttribute('aria-controls');
  const list = listId ? document.getElementById(listId) : null;
  return list?.querySelector('[data-combobox-selected]')?.getAttribute('value') ?? null;
}

export function SearchableSelect(props: SearchableSelectProps) {
  const {
    data,
    onChange,
    onKeyDown,
    onBlur,
    onInput,
    onOptionSubmit,
    onSearchChange,
    onDropdownOpen,
    onDropdownClose,
    ...rest
  } = props;
  // What the officer typed since the last pick; Mantine forgets it on blur.
  const typed = useRef('');
  // The text in the box. Held here because picking the option already chosen changes no value,
  // and Mantine would then leave the typed "Phil" in the box instead of "Philippines".
  const [search, setSearch] = useState('');
  // Held here so that a pick by Enter closes the list: Mantine leaves it open when its own
  // highlight had not caught up with the typing, and the whole list then stayed on screen.
  const [opened, setOpened] = useState(props.defaultDropdownOpened ?? false);
  const showPicked = (value: string) => {
    const label = matchesOf(data, '').find((m) => m.value === value)?.label;
    if (label !== undefined) setSearch(label);
  };
  const choose = (option: ComboboxItem | undefined) => {
    typed.current = '';
    if (!option) return;
    if (option.value !== props.value) onChange?.(option.value, option);
    else setSearch(option.label);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!typed.current.trim()) return;
    // The option the officer sees highlighted, else the match for what was typed. Mantine's own
    // handler, which runs next, clicks the option at the index it keeps, and that index can lag
    // behind the list as it is filtered: "creat" + Enter then picked nothing in one run. Picking
    // here, the same option a second time changes nothing.
    const shown = highlighted(event.currentTarget);
    const options = matchesOf(data, '');
    const option = options.find((o) => o.value === shown) ?? pickFor(data, typed.current, true);
    choose(option);
    if (option) setOpened(false);
  };

  return (
    <Select
      {...rest}
      data={data}
      searchable
      allowDeselect={props.allowDeselect ?? false}
      // The list opens on typing, a click or ↓, not when the focus merely arrives (after a person
      // is picked the focus moves on to the next field, and a list popping open there hid the
      // page below it).
      openOnFocus={props.openOnFocus ?? false}
      dropdownOpened={props.dropdownOpened ?? opened}
      onDropdownOpen={() => {
        setOpened(true);
        onDropdownOpen?.();
      }}
      onDropdownClose={() => {
        setOpened(false);
        onDropdownClose?.();
      }}
      selectFirstOptionOnChange
      filter={foldedFilter}
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text);
        onSearchChange?.(text);
      }}
      onChange={(value, option) => {
        typed.current = '';
        onChange?.(value, option);
      }}
      onOptionSubmit={(value) => {
        typed.current = '';
        showPicked(value);
        onOptionSubmit?.(value);
      }}
      onInput={(event) => {
        typed.current = event.currentTarget.value;
        onInput?.(event);
      }}
      onKeyDown={keyDown}
      // Chromium lets Tab stop on a box that scrolls and holds nothing focusable. The long list
      // is such a box, and where it is drawn right after the field (not at the end of the page)
      // Tab landed on it, the list then closed, and the focus was lost.
      scrollAreaProps={{
        ...props.scrollAreaProps,
        viewportProps: { tabIndex: -1, ...props.scrollAreaProps?.viewportProps },
      }}
      onBlur={(event) => {
        if (typed.current.trim()) choose(pickFor(data, typed.current, false));
        typed.current = '';
        onBlur?.(event);
      }}
    />
  );
}

export type SearchableMultiSelectProps = Omit<MultiSelectProps, 'searchable'> & {
  ref?: Ref<HTMLInputElement>;
};

/** Several choices with a search box: Enter adds the highlighted match, never submits. */
export function SearchableMultiSelect(props: SearchableMultiSelectProps) {
  const { onKeyDown, ...rest } = props;
  return (
    <MultiSelect
      {...rest}
      searchable
      selectFirstOptionOnChange
      filter={foldedFilter}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );
}
