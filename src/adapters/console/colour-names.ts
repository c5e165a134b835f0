import { RANK_COLOURS } from '../../../commands/montage/rank-colours.js';

/**
 * Names for embed colours, so a plain terminal (or a screen reader) still says what the colour
 * bar would show. Medal colours first: the bot paints the podium gold, silver and bronze.
 */
const NAMED: readonly (readonly [string, number])[] = [
  ...Object.entries(RANK_COLOURS),
  ['red', 0xe53935],
  ['orange', 0xf57c00],
  ['yellow', 0xfdd835],
  ['green', 0x43a047],
  ['dark green', 0x1b5e20],
  ['teal', 0x00897b],
  ['blue', 0x1e88e5],
  ['navy', 0x1a237e],
  ['blurple', 0x5865f2],
  ['purple', 0x8e24aa],
  ['pink', 0xec407a],
  ['brown', 0x6d4c41],
  ['grey', 0x808080],
  ['black', 0x000000],
  ['white', 0xffffff],
];

const parts = (rgb: number) => [(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff] as const;

function distance(a: number, b: number): number {
  const [r1, g1, b1] = parts(a);
  const [r2, g2, b2] = parts(b);
  // Weighted for how eyes see: green differences show most, blue least.
  return 2 * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + 3 * (b1 - b2) ** 2;
}

/** Discord draws an embed without a colour with a grey bar. */
export const DEFAULT_BAR = 0x4e5058;

export function hexColour(rgb: number): string {
  return `#${rgb.toString(16).padStart(6, '0').toUpperCase()}`;
}

/** The nearest name from a short list: "gold" for #D4AF37, "dark red" for #9B1C1C. */
export function colourName(rgb: number): string {
  return NAMED.reduce((best, named) =>
    distance(rgb, named[1]) < distance(rgb, best[1]) ? named : best,
  )[0];
}
