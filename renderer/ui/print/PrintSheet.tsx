// One sheet of paper in a print view: its own language and direction (a handout in Arabic can
// be printed from an English screen), the desk's name and the date at the top.
import type { ReactNode } from 'react';
import { directionOfLanguage } from '../directionOfLanguage';
import type { PageSize } from './PrintView';

interface Props {
  language: string;
  pageSize?: PageSize;
  /** Top line: the desk and municipality at the start, the date at the end. */
  header?: { start: ReactNode; end: ReactNode };
  footer?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function PrintSheet({ language, pageSize = 'A4', header, footer, children, testId }: Props) {
  return (
    <article
      className="print-sheet"
      data-page-size={pageSize}
      lang={language}
      dir={directionOfLanguage(language)}
      data-testid={testId}
    >
      {header && (
        <header className="print-sheet-header">
          <div>{header.start}</div>
          <div>{header.end}</div>
        </header>
      )}
      {children}
      {footer && <footer className="print-sheet-footer">{footer}</footer>}
    </article>
  );
}
