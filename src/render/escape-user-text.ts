import { escapeMarkdown } from '@discordjs/builders';

/** How much of a member's text we echo back; enough to recognise it, never enough to spam. */
const ECHO_LIMIT = 60;

const ZERO_WIDTH_SPACE = '\u200b';
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Generous for any grapheme cluster we would keep, and it bounds the work on a 60 KB input. */
const CODE_UNITS_PER_GRAPHEME = 16;

/** Bidi controls (U+202E…) would reorder the bot's own words; joiners stay, or emoji break. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Half of a surrogate pair with no other half: not text, and JSON encoders disagree on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A member's text made safe to show back: one line, shortened, markdown escaped, masked links and
 * every `<…>` or `@` broken, so no mention or link is even drawn (allowed_mentions stops pings).
 */
export function escapeUserText(text: string): string {
  const oneLine = text
    .slice(0, ECHO_LIMIT * CODE_UNITS_PER_GRAPHEME)
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(BIDI_CONTROLS, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .trim();
  // Cut between graphemes so an emoji or accented letter is never split in half.
  const graphemes = Array.from(segmenter.segment(oneLine), (part) => part.segment);
  const cut = graphemes.slice(0, ECHO_LIMIT - 1).join('');
  const shortened = graphemes.length > ECHO_LIMIT ? `${cut.trimEnd()}…` : oneLine;
  // escapeMarkdown's own maskedLink option escapes only the first of several links on a line.
  return escapeMarkdown(shortened)
    .replace(/\]\(/g, `]${ZERO_WIDTH_SPACE}(`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/<(?=\S)/g, `<${ZERO_WIDTH_SPACE}`);
}
