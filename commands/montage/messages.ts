import type { APIEmbed } from 'discord-api-types/v10';
import { ARTICLE_SOURCE, COUNTDOWN, MONTAGES, type Montage } from '../../data/index.js';
import { navigationRow, pickMenuRow } from './components.js';
import { montageLabel, positionLabel } from './labels.js';
import { colourForRank } from './rank-colours.js';

/** Credits the article by title and year, saying the title is only the likely one; no publisher. */
const SOURCE_CREDIT = `Source: “${ARTICLE_SOURCE.title}” (${ARTICLE_SOURCE.year}; ${ARTICLE_SOURCE.titleNote})`;

function montageEmbed(montage: Montage): APIEmbed {
  const tracks = montage.music.tracks.map((track) => `“${track.title}”, ${track.credit}`);
  return {
    title: montageLabel(montage),
    description: `${montage.summary}\n-# Directed by ${montage.film.director}`,
    color: colourForRank(montage.rank),
    fields: [
      { name: '🥊 Who trains whom', value: montage.training.arrangement },
      { name: '🎯 Training for', value: montage.fight.stakes },
      { name: '📍 Setting', value: montage.setting },
      { name: '🎵 Music', value: [...tracks, `-# ${montage.music.note}`].join('\n') },
      {
        name: '⭐ Memorable moments',
        value: montage.moments.map((moment) => `• ${moment}`).join('\n'),
      },
      {
        name: `🏆 Why it ranks #${montage.rank}`,
        value: `${montage.verdict.summary}\n> “${montage.verdict.quote}” (the article)`,
      },
    ],
    footer: { text: `${positionLabel(montage)}\n${SOURCE_CREDIT}` },
  };
}

/** Deep-frozen, so a shared embed cannot be changed by one answer under another. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

// An embed depends only on its montage (the owner lives in the buttons), so each is built once
// and shared: rebuilding it was most of an answer's cost (docs/benchmarks.md, Core).
const MONTAGE_EMBEDS = new Map(
  MONTAGES.map((montage) => [montage, deepFreeze(montageEmbed(montage))]),
);

const RANKING_EMBED: APIEmbed = deepFreeze({
  title: 'The Rocky training montages, ranked',
  description: COUNTDOWN.map((montage) => `**${montageLabel(montage)}** · ${montage.tagline}`).join(
    '\n',
  ),
  color: colourForRank(1),
  footer: { text: `Pick one below to open it.\n${SOURCE_CREDIT}` },
});

export function montageMessage(montage: Montage, ownerId: string) {
  const embed = MONTAGE_EMBEDS.get(montage) ?? montageEmbed(montage);
  return { embeds: [embed], components: [navigationRow(montage, ownerId)] };
}

export function rankingMessage(ownerId: string) {
  return { embeds: [RANKING_EMBED], components: [pickMenuRow(ownerId)] };
}
