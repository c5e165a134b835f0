import { stripVTControlCharacters } from 'node:util';

const channels = (rgb: number) => `${(rgb >> 16) & 0xff};${(rgb >> 8) & 0xff};${rgb & 0xff}`;

/**
 * Text styles for a terminal. Raw SGR codes rather than util.styleText: styleText decides colour
 * from process.stdout on its own, and the console must decide per output stream (and in tests).
 */
export function terminalStyle(enabled: boolean) {
  const sgr = (on: string, off: string) => (text: string) =>
    enabled ? `\x1b[${on}m${text}\x1b[${off}m` : text;
  return {
    enabled,
    bold: sgr('1', '22'),
    dim: sgr('2', '22'),
    italic: sgr('3', '23'),
    underline: sgr('4', '24'),
    strike: sgr('9', '29'),
    code: sgr('36', '39'),
    foreground: (text: string, rgb: number) =>
      enabled ? `\x1b[38;2;${channels(rgb)}m${text}\x1b[39m` : text,
    background: (text: string, rgb: number) =>
      enabled ? `\x1b[48;2;${channels(rgb)}m\x1b[97m${text}\x1b[39m\x1b[49m` : text,
  };
}

export type Style = ReturnType<typeof terminalStyle>;

const WIDE =
  /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;
const ZERO_WIDTH = /^(?:[\u200b-\u200f]|\p{M})$/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Columns a string takes on screen: escape codes take none, emoji and CJK take two. */
export function visibleWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(stripVTControlCharacters(text))) {
    if (ZERO_WIDTH.test(segment)) continue;
    width += WIDE.test(segment) ? 2 : 1;
  }
  return width;
}

/** A word longer than the width gets a line of its own; width 0 leaves wrapping to the reader. */
export function wrap(lines: readonly string[], width: number): string[] {
  return lines.flatMap((text) => {
    if (width <= 0 || visibleWidth(text) <= width) return [text];
    const wrapped: string[] = [];
    let current = '';
    for (const word of text.split(' ')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && visibleWidth(candidate) > width) {
        wrapped.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    wrapped.push(current);
    return wrapped;
  });
}
