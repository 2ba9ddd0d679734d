// The life of a sample case up to "now": status changes along the preset's transitions, and
// what happens in each status (notes, calls, referrals and their answers, follow-ups, some of
// them left overdue), ending closed with an outcome or still open today.
import { isClosingStatus, type DeskPreset } from '../presets';
import { chooseNextStatus, dwellDays } from './nextStatus';
import { inOfficeHours, laterInOfficeHours, MINUTE } from './officeTime';
import type { Random } from './random';
import { fillText, OUTCOME_TEXTS, TIMELINE_TEXTS, type CaseTexts } from './texts';
import type { SampleCaseEvent } from './types';

export interface TimelineInput {
  preset: DeskPreset;
  random: Random;
  caseId: string;
  openedAt: number;
  now: number;
  utcOffsetHours: number;
  categories: readonly string[];
  /** Preset partner ids suited to the categories, most suited first (never empty). */
  partners: readonly string[];
  /** The id a referral names: the partner's stakeholder, else the preset partner id. */
  partnerRecordId: (presetPartnerId: string) => string;
  /** The desk's own notes, documents and resolved outcomes. */
  texts: CaseTexts;
  phone?: string | undefined;
  newId: () => string;
}

export interface TimelineResult {
  events: SampleCaseEvent[];
  status: string;
  closedAt?: string;
  outcome?: string;
  /** Record ids of the partners the case was referred to. */
  referredTo: string[];
}

type EventFields = Omit<SampleCaseEvent, 'id' | 'sample' | 'caseId' | 'type' | 'at'>;
const iso = (ms: number) => new Date(ms).toISOString();
const REOPEN_CHANCE = 0.04;
/** Some cases stall in a status (a partner never answers, the client vanishes): the backlog. */
const STALL_CHANCE = 0.03;

class TimelineBuilder {
  readonly events: SampleCaseEvent[] = [];
  readonly referredTo: string[] = [];
  private partner: string;

  constructor(private readonly input: TimelineInput) {
    this.partner = input.partners[0] ?? '';
  }

  private text(templates: readonly string[]) {
    const { preset, random, phone } = this.input;
    const abbreviation =
      preset.referralPartners.find((p) => p.id === this.partner)?.abbreviation ?? this.partner;
    return fillText(random.pick(templates), { partner: abbreviation, phone: phone ?? '' });
  }

  private add(type: SampleCaseEvent['type'], at: number, fields: EventFields = {}) {
    const { caseId, newId } = this.input;
    const event: SampleCaseEvent = {
      id: newId(),
      sample: true,
      caseId,
      type,
      at: iso(at),
      ...fields,
    };
    this.events.push(event);
    return event;
  }

  private later(from: number, minDays: number, maxDays: number) {
    return laterInOfficeHours(from, minDays, maxDays, this.input.utcOffsetHours, this.input.random);
  }

  note(at: number, templates: readonly string[]) {
    this.add('note', at, { text: this.text(templates) });
  }

  /** Events while the case stays in `status` from `from` to `until` (only those before now). */
  dwell(status: string, from: number, until: number, next: string) {
    const { random, now, texts, utcOffsetHours } = this.input;
    const end = Math.min(until, now);
    if (status === 'inProgress' || status === 'waitingForAdministration') {
      const notes = [...TIMELINE_TEXTS.workNote, ...texts.workNotes];
      for (let i = random.int(0, 2); i > 0; i--) {
        const at = inOfficeHours(from + random.next() * (until - from), utcOffsetHours, random);
        if (at > from && at < end) this.note(at, notes);
      }
    } else if (status === 'waitingForClient') {
      const tries = next === 'closedNoContact' ? 3 : random.int(1, 3);
      for (let i = 1; i <= tries; i++) {
        const at = inOfficeHours(from + ((until - from) * i) / (tries + 1), utcOffsetHours, random);
        if (at > from && at < end)
          this.add('contactAttempt', at, { text: this.text(TIMELINE_TEXTS.contactAttempt) });
      }
    }
  }

  /** A referral to a partner suited to the case, and its answer when it came before now. */
  private refer(at: number): number {
    const { random, partners, now } = this.input;
    this.partner = random.chance(0.7) ? partners[0]! : random.pick(partners);
    const partnerId = this.input.partnerRecordId(this.partner);
    this.referredTo.push(partnerId);
    const referral = this.add('referral', at, {
      partnerId,
      text: this.text(TIMELINE_TEXTS.referralReason),
      documentsSent: random.pick(this.input.texts.documentsSent),
    });
    const answeredAt = this.later(at, 1, 20);
    if (answeredAt < now && random.chance(0.85)) {
      const text = this.text(TIMELINE_TEXTS.referralResponse);
      this.add('referralResponse', answeredAt, { partnerId, text, relatedEventId: referral.id });
    }
    return answeredAt;
  }

  /** A follow-up falling due; done on time mostly, weeks late sometimes (the overdue ones). */
  private followUp(at: number, minDays: number, maxDays: number): number {
    const { random, now } = this.input;
    const dueAt = this.later(at, minDays, maxDays);
    const due = this.add('followUpDue', at + MINUTE, {
      dueAt: iso(dueAt),
      text: this.text(TIMELINE_TEXTS.followUpDue),
    });
    const doneAt = random.chance(0.88) ? this.later(dueAt, 0, 2) : this.later(dueAt, 10, 40);
    if (doneAt < now) {
      due.doneAt = iso(doneAt);
      const text = this.text(TIMELINE_TEXTS.followUpDone);
      this.add('followUpDone', doneAt, { text, relatedEventId: due.id });
    }
    return doneAt;
  }

  /** Events on entering `status` at `at`; returns the earliest moment it may be left. */
  enter(status: string, at: number): number {
    if (status === 'referred') {
      const answeredAt = this.refer(at + MINUTE);
      if (this.input.random.chance(0.6)) this.followUp(at + MINUTE, 2, 2);
      return answeredAt;
    }
    if (status === 'followUp') return this.followUp(at, 2, 7);
    return at;
  }

  /** Closing words: a resolved case says what was achieved for its first category. */
  private outcomes(status: string): readonly string[] {
    const { texts, categories } = this.input;
    const resolved = texts.resolved[categories[0] ?? ''];
    if (status === 'closedResolved' && resolved && this.input.random.chance(0.7)) return resolved;
    return OUTCOME_TEXTS[status] ?? OUTCOME_TEXTS.closedResolved!;
  }

  /** The status change, with the outcome when it closes the case. */
  change(from: string, to: string, at: number, reopening: boolean): string | undefined {
    const closing = isClosingStatus(this.input.preset, to);
    const outcome = closing ? this.text(this.outcomes(to)) : undefined;
    if (reopening) this.note(at - MINUTE, TIMELINE_TEXTS.reopen);
    this.add('statusChange', at, { fromStatus: from, toStatus: to, text: outcome });
    return outcome;
  }

  /** A closed case leaves no follow-up open: one still pending is done when the case closes. */
  settleFollowUps(closedAt: string) {
    const dues = this.events.filter((e) => e.type === 'followUpDue');
    for (const due of dues) {
      const done = this.events.find(
        (e) => e.type === 'followUpDone' && e.relatedEventId === due.id,
      );
      if (due.doneAt && due.doneAt <= closedAt) continue;
      due.doneAt = closedAt;
      if (done) done.at = closedAt;
      else {
        const text = this.text(TIMELINE_TEXTS.followUpDone);
        this.add('followUpDone', Date.parse(closedAt), { text, relatedEventId: due.id });
      }
    }
  }

  nextLeave(status: string, next: string, from: number, earliest: number) {
    const closing = isClosingStatus(this.input.preset, status);
    const [min, max] = dwellDays(status, next, closing);
    return Math.max(this.later(from, min, max), earliest + MINUTE);
  }
}

export function simulateTimeline(input: TimelineInput): TimelineResult {
  const { preset, random, now, categories } = input;
  const timeline = new TimelineBuilder(input);
  let status = preset.initialStatus;
  let t = input.openedAt;
  let earliest = t;
  let closed: { closedAt: string; outcome: string } | undefined;
  if (random.chance(0.35)) timeline.note(t + random.int(5, 40) * MINUTE, TIMELINE_TEXTS.intakeNote);
  for (let steps = 0; steps < 14; steps++) {
    const closing = isClosingStatus(preset, status);
    if (closing && !random.chance(REOPEN_CHANCE)) break;
    const next = chooseNextStatus(random, status, { preset, categories, steps });
    if (!next) break;
    const stalled = !closing && random.chance(STALL_CHANCE);
    const leave = stalled ? Infinity : timeline.nextLeave(status, next, t, earliest);
    timeline.dwell(status, t, stalled ? t + 30 * 86_400_000 : leave, next);
    if (leave > now) break;
    const outcome = timeline.change(status, next, leave, closing);
    closed = outcome ? { closedAt: iso(leave), outcome } : undefined;
    status = next;
    t = leave;
    earliest = timeline.enter(status, t);
  }
  if (closed) timeline.settleFollowUps(closed.closedAt);
  return { events: timeline.events, status, ...closed, referredTo: timeline.referredTo };
}
