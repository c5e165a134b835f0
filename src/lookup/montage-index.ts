import { distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';
import { MONTAGES, type Montage } from '../../data/index.js';
import { foldText, normalizeQuery } from './normalize-query.js';

/** A film a name points at, and who or what the name is there when films share it ("Duke"). */
export interface NameOwner {
  readonly montage: Montage;
  readonly as?: string | undefined;
}

const NAMED = MONTAGES.flatMap((montage): (NameOwner & { readonly name: string })[] => [
  ...[montage.film.title, ...montage.aliases].map((name) => ({ name, montage })),
  ...montage.mentions.flatMap(({ names, as }) => names.map((name) => ({ name, montage, as }))),
]);

/** Normalized name ("rocky 4", "drago") -> its montages ("apollo": several), built once at load. */
const names = new Map<string, NameOwner[]>();
for (const { name, montage, as } of NAMED) {
  const key = normalizeQuery(name).text;
  const owners = names.get(key) ?? [];
  if (!owners.some((owner) => owner.montage === montage)) owners.push({ montage, as });
  names.set(key, owners);
}
export const exactNames: ReadonlyMap<string, readonly NameOwner[]> = names;

export const fuzzyNames = new Fuse(
  [...exactNames].map(([key, owners]) => ({ key, owners })),
  {
    keys: ['key'],
    includeScore: true,
    // Tolerates a typo or two in a short name ("rokcy", "balboaa") without matching unrelated words.
    threshold: 0.34,
    ignoreLocation: true,
  },
);

/** Every word of every name, for fixing one mistyped word inside a longer query ("rokcy 4"). */
const vocabulary = [...new Set([...exactNames.keys()].flatMap((key) => key.split(' ')))].filter(
  (word) => /^[a-z]{3,}$/.test(word),
);
const knownWords = new Set(vocabulary);

/** Words that are clearly something else and must never become a film word ("https" -> "steps"). */
const NEVER_CORRECTED = new Set(['http', 'https', 'www', 'ftp', 'com', 'org', 'net', 'html']);

const SHORT_WORD = 4;

/** Longer than any film word by far: not a typo of one. */
const LONGEST_WORD = 20;

/** One slip in four to seven letters ("dargo"), two from eight ("philadelfia"), none below. */
function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  return length >= 4 ? 1 : 0;
}

/** "rokcy"/"rocky": two neighbouring letters swapped, which fans do more than any other slip. */
// Runs for every vocabulary word on every misspelt word: compares characters, builds no strings.
function isSwap(word: string, known: string): boolean {
  if (word.length !== known.length) return false;
  let at = 0;
  while (at < word.length && word[at] === known[at]) at += 1;
  return (
    at + 1 < word.length &&
    word[at] === known[at + 1] &&
    word[at + 1] === known[at] &&
    word.slice(at + 2) === known.slice(at + 2)
  );
}

/** A swap costs one edit; otherwise the first letter must match (junk rarely shares it). */
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

/** The known word clearly nearest a misspelt one ("rokcy"); a tie ("lane": "lang"?) is a guess. */
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
export const typedNames = NAMED.map(({ name, montage }) => [foldText(name), montage] as const);
