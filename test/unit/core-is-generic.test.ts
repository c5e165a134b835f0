import {
  ApplicationCommandOptionType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
  buttonInteraction,
  chatInputInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import { optionsParser, type SlashCommand } from '../../src/command-kit/slash-command.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { notice, update } from '../../src/render/interaction-responses.js';
import { asMessage, messageData } from '../../fixtures/core-responses.js';

const ROLL_OPTIONS = [
  {
    type: ApplicationCommandOptionType.Integer,
    name: 'sides',
    description: 'Sides',
    min_value: 2,
    max_value: 20,
    required: true,
  },
] as const;
const parseRoll = optionsParser(ROLL_OPTIONS);

/** A command the bot does not have: the core must route it as it routes /montage. */
const roll: SlashCommand = {
  definition: { name: 'roll', description: 'Roll a die', options: [...ROLL_OPTIONS] },
  execute: (interaction) => {
    const parsed = parseRoll(interaction);
    // `sides` is typed number (required), derived from ROLL_OPTIONS alone.
    return notice(parsed.ok ? `d${String(parsed.value.sides)}` : parsed.problem);
  },
  component: (interaction) => update({ content: `again: ${interaction.data.custom_id}` }),
};
const ping: SlashCommand = {
  definition: { name: 'ping', description: 'Pong' },
  execute: () => notice('pong'),
};

/** Checked by `npm run typecheck`: a handler returns its response, never a promise of one. */
export const asyncCommand: SlashCommand = {
  definition: { name: 'late', description: 'Too late' },
  // @ts-expect-error An async handler does not compile: the core never waits on I/O.
  execute: async () => Promise.resolve(notice('late')),
};

const handle = createInteractionHandler([roll, ping]);
const content = (response: APIInteractionResponse) => messageData(response).content;

describe('given a core built from a tiny list of fake commands', () => {
  it('then it runs them, with options typed and checked from their one definition', () => {
    const sides = { name: 'sides', type: ApplicationCommandOptionType.Integer, value: 6 } as const;
    expect(content(handle(chatInputInteraction('roll', [sides])))).toBe('d6');
    expect(content(handle(chatInputInteraction('roll', [{ ...sides, value: 99 }])))).toBe(
      '`sides`: sides must be from 2 to 20',
    );
    expect(content(handle(chatInputInteraction('ping')))).toBe('pong');
  });

  it('then a click goes to the command its custom_id starts with', () => {
    const response = handle(buttonInteraction('roll:again', asMessage({ content: 'd6' })));
    expect(content(response)).toBe('again: roll:again');
  });

  it('then its hints name these commands and no other', () => {
    expect(content(handle(chatInputInteraction('weather')))).toContain('Try `/roll` or `/ping`.');
    expect(content(handle(chatInputInteraction('rol')))).toContain('Did you mean `/roll`?');
    const stale = handle(buttonInteraction('montage:show:1:1', asMessage({ content: '' })));
    expect(content(stale)).toBe('That control is out of date. Run `/roll` again for a fresh one.');
    const modal = { ...chatInputInteraction('roll'), type: InteractionType.ModalSubmit };
    expect(content(handle(modal as unknown as APIInteraction))).toBe(
      'That form is not one of mine. Try `/roll` or `/ping`.',
    );
  });
});
