import { describe, expect, it } from 'vitest';
import { splitTypedName } from '../../../renderer/features/people/splitTypedName';

const names = (typed: string) => {
  const { givenName, familyName } = splitTypedName(typed);
  return [givenName, familyName];
};

describe('splitTypedName', () => {
  it('keeps Filipino and Spanish particles with the family name and capitalises sensibly', () => {
    expect(names('maria dela cruz')).toEqual(['Maria', 'Dela Cruz']);
    expect(names('MARIA CLARA DE LOS SANTOS')).toEqual(['Maria Clara', 'De los Santos']);
    expect(names('josé garcía y lópez')).toEqual(['José', 'García y López']);
    expect(names('juan  santos ')).toEqual(['Juan', 'Santos']);
    expect(names('ahmed bin salman')).toEqual(['Ahmed', 'Bin Salman']);
  });

  it('leaves a name typed with care as it is, and handles hyphens and apostrophes', () => {
    expect(names('Ana McArthur')).toEqual(['Ana', 'McArthur']);
    expect(names("ana-maria o'brien")).toEqual(['Ana-Maria', "O'Brien"]);
  });

  it('puts a single word in the given name and a phone number in the phone field', () => {
    expect(names('rosario')).toEqual(['Rosario', '']);
    expect(splitTypedName('+63 917 555 1234')).toEqual({
      givenName: '',
      familyName: '',
      phone: '+63 917 555 1234',
    });
  });

  it('treats a particle typed last as a surname still being typed', () => {
    expect(names('maria dela')).toEqual(['Maria', 'Dela']);
  });
});
