import type { APIEmbed } from 'discord-api-types/v10';
import type { Montage } from '../../data/index.js';
import { montageLabel, positionLabel } from './montage-labels.js';
import { colourForRank } from './rank-colours.js';
import { SOURCE_CREDIT } from './source-credit.js';

function musicText(montage: Montage): string {
  const tracks = montage.music.tracks.map((track) => `“${track.title}”, ${track.credit}`);
  return [...tracks, `-# ${montage.music.note}`].join('\n');
}

function verdictText(montage: Montage): string {
  return `${montage.verdict.summary}\n> “${montage.verdict.quote}” (the article)`;
}

/** The rich answer to "tell me about this montage". */
export function montageEmbed(montage: Montage): APIEmbed {
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
    footer: { text: `${positionLabel(montage)} · ${SOURCE_CREDIT}` },
  };
}
