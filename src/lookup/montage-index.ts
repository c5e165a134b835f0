import { closest, distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';
import { MONTAGES, type Montage } from '../../data/index.js';
import { foldText, normalizeQuery } from './normalize-query.js';

export interface IndexedName {
  /** A normalized title or alias, e.g. "rocky 4" or "drago". */
  readonly key: string;
  /** Every montage this name points at; more than one means the name is ambiguous ("apollo"). */
  readonly montages: readonly Montage[];
}

function buildNames(montages: readonly Montage[]): Map<string, Montage[]> {
  const names = new Map<string, Montage[]>();
  for (const montage of montages) {
    for (const name of [montage.film.title, ...montage.aliases]) {
      const key = normalizeQuery(name).text;
      const owners = names.get(key) ?? [];
      if (!owners.includes(montage)) owners.push(montage);
      names.set(key, owners);
    }
  }
  return names;
}

/** Built once at load; every lookup after that is a map hit or one Fuse search. */
const names = buildNames(MONTAGES);

export const exactNames: ReadonlyMap<string, readonly Montage[]> = names;

export const fuzzyNames = new Fuse<IndexedName>(
  [...names].map(([key, montages]) => ({ key, montages })),
  {
    keys: ['key'],
    includeScore: true,
    // Tolerates a typo or two in a short name ("rokcy", "balboaa") without matching unrelated words.
    threshold: 0.34,
    ignoreLocation: true,
  },
);

/** Every word of every name, for fixing one mistyped word inside a longer query ("rokcy 4"). */
const vocabulary = [...new Set([...names.keys()].flatMap((key) => key.split(' ')))];
const knownWords = new Set(vocabulary);

/**
 * Edits allowed for a word of this length: a swapped pair of letters costs 2, so five letters
 * or more allow one transposition ("rokcy", "dargo"); four letters allow one slip ("tomy").
 */
function allowedEdits(length: number): number {
  if (length >= 5) return 2;
  return length === 4 ? 1 : 0;
}

/** Replaces each unknown word with the nearest known one when it is close: "rokcy 4" -> "rocky 4". */
export function correctWords(text: string): string {
  return text
    .split(' ')
    .map((word) => {
      const allowed = allowedEdits(word.length);
      if (knownWords.has(word) || allowed === 0) return word;
      const nearest = closest(word, vocabulary);
      return distance(word, nearest) <= allowed ? nearest : word;
    })
    .join(' ');
}

/** Titles and aliases as typed (folded, numerals untouched), for completing half-typed names. */
export const typedNames: readonly (readonly [name: string, montage: Montage])[] = MONTAGES.flatMap(
  (montage) =>
    [montage.film.title, ...montage.aliases].map((name) => [foldText(name), montage] as const),
);
