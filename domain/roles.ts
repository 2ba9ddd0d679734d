// What each staff role may do beyond intake, registration and check-in (everyone's work).
// One table, so that a screen asks "may this role …?" instead of listing roles itself.
import type { StaffRole } from './records/desk';

export type RolePermission =
  /** Read the health, legal and abuse details of a case (domain/cases/caseAccess.ts). */
  | 'seeRestrictedDetails'
  /** Change the status of a restricted case (close it, write its outcome). */
  | 'changeRestrictedCase'
  /** Read a person's immigration or administrative status (migrant desk). */
  | 'seeLegalStatus'
  /** Export cases or statistics to CSV/XLSX. */
  | 'exportData'
  /** Bring in a paper logbook (cases from a spreadsheet). */
  | 'importCases'
  /** Load or remove generated sample data. */
  | 'manageSampleData';

/** What a case officer, and every role above, may do with a case. */
const CASE_OFFICER: readonly RolePermission[] = [
  'seeRestrictedDetails',
  'changeRestrictedCase',
  'seeLegalStatus',
];

const PERMISSIONS: Record<StaffRole, ReadonlySet<RolePermission>> = {
  clerk: new Set(),
  officer: new Set(CASE_OFFICER),
  supervisor: new Set([...CASE_OFFICER, 'exportData', 'importCases']),
  admin: new Set([...CASE_OFFICER, 'exportData', 'importCases', 'manageSampleData']),
};

/** Whether the role may do it; no role (no one signed in) may do nothing. */
export function roleMay(role: StaffRole | undefined, permission: RolePermission): boolean {
  return role !== undefined && PERMISSIONS[role].has(permission);
}
