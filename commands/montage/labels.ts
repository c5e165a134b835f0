import { RANK_COUNT, releaseYear, type Montage } from '../../data/index.js';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "six": how many montages the article ranks, in words, from the data rather than by hand. */
export const RANK_COUNT_WORD = NUMBER_WORDS[RANK_COUNT] ?? String(RANK_COUNT);

const ORDINAL_SUFFIXES: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd' };
const ordinalRule = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** "#2 · Rocky IV (1985)": how a montage is named everywhere the bot shows one. */
export function montageLabel(montage: Montage): string {
  return `#${montage.rank} · ${montage.film.title} (${releaseYear(montage)})`;
}

/** The article counts down from #6, so #6 is where the countdown starts, not its end. */
export function positionLabel(montage: Montage): string {
  const ranked = `Ranked #${montage.rank} of ${RANK_COUNT}`;
  if (montage.rank === RANK_COUNT) return `${ranked} · the countdown starts here`;
  if (montage.rank === 1) return `${ranked} · the top of the countdown`;
  const step = RANK_COUNT - montage.rank + 1;
  const suffix = ORDINAL_SUFFIXES[ordinalRule.select(step)] ?? 'th';
  return `${ranked} · ${step}${suffix} in the countdown from #${RANK_COUNT} to #1`;
}
