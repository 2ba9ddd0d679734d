import { describe, expect, it } from 'vitest';
import {
  emptySeminarForm,
  seminarFormSchema,
  seminarFormValues,
  toSeminarFields,
} from '../../../domain/seminars/seminarForm';

const filled = {
  ...emptySeminarForm('pdos', 'fil'),
  title: 'PDOS — Saudi Arabia',
  date: '2026-03-14',
  startTime: '08:00',
  endTime: '12:00',
  venue: 'City Hall',
  facilitators: 'Liza Bautista; Ramon Cruz,',
};

describe('the session form', () => {
  it('turns local date and times into a session, facilitators into a list', () => {
    const fields = toSeminarFields(seminarFormSchema.parse(filled));
    expect(fields).toMatchObject({
      type: 'pdos',
      language: 'fil',
      capacity: 60,
      facilitators: ['Liza Bautista', 'Ramon Cruz'],
      startsAt: new Date('2026-03-14T08:00:00').toISOString(),
      endsAt: new Date('2026-03-14T12:00:00').toISOString(),
    });
    expect(seminarFormValues(fields)).toMatchObject({
      date: '2026-03-14',
      startTime: '08:00',
      endTime: '12:00',
    });
  });

  it('asks for a venue or a web link, an end after the start, and a whole capacity', () => {
    const result = seminarFormSchema.safeParse({
      ...filled,
      venue: '',
      onlineUrl: 'javascript:alert(1)',
      endTime: '07:00',
      capacity: 0,
    });
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'onlineUrl: seminars:errors.link',
        'capacity: seminars:errors.capacity',
      ]),
    );
    const noPlace = seminarFormSchema.safeParse({ ...filled, venue: '', endTime: '07:00' });
    expect(noPlace.error!.issues.map((i) => i.message)).toEqual([
      'seminars:errors.venueOrLink',
      'seminars:errors.endBeforeStart',
    ]);
  });
});
