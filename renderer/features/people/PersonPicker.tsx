// Find-or-create a person (UX "find before create"): one search box that becomes "create new"
// when nothing matches. Controlled by `value`/`onChange`, so it fits a react-hook-form Controller.
// Once a person is chosen or created, the focus goes on to the next field of the form.
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { focusIsLost, focusNextField } from '../../ui/focusNextField';
import { NewPersonPanel } from './NewPersonPanel';
import { PersonSearchBox } from './PersonSearchBox';
import { SelectedPersonCard } from './SelectedPersonCard';
import { usePerson } from './usePerson';

export interface PersonPickerProps {
  /** The chosen person's id, or null. */
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  /** Shown under the label; by default, what may be typed. */
  description?: string;
  /** People who may not be chosen here (e.g. the client, when picking the OFW). */
  excludeIds?: readonly string[];
  autoFocus?: boolean;
  error?: ReactNode;
  onBlur?: () => void;
  /** Receives the search input, so a form can focus the picker on an error. */
  ref?: Ref<HTMLInputElement>;
}

export function PersonPicker(props: PersonPickerProps) {
  const { value, onChange, label, excludeIds, autoFocus, error, onBlur, ref } = props;
  const person = usePerson(value);
  const [creating, setCreating] = useState<string | null>(null);
  // After "Change" or a cancelled creation, the search box takes the focus back, with the text.
  const [returning, setReturning] = useState<{ query: string } | null>(null);
  const back = () => {
    setReturning({ query: creating ?? '' });
    setCreating(null);
  };
  const box = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState(false);
  const choose = (id: string) => {
    setCreating(null);
    setChosen(true);
    onChange(id);
  };
  // The search box or the new-person panel that had the focus is gone now: move on.
  useEffect(() => {
    if (!chosen || !box.current) return;
    setChosen(false);
    if (focusIsLost()) focusNextField(box.current);
  }, [chosen]);

  return <div ref={box}>{renderPart()}</div>;

  function renderPart() {
    if (value) {
      return (
        <SelectedPersonCard
          person={person}
          label={label}
          error={error}
          onChangePerson={() => {
            setReturning({ query: '' });
            onChange(null);
          }}
        />
      );
    }
    if (creating !== null) {
      return <NewPersonPanel typed={creating} label={label} onCancel={back} onCreated={choose} />;
    }
    return (
      <PersonSearchBox
        label={label}
        description={props.description}
        excludeIds={excludeIds}
        autoFocus={autoFocus || returning !== null}
        initialQuery={returning?.query}
        error={error}
        inputRef={ref}
        onBlur={onBlur}
        onPick={choose}
        onCreate={setCreating}
      />
    );
  }
}
