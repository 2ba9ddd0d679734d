// Orientation seminars and who registered and attended.
import { z } from 'zod';
import { isoDateTime, optionalText, requiredText } from './meta';
import { languageSchema } from './desk';

export const seminarSchema = z.object({
  /** Generated sample data: shown as such and removable in one step. Never synced. */
  sample: z.boolean().optional(),
  type: z.string().min(1),
  title: requiredText(200),
  startsAt: isoDateTime,
  endsAt: isoDateTime.optional(),
  venue: optionalText(300),
  onlineUrl: z.url().optional(),
  facilitators: z.array(z.string()).default([]),
  partnerId: z.string().optional(),
  language: languageSchema,
  capacity: z.number().int().positive(),
  notes: optionalText(4000),
});

export const attendanceStatusSchema = z.enum(['registered', 'waitlisted', 'cancelled']);

export const attendanceSchema = z.object({
  /** Generated sample data: shown as such and removable in one step. Never synced. */
  sample: z.boolean().optional(),
  seminarId: z.string().min(1),
  personId: z.string().min(1),
  status: attendanceStatusSchema,
  registrationCode: z.string().min(1),
  registeredAt: isoDateTime,
  checkedInAt: isoDateTime.optional(),
  /** Checked in from the waitlist: undoing the check-in puts them back in line. */
  admittedFromWaitlist: z.boolean().optional(),
  /** Registered at the door and checked in in the same step. */
  walkIn: z.boolean().optional(),
  destination: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** The work the person is going abroad for, as they gave it when registering. */
  occupation: optionalText(120),
  certificateNumber: z.string().optional(),
  certificateIssuedAt: isoDateTime.optional(),
});
