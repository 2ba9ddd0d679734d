// One accent colour, compact sizes for data entry, Noto Sans (Latin and Arabic) everywhere,
// and colours dark enough for WCAG AA contrast on an old office monitor.
import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

const fontFamily = "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";

/** Light badges and buttons (pale background, coloured text): the text is the darkest shade,
 *  darkened further, since orange, yellow and teal text fail contrast on their own tint. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  if (input.variant === 'light' && parsed.isThemeColor) {
    return {
      ...colors,
      color: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 35%)`,
    };
  }
  return colors;
};

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  variantColorResolver,
});

/** Mantine's dimmed grey is below WCAG AA contrast on white; hints and secondary text must
 *  stay readable. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    // The active navigation item under the pointer kept indigo text on a darker indigo tint
    // (4.1:1); a paler hover tint keeps it above 4.5:1.
    '--mantine-color-indigo-light-hover': t.colors.indigo[1],
    '--mantine-primary-color-light-hover': t.colors.indigo[1],
  },
  dark: {},
});
