// Every date the officer types: one text field read in the desk's order (31/12/2026, or
// 12/31/2026 in the Philippines), left with one Tab. The browser's date input took four Tabs
// and its calendar button caught the typing; here the calendar is for the mouse only. The
// value is the local day ("2026-12-31"), '' when empty, or the typed text when it is not a
// date, so the form's own check refuses it rather than saving a wrong or empty date.
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../domain/localDay';
import { dateOrderOf, formatDateText, parseDateText, type DateOrder } from './dateText';
import { localeOf } from './format';
import { useCalendarLabels } from './useCalendarLabels';

export interface DateFieldProps extends Omit<
  TextInputProps,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'rightSection' | 'placeholder'
> {
  /** The local day, '' for none. */
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/** What the typed text stands for: the day, '' for nothing, the text itself when not a date. */
function meaning(text: string, order: DateOrder): string {
  return parseDateText(text, order) ?? text.trim();
}

function usePattern(order: DateOrder) {
  const { t } = useTranslation();
  const parts = { d: t('dateField.dd'), m: t('dateField.mm'), y: t('dateField.yyyy') };
  const pattern = [...order].map((part) => parts[part as keyof typeof parts]).join('/');
  const example = formatDateText(`${localDay().slice(0, 4)}-12-31`, order);
  return { pattern, invalid: t('dateField.invalid', { pattern, example }) };
}

export function DateField(props: DateFieldProps) {
  const { value, onChange, onBlur, error, ref, ...rest } = props;
  const { t, i18n } = useTranslation();
  const order = dateOrderOf(localeOf(i18n.language));
  const { pattern, invalid } = usePattern(order);
  const calendar = useCalendarLabels();
  const input = useRef<HTMLInputElement | null>(null);
  const [text, setText] = useState(() => formatDateText(value, order));
  const [left, setLeft] = useState(false);
  const [opened, setOpened] = useState(false);

  // A value set from outside (a form reset, "verified today", the calendar, another language's
  // order) replaces the text; the officer's own typing is left as typed, also when a filter
  // drops what is not a date yet.
  const [shown, setShown] = useState(`${order}|${value}`);
  if (shown !== `${order}|${value}`) {
    setShown(`${order}|${value}`);
    const dropped = value === '' && parseDateText(text, order) === null;
    if ((value !== meaning(text, order) && !dropped) || !shown.startsWith(order)) {
      setText(formatDateText(value, order));
    }
  }

  const type = (next: string) => {
    setText(next);
    onChange(meaning(next, order));
  };
  const notADate = text.trim() !== '' && parseDateText(text, order) === null;

  return (
    <TextInput
      {...rest}
      ref={(element) => {
        input.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
      value={text}
      placeholder={pattern}
      autoComplete="off"
      error={notADate && (left || error) ? invalid : error}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={(event) => {
        setLeft(true);
        const day = parseDateText(text, order);
        if (day) setText(formatDateText(day, order));
        onBlur?.(event);
      }}
      rightSectionPointerEvents="all"
      rightSection={
        <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md">
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              // The calendar is for the mouse: Tab goes from this field to the next one.
              tabIndex={-1}
              aria-label={t('dateField.calendar')}
              onClick={() => setOpened((o) => !o)}
            >
              <IconCalendar size={16} aria-hidden />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              {...calendar}
              value={parseDateText(text, order)}
              defaultDate={parseDateText(text, order) ?? localDay()}
              onChange={(day) => {
                setOpened(false);
                if (day) type(formatDateText(day, order));
                input.current?.focus();
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
