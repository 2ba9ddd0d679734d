import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  filterCases,
  NO_FILTERS,
  sortCases,
} from '../../../renderer/features/cases/list/caseFilters';
import {
  caseListParams,
  parseCaseListQuery,
} from '../../../renderer/features/cases/list/caseListQuery';
import {
  Interner,
  toSummary,
  type CaseSummary,
} from '../../../renderer/features/cases/list/caseSummary';

const intern = new Interner();
let n = 0;
function summary(fields: Partial<Omit<CaseSummary, 'openedAt'>> & { opened: string }): CaseSummary {
  n += 1;
  return toSummary(
    {
      id: `case-${n}`,
      clientId: fields.clientId ?? 'person-1',
      ofwId: fields.ofwId,
      clientRole: fields.clientRole ?? 'ofwLandBased',
      reference: `LGZ-2026-${String(n).padStart(6, '0')}`,
      status: fields.status ?? 'new',
      urgency: fields.urgency ?? 'normal',
      categories: [...(fields.categories ?? ['welfareCheck'])],
      assignedTo: fields.assignedTo,
      openedAt: new Date(fields.opened).toISOString(),
      updatedAt: '2026-01-01T00:00:00.000Z',
      ofwDetails: { destinationCountry: fields.country },
    },
    intern,
  );
}

const cases = [
  summary({
    opened: '2026-01-10T09:00',
    status: 'inProgress',
    urgency: 'high',
    country: 'SA',
    assignedTo: 'staff-ben',
  }),
  summary({
    opened: '2026-02-03T09:00',
    categories: ['contractViolation', 'legalAssistance'],
    country: 'AE',
  }),
  summary({
    opened: '2026-02-20T23:30',
    status: 'closedResolved',
    urgency: 'low',
    assignedTo: 'staff-ana',
    clientRole: 'familyMember',
    ofwId: 'person-2',
  }),
  summary({
    opened: '2026-03-01T00:10',
    urgency: 'critical',
    categories: ['repatriation'],
    country: 'SA',
  }),
];
const none = { matchIds: null, overdueIds: new Set<string>() };
const refs = (list: CaseSummary[]) => list.map((c) => c.reference.slice(-1));

describe('case list filters', () => {
  it('narrows by status, urgency, category (any of) and country', () => {
    expect(refs(filterCases(cases, { ...NO_FILTERS, statuses: ['new'] }, none))).toEqual([
      '2',
      '4',
    ]);
    expect(
      refs(filterCases(cases, { ...NO_FILTERS, urgencies: ['critical', 'high'] }, none)),
    ).toEqual(['1', '4']);
    expect(
      refs(
        filterCases(
          cases,
          { ...NO_FILTERS, categories: ['legalAssistance', 'repatriation'] },
          none,
        ),
      ),
    ).toEqual(['2', '4']);
    expect(
      refs(filterCases(cases, { ...NO_FILTERS, countries: ['SA'], statuses: ['new'] }, none)),
    ).toEqual(['4']);
  });

  it('keeps the cases assigned to the chosen staff members', () => {
    expect(refs(filterCases(cases, { ...NO_FILTERS, assignees: ['staff-ben'] }, none))).toEqual([
      '1',
    ]);
    expect(
      refs(filterCases(cases, { ...NO_FILTERS, assignees: ['staff-ben', 'staff-ana'] }, none)),
    ).toEqual(['1', '3']);
    expect(countActiveFilters({ ...NO_FILTERS, assignees: ['staff-ben'] })).toBe(1);
  });

  it('includes both whole local days of a date range', () => {
    const range = { ...NO_FILTERS, openedFrom: '2026-02-03', openedTo: '2026-02-20' };
    expect(refs(filterCases(cases, range, none))).toEqual(['2', '3']);
    expect(refs(filterCases(cases, { ...NO_FILTERS, openedFrom: '2026-03-01' }, none))).toEqual([
      '4',
    ]);
  });

  it('keeps only search matches and cases with an overdue follow-up', () => {
    const context = {
      matchIds: new Set(['case-2', 'case-3']),
      overdueIds: new Set(['case-3', 'case-4']),
    };
    expect(refs(filterCases(cases, NO_FILTERS, context))).toEqual(['2', '3']);
    expect(refs(filterCases(cases, { ...NO_FILTERS, overdueOnly: true }, context))).toEqual(['3']);
  });

  it('keeps the cases of a client role, and of the sex and age group of the person concerned', () => {
    expect(refs(filterCases(cases, { ...NO_FILTERS, roles: ['familyMember'] }, none))).toEqual([
      '3',
    ]);
    // Case 3 is about the OFW (person-2), born in 2000: 25 when it was opened; the others are
    // about person-1, who has no birth date.
    const people = new Map([
      ['person-1', { sex: 'female' }],
      ['person-2', { sex: 'male', birthDate: '2000-06-01' }],
    ]);
    const withPeople = { ...none, people };
    expect(refs(filterCases(cases, { ...NO_FILTERS, sexes: ['male'] }, withPeople))).toEqual(['3']);
    expect(refs(filterCases(cases, { ...NO_FILTERS, ages: ['25to34'] }, withPeople))).toEqual([
      '3',
    ]);
    expect(
      refs(filterCases(cases, { ...NO_FILTERS, sexes: ['female'], ages: ['unknown'] }, withPeople)),
    ).toEqual(['1', '2', '4']);
    expect(
      countActiveFilters({ ...NO_FILTERS, roles: ['x'], sexes: ['male'], ages: ['55plus'] }),
    ).toBe(3);
  });

  it('counts each chosen value as a filter', () => {
    expect(countActiveFilters(NO_FILTERS)).toBe(0);
    expect(
      countActiveFilters({ ...NO_FILTERS, statuses: ['new', 'referred'], overdueOnly: true }),
    ).toBe(3);
  });
});

describe('case list sorting', () => {
  const order = ['new', 'inProgress', 'closedResolved'];
  it('sorts by opening date, reference, workflow status and urgency, newest first on ties', () => {
    expect(refs(sortCases(cases, { key: 'openedAt', descending: true }, order))).toEqual([
      '4',
      '3',
      '2',
      '1',
    ]);
    expect(refs(sortCases(cases, { key: 'reference', descending: false }, order))).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(refs(sortCases(cases, { key: 'status', descending: false }, order))).toEqual([
      '4',
      '2',
      '1',
      '3',
    ]);
    expect(refs(sortCases(cases, { key: 'urgency', descending: true }, order))).toEqual([
      '4',
      '1',
      '2',
      '3',
    ]);
  });

  it('does not change the list it sorts', () => {
    const before = refs(cases);
    sortCases(cases, { key: 'reference', descending: true }, order);
    expect(refs(cases)).toEqual(before);
  });
});

describe('case list summaries', () => {
  it('share one copy of repeated category lists and statuses', () => {
    const a = summary({ opened: '2026-01-01', categories: ['welfareCheck'] });
    const b = summary({ opened: '2026-01-02', categories: ['welfareCheck'] });
    expect(a.categories).toBe(b.categories);
    expect(a.openedAt).toBe(new Date('2026-01-01').getTime());
  });
});

describe('case list address', () => {
  it('round-trips search, filters and sort through the address, ignoring nonsense', () => {
    const query = {
      search: 'dela cruz',
      filters: {
        ...NO_FILTERS,
        statuses: ['new', 'referred'],
        urgencies: ['high' as const],
        assignees: ['staff-ben'],
        roles: ['familyMember'],
        sexes: ['female', 'unknown'],
        ages: ['18to24' as const],
        openedFrom: '2026-01-01',
        overdueOnly: true,
      },
      sort: { key: 'urgency' as const, descending: false },
    };
    expect(parseCaseListQuery(caseListParams(query))).toEqual(query);
    const odd = parseCaseListQuery(
      new URLSearchParams('urgency=extreme,low&from=yesterday&sort=colour&age=old,55plus'),
    );
    expect(odd.filters.ages).toEqual(['55plus']);
    expect(odd.filters.urgencies).toEqual(['low']);
    expect(odd.filters.openedFrom).toBe('');
    expect(odd.sort).toEqual({ key: 'openedAt', descending: true });
    expect(caseListParams(parseCaseListQuery(new URLSearchParams())).toString()).toBe('');
  });
});
