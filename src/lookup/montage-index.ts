import { distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';
import { MONTAGES, type Montage } from '../../data/index.js';
import { foldText, normalizeQuery } from './normalize-query.js';

/** A film a name points at, and who or what the name is there when films share it ("Duke"). */
export interface NameOwner {
  readonly montage: Montage;
  readonly as?: string;
}

export interface IndexedName {
  /** A normalized title or alias, e.g. "rocky 4" or "drago". */
  readonly key: string;
  /** Every montage this name points at; more than one means the name is ambiguous ("apollo"). */
  readonly owners: readonly NameOwner[];
}

function buildNames(montages: readonly Montage[]): Map<string, NameOwner[]> {
  const names = new Map<string, NameOwner[]>();
  const add = (name: string, owner: NameOwner) => {
    const key = normalizeQuery(name).text;
    const owners = names.get(key) ?? [];
    if (!owners.some(({ montage }) => montage === owner.montage)) owners.push(owner);
    names.set(key, owners);
  };
  for (const montage of montages) {
    for (const name of [montage.film.title, ...montage.aliases]) add(name, { montage });
    for (const mention of montage.mentions) {
      for (const name of mention.names) add(name, { montage, as: mention.as });
    }
  }
  return names;
}

/** Built once at load; every lookup after that is a map hit, a scan of ~100 names or one Fuse search. */
const names = buildNames(MONTAGES);

export const exactNames: ReadonlyMap<string, readonly NameOwner[]> = names;

export const fuzzyNames = new Fuse<IndexedName>(
  [...names].map(([key, owners]) => ({ key, owners })),
  {
    keys: ['key'],
    includeScore: true,
    // Tolerates a typo or two in a short name ("rokcy", "balboaa") without matching unrelated words.
    threshold: 0.34,
    ignoreLocation: true,
  },
);

/** Every word of every name, for fixing one mistyped word inside a longer query ("rokcy 4"). */
const vocabulary = [...new Set([...names.keys()].flatMap((key) => key.split(' ')))].filter((word) =>
  /^[a-z]{3,}$/.test(word),
);
const knownWords = new Set(vocabulary);

/** Words that are clearly something else and must never become a film word ("https" -> "steps"). */
const NEVER_CORRECTED = new Set(['http', 'https', 'www', 'ftp', 'com', 'org', 'net', 'html']);

const SHORT_WORD = 4;

/** Longer than any film word by far: not a typo of one. */
const LONGEST_WORD = 20;

/**
 * Edits a correction may cost, by word length: one slip in four to seven letters ("rcky",
 * "dargo"), two from eight up ("philadelfia"); shorter words are left alone.
 */
function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  return length >= 4 ? 1 : 0;
}

/** "rokcy"/"rocky": two neighbouring letters swapped, which fans do more than any other slip. */
function isSwap(word: string, known: string): boolean {
  if (word.length !== known.length) return false;
  let first = 0;
  while (first < word.length && word[first] === known[first]) first += 1;
  const second = first + 1;
  return (
    second < word.length &&
    word[first] === known[second] &&
    word[second] === known[first] &&
    word.slice(second + 1) === known.slice(second + 1)
  );
}

/**
 * The cost of reading `word` as `known`: a swap costs one edit; otherwise the first letter must
 * match (people rarely miss it, and junk words rarely share it), then it is the edit distance.
 */
function correctionCost(word: string, known: string): number {
  if (isSwap(word, known)) return 1;
  if (word[0] !== known[0]) return Number.POSITIVE_INFINITY;
  // Changing or adding a letter of four makes too many real words ("show"/"snow", "song"/"son"):
  // a short word may only have dropped one ("rcky", "tomy").
  if (word.length <= SHORT_WORD && known.length !== word.length + 1) {
    return Number.POSITIVE_INFINITY;
  }
  return distance(word, known);
}

/**
 * The known word a misspelt word stands for, when one is clearly nearest and close for the
 * word's length ("rokcy" -> "rocky"); otherwise the word itself. A tie ("lane": "lang" or
 * "line"?) corrects nothing: guessing would pick a film at random.
 */
export function correctWord(word: string): string {
  const allowed = allowedEdits(word.length);
  if (allowed === 0 || word.length > LONGEST_WORD || knownWords.has(word)) return word;
  if (NEVER_CORRECTED.has(word) || !/^[a-z]+$/.test(word)) return word;
  let best: string | undefined;
  let bestCost = allowed + 1;
  let tied = false;
  for (const known of vocabulary) {
    if (Math.abs(known.length - word.length) > allowed) continue;
    const cost = correctionCost(word, known);
    if (cost < bestCost) {
      [best, bestCost, tied] = [known, cost, false];
    } else if (cost === bestCost) {
      tied = true;
    }
  }
  return best !== undefined && !tied ? best : word;
}

/** Titles and aliases as typed (folded, numerals untouched), for completing half-typed names. */
export const typedNames: readonly (readonly [name: string, montage: Montage])[] = MONTAGES.flatMap(
  (montage) =>
    [
      montage.film.title,
      ...montage.aliases,
      ...montage.mentions.flatMap((mention) => mention.names),
    ].map((name) => [foldText(name), montage] as const),
);
