import type { APIEmbed, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { ARTICLE_SOURCE, COUNTDOWN, type Montage } from '../../data/index.js';
import { navigationRow, pickMenuRow } from './components.js';
import { montageLabel, positionLabel } from './labels.js';
import { colourForRank } from './rank-colours.js';

/**
 * Credits the article by its title and year, and says the title is only the likely one; its
 * publisher is unverified, so none is named.
 */
const SOURCE_CREDIT = `Source: “${ARTICLE_SOURCE.title}” (${ARTICLE_SOURCE.year}; ${ARTICLE_SOURCE.titleNote})`;

function musicText(montage: Montage): string {
  const tracks = montage.music.tracks.map((track) => `“${track.title}”, ${track.credit}`);
  return [...tracks, `-# ${montage.music.note}`].join('\n');
}

function verdictText(montage: Montage): string {
  return `${montage.verdict.summary}\n> “${montage.verdict.quote}” (the article)`;
}

/** The rich answer to "tell me about this montage". */
function buildMontageEmbed(montage: Montage): APIEmbed {
  return {
    title: montageLabel(montage),
    description: `${montage.summary}\n-# Directed by ${montage.film.director}`,
    color: colourForRank(montage.rank),
    fields: [
      { name: '🥊 Who trains whom', value: montage.training.arrangement },
      { name: '🎯 Training for', value: montage.fight.stakes },
      { name: '📍 Setting', value: montage.setting },
      { name: '🎵 Music', value: musicText(montage) },
      {
        name: '⭐ Memorable moments',
        value: montage.moments.map((moment) => `• ${moment}`).join('\n'),
      },
      { name: `🏆 Why it ranks #${montage.rank}`, value: verdictText(montage) },
    ],
    footer: { text: `${positionLabel(montage)}\n${SOURCE_CREDIT}` },
  };
}

/** The whole countdown, as the article runs it: from #6 up to #1. */
function buildRankingEmbed(): APIEmbed {
  return {
    title: 'The Rocky training montages, ranked',
    description: COUNTDOWN.map(
      (montage) => `**${montageLabel(montage)}** · ${montage.tagline}`,
    ).join('\n'),
    color: colourForRank(1),
    footer: { text: `Pick one below to open it.\n${SOURCE_CREDIT}` },
  };
}

/** Deep-frozen, so a shared embed cannot be changed by one answer under another. */
function frozen(embed: APIEmbed): APIEmbed {
  for (const field of embed.fields ?? []) Object.freeze(field);
  if (embed.fields) Object.freeze(embed.fields);
  if (embed.footer) Object.freeze(embed.footer);
  return Object.freeze(embed);
}

// An embed depends only on its montage (the owner lives in the buttons), so each is built once,
// on first use, and shared: rebuilding it was most of an answer's cost (docs/benchmarks.md, Core).
const montageEmbeds = new Map<number, APIEmbed>();
let rankingEmbedOnce: APIEmbed | undefined;

function montageEmbed(montage: Montage): APIEmbed {
  let embed = montageEmbeds.get(montage.rank);
  if (embed === undefined) {
    embed = frozen(buildMontageEmbed(montage));
    montageEmbeds.set(montage.rank, embed);
  }
  return embed;
}

function rankingEmbed(): APIEmbed {
  rankingEmbedOnce ??= frozen(buildRankingEmbed());
  return rankingEmbedOnce;
}

export function montageMessage(
  montage: Montage,
  ownerId: string,
): APIInteractionResponseCallbackData {
  return { embeds: [montageEmbed(montage)], components: [navigationRow(montage, ownerId)] };
}

export function rankingMessage(ownerId: string): APIInteractionResponseCallbackData {
  return {
    embeds: [rankingEmbed()],
    components: [pickMenuRow(COUNTDOWN, ownerId, 'Open a montage…')],
  };
}
