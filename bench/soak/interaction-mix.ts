import {
  ApplicationCommandOptionType as OptionType,
  ComponentType,
  type APIMessage,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { RANK_COUNT } from '../../data/index.js';
import { createFixtureUser, type FixtureGuild } from '../../src/local-discord/fixtures.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import type {
  InteractionPlace,
  MemberInteraction,
} from '../../src/local-discord/interaction-envelope.js';
import type { Random } from '../../fixtures/seeded-random.js';

/**
 * What users do during the soak: look up montages by rank and by film, type into the film
 * autocomplete, and press buttons on replies the bot gave earlier (their own, or someone else's,
 * which the core answers differently).
 */
export type InteractionKind = 'rank' | 'film' | 'autocomplete' | 'button';
export const INTERACTION_KINDS: readonly InteractionKind[] = [
  'rank',
  'film',
  'autocomplete',
  'button',
];

/** A reply with buttons that later interactions can press. */
export interface PressableMessage {
  readonly guildId: string;
  readonly channelId: string;
  readonly messageId: string;
}

export interface MixedInteraction {
  readonly kind: InteractionKind;
  readonly interaction: MemberInteraction;
  readonly place: InteractionPlace & { readonly guildId: string; readonly channelId: string };
}

// Hits, misses, ambiguous and the Creed special case all take different paths through the core.
const FILMS = [
  'Rocky IV',
  '4',
  'Drago',
  'Tommy Gunn',
  'rocky 2',
  'Balboa',
  'Rocky',
  'Creed',
  'xyzzy',
];
const PARTIAL_FILMS = ['', 'r', 'roc', 'dra', 'rocky i', 'bal', 'gunn', 'qq'];
const WEIGHTS: Readonly<Record<InteractionKind, number>> = {
  rank: 0.3,
  film: 0.25,
  autocomplete: 0.25,
  button: 0.2,
};
// Most presses come from the message's owner (update in place), some from a bystander (private copy).
const BYSTANDER = createFixtureUser(2, 'soak-bystander');
const BYSTANDER_SHARE = 0.2;

function drawKind(random: Random): InteractionKind {
  let roll = random.next();
  for (const kind of INTERACTION_KINDS) {
    roll -= WEIGHTS[kind];
    if (roll < 0) return kind;
  }
  return 'rank';
}

/** Buttons with a custom_id, wherever they sit in the message's component tree. */
export function buttonCustomIds(components: readonly APIMessageTopLevelComponent[]): string[] {
  const ids: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as { type?: unknown; custom_id?: unknown; components?: unknown };
    if (record.type === ComponentType.Button && typeof record.custom_id === 'string') {
      ids.push(record.custom_id);
    }
    if (Array.isArray(record.components)) for (const child of record.components) visit(child);
  };
  for (const component of components) visit(component);
  return ids;
}

export function drawInteraction(
  random: Random,
  guilds: readonly FixtureGuild[],
  pressable: (random: Random) => { place: PressableMessage; message: APIMessage } | undefined,
): MixedInteraction {
  const kind = drawKind(random);
  if (kind === 'button') {
    const target = pressable(random);
    const customIds = target ? buttonCustomIds(target.message.components ?? []) : [];
    if (target !== undefined && customIds.length > 0) {
      return {
        kind,
        interaction: buttonInteraction(random.pick(customIds), target.message),
        place: {
          guildId: target.place.guildId,
          channelId: target.place.channelId,
          ...(random.next() < BYSTANDER_SHARE ? { user: BYSTANDER } : {}),
        },
      };
    }
    // Nothing to press yet (start of the run): look something up instead.
  }
  const guild = random.pick(guilds);
  const place = { guildId: guild.id, channelId: random.pick(guild.channels).id };
  switch (kind) {
    case 'film':
      return {
        kind,
        interaction: chatInputInteraction('montage', [
          { name: 'film', type: OptionType.String, value: random.pick(FILMS) },
        ]),
        place,
      };
    case 'autocomplete':
      return {
        kind,
        interaction: autocompleteInteraction('montage', {
          name: 'film',
          value: random.pick(PARTIAL_FILMS),
        }),
        place,
      };
    default:
      return {
        kind: 'rank',
        interaction: chatInputInteraction('montage', [
          { name: 'rank', type: OptionType.Integer, value: random.int(1, RANK_COUNT) },
        ]),
        place,
      };
  }
}
