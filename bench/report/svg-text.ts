/** What the report's hand-written SVG charts share. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A round axis maximum at or above `value` (a power of ten times 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6
 * or 8): close enough that the longest bar or line fills most of the plot.
 */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  const step = steps.find((candidate) => candidate * power >= value) ?? 10;
  return step * power;
}

/** Attributes that draw text over a white outline, so a line crossing it cannot hide it. */
export const HALO = 'stroke="#ffffff" stroke-width="3" paint-order="stroke"';

export function axisLabel(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
}
