// A screen only a supervisor or an administrator may open (the audit trail): anyone else who
// reaches its address lands on Settings instead, without it being rendered or read.
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useRole } from '../features/accounts';

export function SupervisorOnly({ children }: { children: ReactNode }) {
  const role = useRole();
  if (role !== 'supervisor' && role !== 'admin') return <Navigate to="/settings" replace />;
  return children;
}
