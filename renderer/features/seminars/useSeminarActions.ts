// The writes of the seminars screens, bound to the staff member who makes them.
import { useMemo } from 'react';
import type { SeminarFields } from '../../../domain/seminars/seminarForm';
import { useWriteContext } from '../../db';
import type { PersonInput } from '../people';
import { checkIn, undoCheckIn, walkIn } from './checkInRepository';
import { importRegistrations, type ImportBasis, type ListRow } from './importRepository';
import {
  cancelRegistration,
  registerPerson,
  setDestination,
  type RegisterOptions,
} from './registrationRepository';
import { createSeminar, updateSeminar } from './seminarRepository';

export function useSeminarActions() {
  const ctx = useWriteContext();
  return useMemo(
    () => ({
      create: (fields: SeminarFields) => createSeminar(ctx, fields),
      update: (id: string, fields: SeminarFields) => updateSeminar(ctx, id, fields),
      register: (seminarId: string, personId: string, options?: RegisterOptions) =>
        registerPerson(ctx, seminarId, personId, options),
      cancel: (attendanceId: string) => cancelRegistration(ctx, attendanceId),
      setDestination: (attendanceId: string, destination: string | undefined) =>
        setDestination(ctx, attendanceId, destination),
      checkIn: (attendanceId: string) => checkIn(ctx, attendanceId),
      undoCheckIn: (attendanceId: string) => undoCheckIn(ctx, attendanceId),
      walkIn: (seminarId: string, person: { id: string } | PersonInput, destination?: string) =>
        walkIn(ctx, seminarId, person, destination),
      importList: (seminarId: string, rows: readonly ListRow[], basis: ImportBasis) =>
        importRegistrations(ctx, seminarId, rows, basis),
    }),
    [ctx],
  );
}
