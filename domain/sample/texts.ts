// The short sentences of a sample case's timeline (notes, calls, referrals and their answers,
// follow-ups, outcomes), shared by both desks, and how {placeholders} in them are filled.
import type { Random } from './random';

export interface CaseTexts {
  /** The first sentence of a description, by who the client is. */
  openers: Readonly<Record<string, readonly string[]>>;
  /** A sentence per category about what happened. */
  categories: Readonly<Record<string, readonly string[]>>;
  /** Optional last sentences: what the client brought, how to reach them. */
  extras: readonly string[];
  /** Notes of the work done on a case at this desk. */
  workNotes: readonly string[];
  /** What a referral sends along. */
  documentsSent: readonly string[];
  /** How a case of a category ends when it is resolved. */
  resolved: Readonly<Record<string, readonly string[]>>;
}

export type TextValues = Readonly<Record<string, string | number>>;

/** Fills {name} placeholders; {Name} gives the value with a capital first letter. */
export function fillText(template: string, values: TextValues): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const lower = key.charAt(0).toLowerCase() + key.slice(1);
    const value = values[key] ?? values[lower];
    if (value === undefined) return match;
    const text = String(value);
    return key === lower ? text : text.charAt(0).toUpperCase() + text.slice(1);
  });
}

export const pickText = (random: Random, templates: readonly string[], values: TextValues) =>
  fillText(random.pick(templates), values);

export const TIMELINE_TEXTS = {
  intakeNote: [
    'Interviewed the client; copied the documents brought.',
    'Explained the process and what the desk can do.',
    'Client was given the checklist of requirements.',
  ],
  workNote: [
    'Client came back with the missing documents.',
    'Spoke with the client by phone; no change yet.',
    'Case discussed with the supervisor.',
  ],
  contactAttempt: [
    'Called {phone}: no answer.',
    'Called {phone}: number cannot be reached.',
    'Sent a text message to {phone} asking the client to come to the desk.',
    'Called {phone}: spoke with a relative; client will call back.',
    'Sent a message through Messenger.',
  ],
  referralReason: [
    'Referred to {partner} for assistance.',
    'Sent the request to {partner} by email with the documents.',
    'Endorsed the case to {partner}; client was given the referral slip.',
    'Coordinated with {partner} by phone and sent the papers.',
  ],
  referralResponse: [
    '{partner} acknowledged the request and gave a reference number.',
    '{partner} asked for a copy of the employment contract.',
    '{partner} confirmed assistance; client to claim at the regional office.',
    '{partner} will contact the client directly.',
    '{partner} declined: the case is outside what it covers.',
    '{partner} scheduled the client for an interview next week.',
  ],
  followUpDue: [
    'Follow up with {partner} on the request.',
    'Call the client about the missing documents.',
    'Check whether the client received the assistance.',
    'Follow up after two days, as agreed.',
  ],
  followUpDone: [
    'Followed up; still waiting for an answer.',
    'Followed up; client confirmed receipt.',
    'Followed up by phone; next step agreed.',
  ],
  reopen: [
    'Client came back: the matter is not settled.',
    'Reopened at the request of the family.',
  ],
} as const;

/** What the desk writes when closing a case, by how it closed. */
export const OUTCOME_TEXTS: Readonly<Record<string, readonly string[]>> = {
  closedResolved: [
    'Resolved: the client received the assistance requested.',
    'Information given; client satisfied.',
  ],
  closedUnresolved: [
    'Closed unresolved: the client did not qualify.',
    'Closed unresolved: the partner could not act on the request.',
    'Closed: client decided not to pursue the matter.',
  ],
  closedReferredOut: [
    'Handed over to {partner}, which keeps the case.',
    'Case transferred to {partner}; the desk no longer follows it.',
  ],
  closedNoContact: [
    'Closed after three attempts to reach the client.',
    'Closed: the client no longer answers and did not come back.',
  ],
};
