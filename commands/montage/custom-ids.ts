import { definition } from './definition.js';

/**
 * Buttons and menus are stateless: everything needed to answer a click travels in its custom_id,
 * so clicks work after a restart, on any shard and on any HTTP replica.
 *
 * The owner is the member who asked; a click by anyone else gets a private copy instead of
 * changing the owner's message under them.
 */
export type MontageControl =
  | { readonly action: 'show'; readonly rank: number; readonly ownerId: string }
  | { readonly action: 'ranking'; readonly ownerId: string }
  /** A select menu; the chosen rank arrives in the interaction's values. */
  | { readonly action: 'pick'; readonly ownerId: string };

/** The command's name: the core routes a click to the command its custom_id starts with. */
const MONTAGE_CONTROL_PREFIX = definition.name;

/** Disabled end-of-ranking buttons still need ids unique within the message. */
export const EDGE_IDS = {
  previous: `${MONTAGE_CONTROL_PREFIX}:edge:previous`,
  next: `${MONTAGE_CONTROL_PREFIX}:edge:next`,
} as const;

export function encodeControl(control: MontageControl): string {
  switch (control.action) {
    case 'show':
      return `${MONTAGE_CONTROL_PREFIX}:show:${control.rank}:${control.ownerId}`;
    case 'ranking':
    case 'pick':
      return `${MONTAGE_CONTROL_PREFIX}:${control.action}:${control.ownerId}`;
  }
}

const SNOWFLAKE = /^\d{1,20}$/;

/** Returns undefined for anything this bot did not write (old layouts, crafted ids). */
export function decodeControl(customId: string): MontageControl | undefined {
  const [prefix, action, ...rest] = customId.split(':');
  if (prefix !== MONTAGE_CONTROL_PREFIX) return undefined;
  if (action === 'show' && rest.length === 2) {
    const [rankText = '', ownerId = ''] = rest;
    const rank = Number(rankText);
    return /^\d$/.test(rankText) && SNOWFLAKE.test(ownerId) ? { action, rank, ownerId } : undefined;
  }
  if ((action === 'ranking' || action === 'pick') && rest.length === 1) {
    const [ownerId = ''] = rest;
    return SNOWFLAKE.test(ownerId) ? { action, ownerId } : undefined;
  }
  return undefined;
}
