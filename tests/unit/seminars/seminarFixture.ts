// Sessions and people for the seminars tests, written through the real repositories.
import type { TulayDatabase, WriteContext } from '../../../renderer/db';
import { createPerson } from '../../../renderer/features/people';
import { createSeminar } from '../../../renderer/features/seminars/seminarRepository';
import { writer } from '../db/testDatabase';

const GIVEN = ['Maria', 'Jose', 'Ana', 'Pedro', 'Rosa', 'Juan', 'Liza', 'Ramon', 'Nena', 'Carlo'];
const FAMILY = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Torres', 'Flores'];

/** A writer whose clock advances a second per write, so registration order is well defined. */
export function tickingWriter(db: TulayDatabase, start = '2026-03-02T08:00:00Z'): WriteContext {
  let at = new Date(start).getTime();
  return { ...writer(db), now: () => new Date((at += 1000)) };
}

export function createSession(
  ctx: WriteContext,
  capacity: number,
  startsAt = '2026-03-14T01:00:00Z',
) {
  return createSeminar(ctx, {
    type: 'pdos',
    title: 'PDOS for household workers',
    startsAt,
    venue: 'Legazpi City Hall, Session Hall',
    facilitators: ['Liza Bautista'],
    language: 'en',
    capacity,
  });
}

export async function createPeople(ctx: WriteContext, count: number) {
  const people = [];
  for (let i = 0; i < count; i++) {
    people.push(
      await createPerson(ctx, {
        givenName: GIVEN[i % GIVEN.length]!,
        familyName: `${FAMILY[i % FAMILY.length]!}${i >= GIVEN.length ? ` ${i}` : ''}`,
        sex: i % 2 === 0 ? 'female' : 'male',
      }),
    );
  }
  return people;
}
