// The duplicate check before a person is created (the intake, a walk-in at the door, each row of
// a registration import). It finds every candidate, however many people share the name: everyone
// with the same name or one within two letters of it (from the in-memory name keys kept with the
// search index, or one read of the people while that index is being built), and everyone with
// the same phone number (an exact look-up in the token index). It once read the first 500 people
// per three-letter prefix, and at tens of thousands of people a newer "Maria Dela Cruz" with the
// same birth date was missed and created a second time.
import {
  duplicateNameKey,
  duplicatePhoneKey,
  findLikelyDuplicates,
  MIN_PHONE_KEY,
  type LikelyDuplicate,
} from '../../../domain/people/duplicates';
import { NameKeyIndex, type SimilarNames } from '../../../domain/people/nameKeyIndex';
import { similarNamesInMemory, type TulayDatabase } from '../../db';
import type { Person, PersonInput } from './peopleRepository';

/** The strongest matches shown to the officer. */
const SHOWN = 5;
const PAGE = 2_000;

export type DuplicateCheck = (candidate: PersonInput) => Promise<LikelyDuplicate<Person>[]>;

/** The name keys of every person, read from the database (while the search index is built). */
async function readNameKeys(db: TulayDatabase): Promise<NameKeyIndex> {
  const index = new NameKeyIndex();
  let last: string | null = null;
  for (;;) {
    const from = last === null ? db.people.toCollection() : db.people.where(':id').above(last);
    const page: Person[] = await from.limit(PAGE).toArray();
    for (const person of page)
      if (!person.deletedAt) index.set(person.id, duplicateNameKey(person));
    if (page.length < PAGE) return index;
    last = page[page.length - 1]!.id;
  }
}

/** Everyone whose phone number is the candidate's, however it was typed (+63 917…, 0917…). */
async function samePhone(db: TulayDatabase, phone: string | undefined): Promise<string[]> {
  const key = duplicatePhoneKey(phone);
  if (key.length < MIN_PHONE_KEY) return [];
  // Every stored number has its own digits as a token, and its key is those digits without 63
  // or 0 in front: these three tokens reach every number with this key. One equality each: the
  // stored tokens are a blind index (renderer/db/encryption.ts), which has no ranges to walk.
  const keys = await Promise.all(
    [key, `0${key}`, `63${key}`].map((token) =>
      db.people.where('searchTokens').equals(token).primaryKeys(),
    ),
  );
  return [...new Set(keys.flat())];
}

/**
 * A duplicate check for one or more candidates (an import checks each row). While the in-memory
 * index is not built, the people are read once for all the candidates it is asked about.
 */
export function duplicateCheck(db: TulayDatabase): DuplicateCheck {
  let read: Promise<NameKeyIndex> | null = null;
  const namesLike = async (key: string): Promise<SimilarNames> =>
    similarNamesInMemory(db, key) ?? (await (read ??= readNameKeys(db))).near(key);
  return async (candidate) => {
    const names = await namesLike(duplicateNameKey(candidate));
    // Everyone with the same name is read: their birth date or phone may make them the same
    // person. Of the close names, at best "similar", a few are enough.
    const ids = new Set([
      ...names.same,
      ...(await samePhone(db, candidate.phone)),
      ...names.close.slice(0, SHOWN),
    ]);
    const people = (await db.people.bulkGet([...ids])).filter(
      (p): p is Person => !!p && !p.deletedAt,
    );
    return findLikelyDuplicates(candidate, people).slice(0, SHOWN);
  };
}

/** People who are probably the person about to be created, the most likely first. */
export function likelyDuplicates(
  db: TulayDatabase,
  candidate: PersonInput,
): Promise<LikelyDuplicate<Person>[]> {
  return duplicateCheck(db)(candidate);
}
