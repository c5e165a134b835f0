import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { COUNTDOWN, type Montage } from '../../data/index.js';
import { navigationRow, pickMenuRow } from './montage-components.js';
import { montageEmbed } from './montage-embed.js';
import { rankingEmbed } from './ranking-embed.js';

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
