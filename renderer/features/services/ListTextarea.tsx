// A list (documents, steps) typed as lines of a text box: the fastest way to enter it with a
// keyboard. Blank lines are dropped; the text as typed is kept while the user edits it.
import { Textarea, type TextareaProps } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useServiceFormField, type ServicePath } from './useServiceFormField';

const toItems = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface InputProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: readonly string[];
  onChange: (items: string[]) => void;
}

function ListTextareaInput({ value, onChange, ...rest }: InputProps) {
  const joined = value.join('\n');
  const [text, setText] = useState(joined);
  const [seen, setSeen] = useState(joined);
  // The list changed from outside (a reset, "fill from details"): show the new list.
  if (joined !== seen) {
    setSeen(joined);
    if (toItems(text).join('\n') !== joined) setText(joined);
  }
  return (
    <Textarea
      {...rest}
      autosize
      minRows={3}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        const items = toItems(next);
        setText(next);
        setSeen(items.join('\n'));
        onChange(items);
      }}
    />
  );
}

type Props = Omit<TextareaProps, 'value' | 'onChange' | 'name'> & { name: ServicePath };

export function ListTextarea({ name, ...rest }: Props) {
  const { control, error } = useServiceFormField();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <ListTextareaInput
          {...rest}
          name={field.name}
          ref={field.ref}
          value={Array.isArray(field.value) ? field.value : []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error(name)}
        />
      )}
    />
  );
}
