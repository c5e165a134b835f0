import { definition } from './definition.js';

/** Stateless, so clicks survive restarts and shards; it names who asked, as others get a copy. */
export type MontageControl =
  | { readonly action: 'show'; readonly rank: number; readonly ownerId: string }
  /** `pick` is a select menu; the chosen rank arrives in the interaction's values. */
  | { readonly action: 'ranking' | 'pick'; readonly ownerId: string };

/** The command's name: the core routes a click to the command its custom_id starts with. */
const PREFIX = definition.name;

/** Disabled end-of-ranking buttons still need ids unique within the message. */
export const EDGE_IDS = { previous: `${PREFIX}:edge:previous`, next: `${PREFIX}:edge:next` };

export function encodeControl(control: MontageControl): string {
  const rank = control.action === 'show' ? `:${control.rank}` : '';
  return `${PREFIX}:${control.action}${rank}:${control.ownerId}`;
}

const CONTROL = new RegExp(`^${PREFIX}:(?:show:(\\d)|(ranking|pick)):(\\d{1,20})$`);

/** Returns undefined for anything this bot did not write (old layouts, crafted ids). */
export function decodeControl(customId: string): MontageControl | undefined {
  const [, rank, action, ownerId = ''] = CONTROL.exec(customId) ?? [];
  if (rank !== undefined) return { action: 'show', rank: Number(rank), ownerId };
  if (action === 'ranking' || action === 'pick') return { action, ownerId };
  return undefined;
}
