/** Discord draws an embed without a colour with a grey bar. */
export const DEFAULT_BAR = 0x4e5058;

export function hexColour(rgb: number): string {
  return `#${rgb.toString(16).padStart(6, '0').toUpperCase()}`;
}
