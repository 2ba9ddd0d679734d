// The indicators a desk publishes to the public catalogue (DOMAIN §5), a quarter at a time:
// inquiries opened by category, seminars held and their attendees, stakeholders mapped. They
// are the report's own figures for the quarter, with every count under 5 turned into "<5"
// before anything leaves the desk (the server bands them again, whatever a desk sends).
import { bandCount, type Indicators } from '../sync/catalogue';
import type { Period } from './periods';
import type { Breakdown } from './reportFigures';

/** A quarter as the catalogue names it: 2026-Q3. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** The quarter that holds a local day (YYYY-MM-DD). */
export function quarterOfDay(day: string): Quarter {
  const month = Number(day.slice(5, 7));
  return `${Number(day.slice(0, 4))}-Q${Math.ceil(month / 3) as 1 | 2 | 3 | 4}`;
}

/** The local days a quarter covers, first and last included. */
export function quarterPeriod(quarter: string): Period {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const first = (q - 1) * 3 + 1;
  const last = new Date(year, first + 2, 0).getDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${pad(last)}` };
}

/** The quarter holding `today` and the `count - 1` before it, the latest first. */
export function recentQuarters(today: string, count: number): Quarter[] {
  let year = Number(today.slice(0, 4));
  let q = Math.ceil(Number(today.slice(5, 7)) / 3);
  const quarters: Quarter[] = [];
  for (let i = 0; i < count; i++) {
    quarters.push(`${year}-Q${q as 1 | 2 | 3 | 4}`);
    if (--q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return quarters;
}

/** What the report counts for a quarter, as numbers. */
export interface QuarterFigures {
  /** Cases opened in the quarter, by category (a case with two categories counts in both). */
  categories: Breakdown;
  seminarsHeld: number;
  /** People who attended (checked in at) those seminars. */
  seminarAttendees: number;
  /** Stakeholders on the desk's map by the quarter's end. */
  stakeholdersMapped: number;
}

/** The quarter's indicators as published: the categories in the report's order, "<5" for 1–4
 *  (and for 0, which the catalogue does not tell apart from a small count). */
export function publishedIndicators(figures: QuarterFigures): Indicators {
  return {
    inquiriesByCategory: Object.fromEntries(
      figures.categories.map(([id, count]) => [id, bandCount(count)]),
    ),
    seminarsHeld: bandCount(figures.seminarsHeld),
    seminarAttendees: bandCount(figures.seminarAttendees),
    stakeholdersMapped: bandCount(figures.stakeholdersMapped),
  };
}
