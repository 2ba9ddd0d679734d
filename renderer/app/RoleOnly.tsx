// A screen only some roles may open (case import): anyone else who reaches its address lands on
// `elsewhere` instead, without the screen being rendered or read (domain/roles.ts).
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { RolePermission } from '../../domain/roles';
import { useMay } from '../features/accounts';

export function RoleOnly({
  may,
  elsewhere,
  children,
}: {
  may: RolePermission;
  elsewhere: string;
  children: ReactNode;
}) {
  const allowed = useMay(may);
  if (!allowed) return <Navigate to={elsewhere} replace />;
  return children;
}
