// Keeps numbers, phone numbers and web addresses left-to-right inside Arabic text (UX: RTL is
// first-class): "الخط الساخن 1348" must not come out as "8431", nor "+63 2" as "2 63+".
import { Fragment } from 'react';

// A web address (www.dmw.gov.ph, https://…) or a run of digits with the separators that
// phone numbers and amounts use ("+63 917 123 4567", "1,200", "13 to 19" stays two runs).
const LTR_RUN =
  /((?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s,;،)]*)?|\+?\d(?:[\d\s().,/-]*\d)?)/gi;

export function LtrRuns({ text }: { text: string }) {
  const parts = text.split(LTR_RUN);
  return (
    <>
      {parts.map((part, index) =>
        // split() with one capture group puts the matches at the odd indexes.
        index % 2 === 1 ? (
          <bdi key={index} dir="ltr">
            {part}
          </bdi>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
