// How a select with search matches what was typed: without accents or case ("peru" finds
// "Perú", "cote" finds "Côte d'Ivoire"), like the people search.
import {
  getParsedComboboxData,
  isOptionsGroup,
  type ComboboxData,
  type ComboboxItem,
  type ComboboxParsedItem,
  type OptionsFilter,
} from '@mantine/core';
import { foldText } from '../../domain/search/normalize';

function filterFolded(
  options: ComboboxParsedItem[],
  search: string,
  limit: number,
): ComboboxParsedItem[] {
  const result: ComboboxParsedItem[] = [];
  for (const item of options) {
    if (result.length >= limit) break;
    if (isOptionsGroup(item)) {
      const items = filterFolded(item.items, search, limit - result.length) as ComboboxItem[];
      if (items.length > 0) result.push({ group: item.group, items });
    } else if (foldText(item.label).includes(search)) {
      result.push(item);
    }
  }
  return result;
}

/** Mantine's `filter` prop: the options whose folded name contains the folded search. */
export const foldedFilter: OptionsFilter & { fold: (text: string) => string } = Object.assign(
  ({ options, search, limit }: Parameters<OptionsFilter>[0]) =>
    filterFolded(options, foldText(search), limit),
  { fold: foldText },
);

/** The options (groups flattened) that `typed` matches, in their order. */
export function matchesOf(data: ComboboxData | undefined, typed: string): ComboboxItem[] {
  const parsed = filterFolded(
    getParsedComboboxData(data) as ComboboxParsedItem[],
    foldText(typed),
    Infinity,
  );
  return parsed.flatMap((item) => (isOptionsGroup(item) ? item.items : [item]));
}
