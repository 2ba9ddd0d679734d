// Badge styles that let a long label wrap instead of being cut ("To be verified by the desk",
// "Documents (passport, OEC, e-Registration)"): a cut label hides what the officer must read.
export const WRAPPING_BADGE = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
} as const;
