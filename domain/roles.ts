// What each staff role may do beyond intake, registration and check-in (everyone's work).
// One table, so that a screen asks "may this role …?" instead of listing roles itself.
import type { StaffRole } from './records/desk';

export type RolePermission =
  /** Read the health, legal and abuse details of a case (domain/cases/caseAccess.ts). */
  | 'seeRestrictedDetails'
  /** Export cases or statistics to CSV/XLSX. */
  | 'exportData'
  /** Bring in a paper logbook (cases from a spreadsheet). */
  | 'importCases'
  /** Load or remove generated sample data. */
  | 'manageSampleData';

const PERMISSIONS: Record<StaffRole, ReadonlySet<RolePermission>> = {
  clerk: new Set(),
  officer: new Set(['seeRestrictedDetails']),
  supervisor: new Set(['seeRestrictedDetails', 'exportData', 'importCases']),
  admin: new Set(['seeRestrictedDetails', 'exportData', 'importCases', 'manageSampleData']),
};

/** Whether the role may do it; no role (no one signed in) may do nothing. */
export function roleMay(role: StaffRole | undefined, permission: RolePermission): boolean {
  return role !== undefined && PERMISSIONS[role].has(permission);
}
