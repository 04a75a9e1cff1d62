import type { MantineColorsTuple } from "@mantine/core";

/** WCAG contrast that white text must reach on the primary shade; above AA's 4.5 to keep a margin for tints. */
const WHITE_TEXT_CONTRAST = 5;
/** Where the Region's colour (or its darkened form) sits in the palette: Mantine's default primary shade. */
export const PRIMARY_SHADE = 6;

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, "0")).join("")}`;
}

function mix(from: Rgb, to: Rgb, ratio: number): Rgb {
  return [0, 1, 2].map((i) => (from[i] as number) + ((to[i] as number) - (from[i] as number)) * ratio) as Rgb;
}

function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio between two colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(parseHex(a)), relativeLuminance(parseHex(b))].sort(
    (x, y) => y - x,
  );
  return ((light as number) + 0.05) / ((dark as number) + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** The Region's colour, darkened just enough for white text on it to be readable. */
function readableBase(hex: string): Rgb {
  let rgb = parseHex(hex);
  while (contrastRatio(toHex(rgb), "#ffffff") < WHITE_TEXT_CONTRAST) rgb = mix(rgb, BLACK, 0.05);
  return rgb;
}

/**
 * Mantine's ten shades from one colour: light tints (0–5) for backgrounds, the readable base at
 * {@link PRIMARY_SHADE}, darker shades (7–9) for hover and pressed states.
 */
export function paletteFrom(hex: string): MantineColorsTuple {
  const base = readableBase(hex);
  const tints = [0.95, 0.86, 0.72, 0.56, 0.4, 0.22].map((ratio) => toHex(mix(base, WHITE, ratio)));
  const shades = [0.16, 0.3, 0.44].map((ratio) => toHex(mix(base, BLACK, ratio)));
  return [...tints, toHex(base), ...shades] as unknown as MantineColorsTuple;
}
