// The top line of a handout: the desk and its municipality, and today's date in the handout's
// language.
import type { Language } from '../../../../domain/records';
import { formatDate } from '../../../ui/format';

interface Props {
  desk: { deskName: string; municipality: string };
  language: Language;
}

export function sheetHeader({ desk, language }: Props) {
  return {
    start: (
      <>
        <strong>{desk.deskName}</strong>
        <br />
        {desk.municipality}
      </>
    ),
    end: formatDate(language, new Date(), 'long'),
  };
}
