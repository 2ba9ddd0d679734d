// A form in progress, kept on this computer only so that nothing typed is lost.
export interface DraftEntry {
  /** What the draft is of, e.g. "intake". */
  id: string;
  values: unknown;
  updatedAt: string;
}
