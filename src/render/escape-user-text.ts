import { escapeMarkdown } from '@discordjs/builders';

/** How much of a member's text we echo back; enough to recognise it, never enough to spam. */
const ECHO_LIMIT = 60;

const ZERO_WIDTH_SPACE = '\u200b';
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Makes text a member typed safe to show back to them: one line, shortened, markdown escaped,
 * and mention syntax broken so "@everyone" or "<@123>" renders as plain text. allowed_mentions
 * already stops pings; this also stops the mention from being drawn.
 */
export function escapeUserText(text: string, limit = ECHO_LIMIT): string {
  const oneLine = text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
  // Cut between graphemes so an emoji or accented letter is never split in half.
  const graphemes = Array.from(segmenter.segment(oneLine), (part) => part.segment);
  const shortened =
    graphemes.length > limit
      ? `${graphemes
          .slice(0, limit - 1)
          .join('')
          .trimEnd()}…`
      : oneLine;
  return escapeMarkdown(shortened)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/<(?=[@#:/a]|t:)/g, `<${ZERO_WIDTH_SPACE}`);
}
