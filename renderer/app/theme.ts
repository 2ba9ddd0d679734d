// One accent colour, compact sizes for data entry, Noto Sans (Latin and Arabic) everywhere.
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const fontFamily = "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
});

/** Mantine's dimmed grey is below WCAG AA contrast on white; hints and secondary text must
 *  stay readable on an old office monitor. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: {},
});
