// What "Publish our commitment" reads from the desk: each chosen quarter's indicators, computed
// with the report's own figures (cases opened by category, seminars held and their attendees,
// stakeholders mapped), counts under 5 already "<5".
import { localDay } from '../../../../domain/localDay';
import { publishedIndicators, quarterPeriod } from '../../../../domain/reports/publishedIndicators';
import { reportFigures } from '../../../../domain/reports/reportFigures';
import type { Commitment, Indicators } from '../../../../domain/sync';
import type { TulayDatabase } from '../../../db';
import type { Publication } from '../../../sync';
import { readPeriodRows, readSeminarFigures, readStakeholderFigures } from '../../reports';

/** A quarter's indicators as they will be published. */
export async function readQuarterIndicators(
  db: TulayDatabase,
  quarter: string,
  now: Date,
): Promise<Indicators> {
  const period = quarterPeriod(quarter);
  const today = localDay(now);
  const [rows, seminars, stakeholders] = await Promise.all([
    readPeriodRows(db, period, null, today),
    readSeminarFigures(db, period, now),
    readStakeholderFigures(db, period),
  ]);
  return publishedIndicators({
    categories: reportFigures(rows, today).categories,
    seminarsHeld: seminars.held,
    seminarAttendees: seminars.attended,
    stakeholdersMapped: stakeholders.total,
  });
}

/** The publication "Publish" will send: the commitment and the quarters, the latest first. */
export async function buildPublication(
  db: TulayDatabase,
  commitment: Commitment,
  quarters: readonly string[],
  now: Date,
): Promise<Publication> {
  const sorted = [...quarters].sort().reverse();
  const indicators = await Promise.all(
    sorted.map(async (quarter) => ({
      quarter,
      figures: await readQuarterIndicators(db, quarter, now),
    })),
  );
  return { commitment, indicators };
}
