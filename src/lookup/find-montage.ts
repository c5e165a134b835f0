import { MONTAGES, releaseYear, type Montage } from '../../data/index.js';
import { correctWord, exactNames, fuzzyNames, typedNames } from './montage-index.js';
import type { NameOwner } from './montage-index.js';
import { foldText, normalizeQuery } from './normalize-query.js';

/** The `film` option's limit; autocomplete values have none, so every path cuts its input first. */
export const MAX_QUERY_LENGTH = 100;

export type FilmLookup =
  | { readonly kind: 'found'; readonly montage: Montage; readonly how: 'exact' | 'fuzzy' }
  /** Several fit equally ("Apollo"): offer them, never guess; `matchedAs` says who each one is. */
  | {
      readonly kind: 'ambiguous';
      readonly candidates: readonly Montage[];
      readonly matchedAs: ReadonlyMap<Montage, string>;
    }
  /** The Creed films are not in the article. */
  | { readonly kind: 'creed' }
  | { readonly kind: 'empty' }
  /** Nothing fits; suggestions are the nearest names, best first (possibly none for junk). */
  | { readonly kind: 'miss'; readonly suggestions: readonly Montage[] };

const CREED_FILM = /^(adonis )?creed( [1-3])?$/;

/** The hero's name is in almost every title, so on its own inside a longer query it decides nothing. */
const HERO = 'rocky';

/** A fuzzy match wins outright only if it is this good and clearly ahead of the next film. */
const CONFIDENT_SCORE = 0.3;
const CLEAR_LEAD = 0.1;
const MAX_SUGGESTIONS = 3;
/** Names this short ("la", "1") count only as the whole query, never inside a longer one. */
const SHORTEST_CONTAINED_NAME = 3;

/** Finds the montage a member means by free text: titles, numerals, years, people, places, typos. */
export function findMontage(query: string): FilmLookup {
  const capped = query.slice(0, MAX_QUERY_LENGTH);
  if (capped.trim() === '') return { kind: 'empty' };
  const { text, years, corrected } = normalizeQuery(capped, correctWord);
  // Only emoji, symbols, links or mentions: something was sent, but nothing names a film.
  if (text === '' && years.length === 0) return miss([]);
  if (CREED_FILM.test(text)) return { kind: 'creed' };
  const how = corrected ? 'fuzzy' : 'exact';

  const fromYears = MONTAGES.filter((montage) => years.includes(releaseYear(montage)));
  // "rocky 1985": the hero's name is in every title, so the year decides.
  const yearDecides = years.length > 0 && (text === '' || text === HERO);
  const named = yearDecides ? [] : (exactNames.get(text) ?? namesContainedIn(text));
  if (named.length > 0) return decide(named, fromYears, how);
  if (fromYears.length > 0) return decide(owned(fromYears), [], how);
  return yearDecides ? miss([]) : fuzzyLookup(text);
}

/** While typing: an exact match, then names the text begins ("rocky i") by rank, then guesses. */
export function suggestMontages(text: string): readonly Montage[] {
  const capped = text.slice(0, MAX_QUERY_LENGTH);
  const lookup = findMontage(capped);
  if (lookup.kind === 'empty' || lookup.kind === 'creed') return MONTAGES;

  const typed = foldText(capped);
  const completing = MONTAGES.filter((montage) =>
    typedNames.some(([name, owner]) => owner === montage && name.startsWith(typed)),
  );
  if (lookup.kind === 'found' && lookup.how === 'exact') {
    return [...new Set([lookup.montage, ...completing])];
  }
  // A guess from a few letters is weaker than the names those letters begin.
  return [...new Set([...completing, ...montagesOf(lookup)])];
}

export function montagesOf(lookup: FilmLookup): readonly Montage[] {
  if (lookup.kind === 'found') return [lookup.montage];
  if (lookup.kind === 'ambiguous') return lookup.candidates;
  return lookup.kind === 'miss' ? lookup.suggestions : [];
}

function owned(montages: readonly Montage[]): NameOwner[] {
  return montages.map((montage) => ({ montage }));
}

function decide(
  named: readonly NameOwner[],
  fromYears: readonly Montage[],
  how: 'exact' | 'fuzzy',
): FilmLookup {
  const agreeing = named.filter(({ montage }) => fromYears.includes(montage));
  // No year, or "Rocky IV (1976)" where name and year disagree: offer all rather than pick one.
  const offered = agreeing.length > 0 ? agreeing : [...named, ...owned(fromYears)];
  const candidates = [...new Set(offered.map(({ montage }) => montage))].sort(
    (a, b) => a.rank - b.rank,
  );
  const [only] = candidates;
  if (candidates.length === 1 && only) return { kind: 'found', montage: only, how };
  const matchedAs = new Map<Montage, string>();
  for (const { montage, as } of offered) {
    if (as !== undefined && !matchedAs.has(montage)) matchedAs.set(montage, as);
  }
  return { kind: 'ambiguous', candidates, matchedAs };
}

/** Each name in the text votes for its films; most votes win ("paulie meat locker": Rocky). */
function namesContainedIn(text: string): NameOwner[] {
  const padded = ` ${text} `;
  const votes = new Map<Montage, { count: number; owner: NameOwner }>();
  for (const [key, owners] of exactNames) {
    if (key === HERO || key.length < SHORTEST_CONTAINED_NAME || !padded.includes(` ${key} `)) {
      continue;
    }
    for (const owner of owners) {
      const vote = votes.get(owner.montage);
      votes.set(owner.montage, { count: (vote?.count ?? 0) + 1, owner: vote?.owner ?? owner });
    }
  }
  const most = Math.max(0, ...[...votes.values()].map(({ count }) => count));
  return [...votes.values()].filter(({ count }) => count === most).map(({ owner }) => owner);
}

/** Sequel numbers the films use; "rocky 7" or "rocky 10" names a film that is not there. */
const FILM_NUMBER = /^[1-6]$/;

/** Fuse's cost grows with the pattern (32-character chunks); no name is longer than this. */
const LONGEST_FUZZY_TEXT = 32;

/** Fuse finds short texts inside longer names ("hi" in "philly"): under four letters, no typo. */
const SHORTEST_FUZZY_TEXT = 4;

function fuzzyLookup(text: string): FilmLookup {
  if (text.length > LONGEST_FUZZY_TEXT || text.length < SHORTEST_FUZZY_TEXT) return miss([]);
  const unknownNumber = text
    .split(' ')
    .some((word) => /^\d+$/.test(word) && !FILM_NUMBER.test(word));
  const hits = fuzzyNames.search(text, { limit: 20 });
  // Fuse returns hits best first, so each montage's first hit holds its best score.
  const scores = new Map<Montage, number>();
  for (const { item, score = 1 } of hits) {
    for (const { montage } of item.owners) if (!scores.has(montage)) scores.set(montage, score);
  }
  const [best] = hits;
  const [score = 1, next] = scores.values();
  const clearlyAhead = next === undefined || next - score >= CLEAR_LEAD;
  // A name several films share ("apollo") is offered as it is, however close the next one.
  const decisive = best !== undefined && (best.item.owners.length > 1 || clearlyAhead);
  if (decisive && !unknownNumber && score <= CONFIDENT_SCORE) {
    return decide(best.item.owners, [], 'fuzzy');
  }
  return miss([...scores.keys()]);
}

function miss(suggestions: readonly Montage[]): FilmLookup {
  return { kind: 'miss', suggestions: suggestions.slice(0, MAX_SUGGESTIONS) };
}
