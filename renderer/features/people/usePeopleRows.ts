// The rows of the people list: the ids listed (every person, or the search matches) and the
// people of the rows on screen. A new list is shown once the people of its rows on screen are
// read, so that a keystroke never paints blank rows: the previous rows stay until then.
import { useState } from 'react';
import { usePeopleByIds, usePeopleIds } from './usePeopleReads';

/**
 * At least this many rows from the first one on screen are read: a longer list than the one on
 * screen draws more rows than the range it replaces.
 */
const A_SCREEN = 40;

export function usePeopleRows(query: string, range: readonly [number, number]) {
  const ids = usePeopleIds(query);
  const [first, last] = range;
  const { people, loaded } = usePeopleByIds(
    ids?.slice(first, Math.max(last + 1, first + A_SCREEN)) ?? [],
  );
  const [shown, setShown] = useState(ids);
  if (loaded && shown !== ids) setShown(ids);
  return { ids: loaded ? ids : shown, people };
}
