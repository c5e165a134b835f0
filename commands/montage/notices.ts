import type { Montage } from '../../data/index.js';
import type { FilmLookup } from '../../src/lookup/find-montage.js';
import { escapeUserText } from '../../src/render/escape-user-text.js';
import { notice, staleControlNotice } from '../../src/render/interaction-responses.js';
import { openButtonsRow, pickMenuRow } from './components.js';
import { definition } from './definition.js';
import { montageLabel, RANK_COUNT_WORD } from './labels.js';

const orList = new Intl.ListFormat('en-GB', { type: 'disjunction' });

function quoted(query: string): string {
  return `“${escapeUserText(query)}”`;
}

function titles(montages: readonly Montage[]): string {
  return orList.format(montages.map((montage) => `**${montage.film.title}**`));
}

/** `film` names no single montage: say why, with a menu to pick one. */
export function lookupNotice(
  query: string,
  lookup: Extract<FilmLookup, { kind: 'creed' | 'ambiguous' | 'miss' }>,
  ownerId: string,
) {
  if (lookup.kind === 'miss' && lookup.suggestions.length > 0) {
    return notice(
      `No ranked montage matches ${quoted(query)}. Did you mean ${titles(lookup.suggestions)}?`,
      [pickMenuRow(ownerId, 'Open a suggestion…', lookup.suggestions)],
    );
  }
  if (lookup.kind !== 'ambiguous') {
    const why =
      lookup.kind === 'creed'
        ? `The article ranks only the ${RANK_COUNT_WORD} Rocky films, so *Creed*, *Creed II* and *Creed III* are not in it. Pick one of its montages below.`
        : `No ranked montage matches ${quoted(query)}. Try a title (\`Rocky IV\`), a number (\`4\`) or a name (\`Drago\`), or pick one below.`;
    return notice(why, [pickMenuRow(ownerId)]);
  }
  // Several fit; where a name is someone different in each film ("Duke"), each line says who.
  const { candidates, matchedAs } = lookup;
  const describe = (montage: Montage) => matchedAs.get(montage) ?? montage.tagline;
  const menu = pickMenuRow(ownerId, 'Choose a montage…', candidates, describe);
  const fits = `${quoted(query)} fits more than one montage`;
  if (matchedAs.size === 0) return notice(`${fits}: ${titles(candidates)}. Which one?`, [menu]);
  const lines = candidates.map((montage) => {
    const as = matchedAs.get(montage);
    return `- **${montage.film.title}**${as === undefined ? '' : `: ${as}`}`;
  });
  return notice([`${fits}. Which one?`, ...lines].join('\n'), [menu]);
}

/** `rank` and `film` disagree (`byFilm` lacks `byRank`): say so and let the member choose. */
export function conflictNotice(
  byRank: Montage,
  query: string,
  byFilm: readonly Montage[],
  ownerId: string,
) {
  const filmPart =
    byFilm.length === 0
      ? `no ranked montage matches ${quoted(query)}`
      : `${quoted(query)} is ${byFilm.map(montageLabel).join(' or ')}`;
  return notice(
    `Rank #${byRank.rank} is **${byRank.film.title}**, but ${filmPart}. Which did you mean?`,
    [openButtonsRow([byRank, ...byFilm], ownerId)],
  );
}

export const staleNotice = () => staleControlNotice(definition.name);
