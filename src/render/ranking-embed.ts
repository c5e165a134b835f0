import type { APIEmbed } from 'discord-api-types/v10';
import { COUNTDOWN } from '../../data/index.js';
import { montageLabel } from './montage-labels.js';
import { colourForRank } from './rank-colours.js';
import { SOURCE_CREDIT } from './source-credit.js';

/** The whole countdown, as the article runs it: from #6 up to #1. */
export function rankingEmbed(): APIEmbed {
  return {
    title: 'The Rocky training montages, ranked',
    description: COUNTDOWN.map(
      (montage) => `**${montageLabel(montage)}** · ${montage.tagline}`,
    ).join('\n'),
    color: colourForRank(1),
    footer: { text: `Pick one below to open it · ${SOURCE_CREDIT}` },
  };
}
