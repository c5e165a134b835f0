import type { APIInteractionResponseChannelMessageWithSource } from 'discord-api-types/v10';
import type { Montage } from '../../data/index.js';
import { escapeUserText } from '../../src/render/escape-user-text.js';
import { notice, staleControlNotice } from '../../src/render/interaction-responses.js';
import { openButtonsRow, pickMenuRow } from './components.js';
import { definition } from './definition.js';
import { montageLabel, RANK_COUNT_WORD } from './labels.js';

type Notice = APIInteractionResponseChannelMessageWithSource;

const orList = new Intl.ListFormat('en-GB', { type: 'disjunction' });

function quoted(query: string): string {
  return `“${escapeUserText(query)}”`;
}

function titles(montages: readonly Montage[]): string {
  return orList.format(montages.map((montage) => `**${montage.film.title}**`));
}

export function missNotice(
  query: string,
  suggestions: readonly Montage[],
  ownerId: string,
): Notice {
  if (suggestions.length > 0) {
    return notice(
      `No ranked montage matches ${quoted(query)}. Did you mean ${titles(suggestions)}?`,
      [pickMenuRow(ownerId, 'Open a suggestion…', suggestions)],
    );
  }
  return notice(
    `No ranked montage matches ${quoted(query)}. Try a title (\`Rocky IV\`), a number (\`4\`) or a name (\`Drago\`), or pick one below.`,
    [pickMenuRow(ownerId)],
  );
}

/** Several fit; where a name is someone different in each film ("Duke"), each line says who. */
export function ambiguousNotice(
  query: string,
  candidates: readonly Montage[],
  ownerId: string,
  matchedAs: ReadonlyMap<Montage, string>,
): Notice {
  const describe = (montage: Montage) => matchedAs.get(montage) ?? montage.tagline;
  const menu = pickMenuRow(ownerId, 'Choose a montage…', candidates, describe);
  if (!candidates.some((montage) => matchedAs.has(montage))) {
    return notice(
      `${quoted(query)} fits more than one montage: ${titles(candidates)}. Which one?`,
      [menu],
    );
  }
  const lines = candidates.map((montage) => {
    const as = matchedAs.get(montage);
    return `- **${montage.film.title}**${as === undefined ? '' : `: ${as}`}`;
  });
  return notice([`${quoted(query)} fits more than one montage. Which one?`, ...lines].join('\n'), [
    menu,
  ]);
}

export function creedNotice(ownerId: string): Notice {
  return notice(
    `The article ranks only the ${RANK_COUNT_WORD} Rocky films, so *Creed*, *Creed II* and *Creed III* are not in it. Pick one of its montages below.`,
    [pickMenuRow(ownerId)],
  );
}

/** `rank` and `film` disagree (`byFilm` lacks `byRank`): say so and let the member choose. */
export function conflictNotice(
  byRank: Montage,
  query: string,
  byFilm: readonly Montage[],
  ownerId: string,
): Notice {
  const filmPart =
    byFilm.length === 0
      ? `no ranked montage matches ${quoted(query)}`
      : `${quoted(query)} is ${byFilm.map(montageLabel).join(' or ')}`;
  return notice(
    `Rank #${byRank.rank} is **${byRank.film.title}**, but ${filmPart}. Which did you mean?`,
    [openButtonsRow([byRank, ...byFilm], ownerId)],
  );
}

export const staleNotice = (): Notice => staleControlNotice(definition.name);
