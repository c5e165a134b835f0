/** Roman and spelled-out numerals people use for the sequels ("Rocky IV", "rocky four"). */
const NUMERALS: Readonly<Record<string, string>> = {
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
};

/** "i" and "v" are numerals only next to a series word ("rocky i") or alone; elsewhere they are words. */
const AMBIGUOUS_NUMERALS = new Set(['i', 'v']);
const SERIES_WORDS = new Set(['rocky', 'creed']);

/** Words that say nothing about which film is meant ("the Rocky IV montage"). */
const FILLER_WORDS = new Set(['the', 'a', 'film', 'movie', 'montage', 'training', 'part']);

const YEAR = /^(19|20)\d\d$/;

export interface NormalizedQuery {
  /** Lower-case ASCII words, numerals as digits, years and filler removed, e.g. "rocky 4". */
  readonly text: string;
  /** Four-digit years the query mentioned, e.g. 1976 for "Rocky (1976)". */
  readonly years: readonly number[];
}

/** Case, accents and punctuation folded away, words kept as typed: "Rócky-IV" -> "rocky iv". */
export function foldText(raw: string): string {
  return (
    raw
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/'/g, '')
      // "rocky4" and "rockyiv" are common when people skip the space.
      .replace(/\b(rocky|creed)(\d|i{1,3}\b|iv\b|vi?\b)/g, '$1 $2')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/**
 * Folds case, accents, punctuation, spacing and numeral style so that "Rocky IV", "rocky 4",
 * "ROCKY-iv", "rocky4" and "Rócky Four" all become "rocky 4".
 */
export function normalizeQuery(raw: string): NormalizedQuery {
  const words = foldText(raw)
    .split(' ')
    .filter((word) => word.length > 0);

  const years: number[] = [];
  const kept: string[] = [];
  for (const word of words) {
    if (YEAR.test(word)) {
      years.push(Number(word));
      continue;
    }
    const previous = kept.at(-1);
    const numeral = NUMERALS[word];
    const inSeriesContext =
      words.length === 1 || (previous !== undefined && SERIES_WORDS.has(previous));
    const isNumeral = numeral !== undefined && (inSeriesContext || !AMBIGUOUS_NUMERALS.has(word));
    kept.push(isNumeral ? numeral : word);
  }
  const meaningful = kept.filter((word) => !FILLER_WORDS.has(word));
  return { text: (meaningful.length > 0 ? meaningful : kept).join(' '), years };
}
