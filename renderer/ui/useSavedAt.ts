// Remembers when the screen last saved, for the quiet "Saved at 10:42" after every write.
import { useCallback, useState } from 'react';

export function useSavedAt() {
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const markSaved = useCallback(() => setSavedAt(new Date()), []);
  return { savedAt, markSaved };
}
