import { MONTAGES, type Montage } from '../../data/index.js';
import { findMontage, MAX_QUERY_LENGTH, montagesOf } from './find-montage.js';
import { typedNames } from './montage-index.js';
import { foldText } from './normalize-query.js';

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
