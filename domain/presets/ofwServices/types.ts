// The shape of a starter-set entry: a real government service with its client handout.
import type { Language } from '../../records/desk';
import type { HandoutContentInput } from '../../records/handout';

export type StarterHandout = HandoutContentInput & { title: string; summary: string };

export interface StarterService {
  /** Stable id of the entry, so seeding a desk twice never adds it twice. */
  starterId: string;
  /** The preset referral partner that runs the service (ofwDesk referralPartners). */
  agencyPresetId: string;
  /** The name officers see in the directory (English, like the agencies' own names). */
  name: string;
  categories: readonly string[];
  fees?: string;
  processingTime?: string;
  /** Printed on every language's handout: names, numbers and addresses only, no sentences. */
  contact?: string;
  /** The English handout doubles as the service's details (who can apply, documents, steps). */
  handouts: { en: StarterHandout } & Partial<Record<Language, StarterHandout>>;
}
