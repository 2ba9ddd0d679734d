// A desk preset: the categories, roles, statuses, partners and seminar types of one kind of
// desk. They are data, not enums, so a desk in another country gets its own taxonomy.
// Every id has a translated label at `presets:<presetId>.<group>.<id>` in locales/*/presets.json.
import type { PresetId } from '../records/desk';

export interface StatusDefinition {
  id: string;
  /** Statuses a case in this status may move to. */
  next: readonly string[];
  /** A closing status asks for an outcome. */
  closing?: boolean;
}

export interface ReferralPartner {
  id: string;
  /** Short name as the desk writes it (DMW, OWWA …); the long name is the label. */
  abbreviation: string;
}

export interface OfwFieldDefinition {
  /** Field of the case's details record. */
  id: string;
  kind: 'text' | 'country' | 'date' | 'choice';
  /** For kind "choice": the ids of the options (labelled under the field's group). */
  options?: readonly string[];
  sensitive?: boolean;
}

export interface DeskPreset {
  id: PresetId;
  /**
   * The country every desk of this kind is in (ISO 3166), pre-filled in the set-up; none when
   * it varies (the migrant desk serves cities in Spain, Argentina and Peru).
   */
  homeCountry?: string;
  /** ISO 3166 country codes listed first when picking a destination. */
  topDestinations: readonly string[];
  categories: readonly string[];
  clientRoles: readonly string[];
  statuses: readonly StatusDefinition[];
  initialStatus: string;
  referralPartners: readonly ReferralPartner[];
  seminarTypes: readonly string[];
  /** Details recorded about the person the case is about (OFW details, migrant details). */
  detailFields: readonly OfwFieldDefinition[];
  /** The case field that holds the detail fields' values. */
  detailsRecord: 'ofwDetails' | 'migrantDetails';
  /**
   * Roles in which the client speaks for someone else (a relative of the OFW or migrant), with
   * what that person is to the client: a mother ("familyParent") reports about her child.
   */
  relativeRoles: Readonly<Record<string, 'spouse' | 'child' | 'parent' | 'sibling' | 'other'>>;
  /**
   * Categories the desk does not handle itself: such a case is recorded and referred to a
   * specialist service (e.g. gender-based violence on the migrant desk).
   */
  referralOnlyCategories?: readonly string[];
}

/** The same shape serves the migrant desk's details; this name reads better there. */
export type DetailFieldDefinition = OfwFieldDefinition;
