// What the session form holds while the officer types (date and times as the inputs give
// them, facilitators as one line), and how it becomes a seminar record. Messages are i18n keys.
import { z } from 'zod';
import { localDay } from '../localDay';
import { languageSchema, type Language } from '../records/desk';
import { isoDate, optionalText, requiredText } from '../records/meta';

const time = z.string().regex(/^\d{2}:\d{2}$/, { message: 'seminars:errors.time' });
const emptyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);
const webLink = z
  .url({ protocol: /^https?$/, message: 'seminars:errors.link' })
  .max(500, { message: 'errors.tooLong' });

export const seminarFormSchema = z
  .object({
    type: z.string().min(1, { message: 'errors.required' }),
    title: requiredText(200),
    date: isoDate.or(z.literal('')).refine((d) => d !== '', { message: 'errors.required' }),
    startTime: time,
    endTime: emptyOr(time),
    venue: optionalText(300),
    onlineUrl: emptyOr(webLink),
    facilitators: optionalText(500),
    partnerId: z.string().nullable(),
    language: languageSchema,
    capacity: z
      .number({ message: 'seminars:errors.capacity' })
      .int({ message: 'seminars:errors.capacity' })
      .min(1, { message: 'seminars:errors.capacity' })
      .max(10_000, { message: 'seminars:errors.capacity' }),
    notes: optionalText(4000),
  })
  .superRefine((values, ctx) => {
    if (!values.venue?.trim() && !values.onlineUrl) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: 'seminars:errors.venueOrLink' });
    }
    if (values.endTime && values.endTime <= values.startTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'seminars:errors.endBeforeStart',
      });
    }
  });

export type SeminarFormValues = z.input<typeof seminarFormSchema>;
export type SeminarFormOutput = z.output<typeof seminarFormSchema>;

export function emptySeminarForm(type: string, language: Language): SeminarFormValues {
  return {
    type,
    title: '',
    date: '',
    startTime: '09:00',
    endTime: '',
    venue: '',
    onlineUrl: '',
    facilitators: '',
    partnerId: null,
    language,
    capacity: 60,
    notes: '',
  };
}

/** Local date and time ("2026-03-14", "09:00") → ISO instant. */
const instant = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00`).toISOString();
const pad = (n: number) => String(n).padStart(2, '0');
const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

export interface SeminarFields {
  type: string;
  title: string;
  startsAt: string;
  endsAt?: string | undefined;
  venue?: string | undefined;
  onlineUrl?: string | undefined;
  facilitators: string[];
  partnerId?: string | undefined;
  language: Language;
  capacity: number;
  notes?: string | undefined;
}

export function toSeminarFields(values: SeminarFormOutput): SeminarFields {
  return {
    type: values.type,
    title: values.title,
    startsAt: instant(values.date, values.startTime),
    endsAt: values.endTime ? instant(values.date, values.endTime) : undefined,
    venue: values.venue?.trim() || undefined,
    onlineUrl: values.onlineUrl || undefined,
    facilitators: (values.facilitators ?? '')
      .split(/[,;\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    partnerId: values.partnerId ?? undefined,
    language: values.language,
    capacity: values.capacity,
    notes: values.notes?.trim() || undefined,
  };
}

/** The form's values for a stored seminar (for editing). */
export function seminarFormValues(seminar: SeminarFields): SeminarFormValues {
  const starts = new Date(seminar.startsAt);
  return {
    type: seminar.type,
    title: seminar.title,
    date: localDay(starts),
    startTime: localTime(starts),
    endTime: seminar.endsAt ? localTime(new Date(seminar.endsAt)) : '',
    venue: seminar.venue ?? '',
    onlineUrl: seminar.onlineUrl ?? '',
    facilitators: seminar.facilitators.join(', '),
    partnerId: seminar.partnerId ?? null,
    language: seminar.language,
    capacity: seminar.capacity,
    notes: seminar.notes ?? '',
  };
}
