import { RANK_COUNT, releaseYear, type Montage } from '../../data/index.js';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "six": how many montages the article ranks, in words, from the data rather than by hand. */
export const RANK_COUNT_WORD = NUMBER_WORDS[RANK_COUNT] ?? String(RANK_COUNT);

/** "#2 · Rocky IV (1985)": how a montage is named everywhere the bot shows one. */
export function montageLabel(montage: Montage): string {
  return `#${montage.rank} · ${montage.film.title} (${releaseYear(montage)})`;
}

/** "Montage 2 of 6". */
export function positionLabel(montage: Montage): string {
  return `Montage ${montage.rank} of ${RANK_COUNT}`;
}
