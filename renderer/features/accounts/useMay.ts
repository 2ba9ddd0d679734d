// Whether the signed-in staff member's role may do something (domain/roles.ts). A screen renders
// an entry point only when it may: hidden, not greyed out.
import { roleMay, type RolePermission } from '../../../domain/roles';
import { useRole } from './SessionContext';

export function useMay(permission: RolePermission): boolean {
  return roleMay(useRole(), permission);
}
