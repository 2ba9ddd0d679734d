// An error the interface knows how to explain: a code, and the values its message needs, never
// an English sentence. renderer/ui/errorText.ts turns it into words in the officer's language.

export const KNOWN_PROBLEMS = [
  'personMissing',
  'caseMissing',
  'sessionMissing',
  'caseNumbersExhausted',
  'registrationCodesExhausted',
  'imageEncodingFailed',
] as const;
export type KnownProblem = (typeof KNOWN_PROBLEMS)[number];

export class KnownError extends Error {
  override readonly name = 'KnownError';

  constructor(
    readonly problem: KnownProblem,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    // The message is for logs and technical details; people see the translated text.
    super(Object.keys(values).length > 0 ? `${problem} ${JSON.stringify(values)}` : problem);
  }
}
