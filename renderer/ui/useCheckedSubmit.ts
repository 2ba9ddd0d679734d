// A form's submit with the usual steps: the first try marks the form checked (so that its fields
// say what is wrong), nothing is saved while `ready` says no, and the button shows it is busy
// while `save` runs. The browser's own validation is off (`noValidate`): it speaks the system's
// language, not the officer's.
import { useState, type FormEvent } from 'react';

export function useCheckedSubmit(ready: () => boolean, save: () => Promise<void>) {
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setChecked(true);
    if (!ready()) return;
    setBusy(true);
    try {
      await save();
    } finally {
      setBusy(false);
    }
  };
  return {
    checked,
    busy,
    formProps: {
      noValidate: true,
      onSubmit: (event: FormEvent) => {
        event.preventDefault();
        void submit();
      },
    },
  };
}
