// The records of this feature, as stored.
import type { StoredRecord } from '../../../domain/records';

export type Seminar = StoredRecord<'seminars'>;
export type Attendance = StoredRecord<'attendance'>;
