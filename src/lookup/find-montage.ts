import { MONTAGES, montageByRank, releaseYear, type Montage } from '../../data/index.js';
import { correctWords, exactNames, fuzzyNames } from './montage-index.js';
import { normalizeQuery } from './normalize-query.js';

export type FilmLookup =
  | { readonly kind: 'found'; readonly montage: Montage; readonly how: 'exact' | 'fuzzy' }
  /** The query fits several montages equally well ("Apollo"): offer them, never guess. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Montage[] }
  /** The Creed films are not in the article. */
  | { readonly kind: 'creed' }
  | { readonly kind: 'empty' }
  /** Nothing fits; suggestions are the nearest names, best first (possibly none for junk). */
  | { readonly kind: 'miss'; readonly suggestions: readonly Montage[] };

const CREED_FILM = /^creed( [1-3])?$/;

/** The hero's name is in almost every query, so on its own inside a longer query it decides nothing. */
const HERO = 'rocky';

/** A fuzzy match wins outright only if it is this good and clearly ahead of the next film. */
const CONFIDENT_SCORE = 0.3;
const CLEAR_LEAD = 0.1;
const MAX_SUGGESTIONS = 3;

export function findMontageByRank(rank: number): Montage | undefined {
  return Number.isInteger(rank) ? montageByRank(rank) : undefined;
}

/** Finds the montage a member means by free text: titles, numerals, years, people, places, typos. */
export function findMontage(query: string): FilmLookup {
  const { text, years } = normalizeQuery(query);
  if (text === '' && years.length === 0) return { kind: 'empty' };
  if (CREED_FILM.test(text)) return { kind: 'creed' };

  const fromYears = MONTAGES.filter((montage) => years.includes(releaseYear(montage)));
  if (text === '') return decide(fromYears, [], 'exact');

  const exact = exactNames.get(text) ?? namesContainedIn(text);
  if (exact.length > 0) return decide(exact, fromYears, 'exact');

  const corrected = correctWords(text);
  const afterCorrection = exactNames.get(corrected) ?? namesContainedIn(corrected);
  if (afterCorrection.length > 0) return decide(afterCorrection, fromYears, 'fuzzy');

  return fuzzyLookup(corrected, fromYears);
}

function decide(
  candidates: readonly Montage[],
  fromYears: readonly Montage[],
  how: 'exact' | 'fuzzy',
): FilmLookup {
  const agreeing =
    fromYears.length === 0
      ? candidates
      : candidates.filter((montage) => fromYears.includes(montage));
  if (agreeing.length === 1 && agreeing[0]) return { kind: 'found', montage: agreeing[0], how };
  // "Rocky IV (1976)": the name and the year disagree, so show both rather than pick one.
  const offered = agreeing.length > 0 ? agreeing : union(candidates, fromYears);
  if (offered.length === 0) return { kind: 'miss', suggestions: [] };
  if (offered.length === 1 && offered[0]) return { kind: 'found', montage: offered[0], how };
  return { kind: 'ambiguous', candidates: byRank(offered) };
}

/** "ivan drago fight" contains the name "ivan drago"; the longest contained names decide. */
function namesContainedIn(text: string): Montage[] {
  const padded = ` ${text} `;
  let longest = 0;
  let owners: Montage[] = [];
  for (const [key, montages] of exactNames) {
    if (key === HERO || key.length < 3 || !padded.includes(` ${key} `)) continue;
    if (key.length > longest) {
      longest = key.length;
      owners = [...montages];
    } else if (key.length === longest) {
      owners = union(owners, montages);
    }
  }
  return owners;
}

function fuzzyLookup(text: string, fromYears: readonly Montage[]): FilmLookup {
  const bestScoreByMontage = new Map<Montage, number>();
  let bestName: readonly Montage[] | undefined;
  for (const { item, score = 1 } of fuzzyNames.search(text, { limit: 20 })) {
    bestName ??= item.montages;
    for (const montage of item.montages) {
      if (!bestScoreByMontage.has(montage)) bestScoreByMontage.set(montage, score);
    }
  }
  const ranked = [...bestScoreByMontage].sort((a, b) => a[1] - b[1]);
  const [first, second] = ranked;
  if (!first || !bestName) return fromYears.length > 0 ? decide(fromYears, [], 'exact') : miss([]);

  const [montage, score] = first;
  const clearlyAhead = second === undefined || second[1] - score >= CLEAR_LEAD;
  if (score <= CONFIDENT_SCORE && bestName.length > 1) return decide(bestName, fromYears, 'fuzzy');
  if (score <= CONFIDENT_SCORE && clearlyAhead) return decide([montage], fromYears, 'fuzzy');
  return miss(ranked.map(([suggestion]) => suggestion));
}

function miss(suggestions: readonly Montage[]): FilmLookup {
  return { kind: 'miss', suggestions: suggestions.slice(0, MAX_SUGGESTIONS) };
}

function union(a: readonly Montage[], b: readonly Montage[]): Montage[] {
  return [...new Set([...a, ...b])];
}

function byRank(montages: readonly Montage[]): Montage[] {
  return [...montages].sort((a, b) => a.rank - b.rank);
}
