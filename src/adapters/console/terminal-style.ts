/**
 * Text styles for a terminal. Raw SGR codes rather than util.styleText: styleText decides colour
 * from process.stdout on its own, and the console must decide per output stream (and in tests).
 */
export interface Style {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly italic: (text: string) => string;
  readonly underline: (text: string) => string;
  readonly strike: (text: string) => string;
  readonly inverse: (text: string) => string;
  readonly code: (text: string) => string;
  readonly foreground: (text: string, rgb: number) => string;
  readonly background: (text: string, rgb: number) => string;
}

const sgr = (on: string, off: string) => (text: string) => `\x1b[${on}m${text}\x1b[${off}m`;
const channels = (rgb: number) => `${(rgb >> 16) & 0xff};${(rgb >> 8) & 0xff};${rgb & 0xff}`;
const same = (text: string) => text;

const COLOURED: Style = {
  enabled: true,
  bold: sgr('1', '22'),
  dim: sgr('2', '22'),
  italic: sgr('3', '23'),
  underline: sgr('4', '24'),
  strike: sgr('9', '29'),
  inverse: sgr('7', '27'),
  code: sgr('36', '39'),
  foreground: (text, rgb) => `\x1b[38;2;${channels(rgb)}m${text}\x1b[39m`,
  background: (text, rgb) => `\x1b[48;2;${channels(rgb)}m\x1b[97m${text}\x1b[39m\x1b[49m`,
};

const PLAIN: Style = {
  enabled: false,
  bold: same,
  dim: same,
  italic: same,
  underline: same,
  strike: same,
  inverse: same,
  code: same,
  foreground: same,
  background: same,
};

export function terminalStyle(coloured: boolean): Style {
  return coloured ? COLOURED : PLAIN;
}

/** Colour only for a terminal that wants it: honours NO_COLOR, FORCE_COLOR and TERM=dumb. */
export function wantsColour(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY && stream.hasColors();
}

// eslint-disable-next-line no-control-regex -- matching escape codes is the point
const ANSI = /\x1b\[[0-9;]*m/g;
const WIDE =
  /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;
const ZERO_WIDTH = /^(?:[\u200b-\u200f]|\p{M})$/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Columns a string takes on screen: escape codes take none, emoji and CJK take two. */
export function visibleWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text.replace(ANSI, ''))) {
    if (ZERO_WIDTH.test(segment)) continue;
    width += WIDE.test(segment) ? 2 : 1;
  }
  return width;
}

/** Word-wraps styled text; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  if (width <= 0 || visibleWidth(text) <= width) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && visibleWidth(candidate) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  lines.push(current);
  return lines;
}

/** Each line wrapped; a width of 0 leaves long lines to whatever reads the output. */
export function wrapAll(lines: readonly string[], width: number): string[] {
  return lines.flatMap((line) => wrap(line, width));
}
