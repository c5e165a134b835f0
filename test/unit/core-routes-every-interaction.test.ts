import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import type { SlashCommand } from '../../src/command-kit/slash-command.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { notice } from '../../src/render/interaction-responses.js';
import { asMessage, messageData } from '../../fixtures/core-responses.js';

// Built per call, so mutation testing's per-test coverage sees the hints being composed.
const handle = (interaction: APIInteraction) => createInteractionHandler(COMMANDS)(interaction);
const content = (response: APIInteractionResponse) => messageData(response).content ?? '';
const isPrivate = (response: APIInteractionResponse) =>
  ((messageData(response).flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe('given the real commands', () => {
  it('given a user or message context command named montage, then a private "not supported" with the commands to try', () => {
    const userCommand = chatInputInteraction('montage');
    const response = handle({
      ...userCommand,
      data: { ...userCommand.data, type: ApplicationCommandType.User },
    } as unknown as APIInteraction);
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(content(response)).toBe(
      'That kind of command is not supported here. Try `/montage` or `/help`.',
    );
    expect(isPrivate(response)).toBe(true);
  });

  it('given autocomplete for a command the bot does not have, then an empty list of choices', () => {
    const response = handle(autocompleteInteraction('weather', { name: 'city', value: 'Phil' }));
    expect(response).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });

  it('given autocomplete for /help, which has no autocomplete, then an empty list of choices', () => {
    const response = handle(autocompleteInteraction('help', { name: 'film', value: 'rocky' }));
    expect(response).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });

  it('given a click on a /help control, which has none, then the stale notice renews with /montage', () => {
    const response = handle(buttonInteraction('help:page:2', asMessage({ content: '' })));
    expect(content(response)).toBe(
      'That control is out of date. Run `/montage` again for a fresh one.',
    );
    expect(isPrivate(response)).toBe(true);
  });

  it('given an unknown command with a long name full of symbols, then it shows at most 32 name characters and no symbols', () => {
    const name = `*\`<@>${'w'.repeat(40)}`;
    const text = content(handle(chatInputInteraction(name)));
    expect(text).toContain(`I don’t know \`/${'w'.repeat(32)}\`;`);
    expect(text).not.toContain('*');
    expect(text).not.toContain('<@');
    expect(text).toContain('Try `/montage` or `/help`.');
  });

  it('given an unknown name three edits from a command, then no "did you mean" but the list', () => {
    // "mxxxage" is three letters away from "montage": too far to be a slip.
    const text = content(handle(chatInputInteraction('mxxxage')));
    expect(text).not.toContain('Did you mean');
    expect(text).toContain('Try `/montage` or `/help`.');
  });

  it('given an unknown name exactly two edits from a command, then "did you mean" names it', () => {
    expect(content(handle(chatInputInteraction('mxxtage')))).toContain('Did you mean `/montage`?');
  });
});

describe('given commands whose handlers throw', () => {
  const boom = (): never => {
    throw new Error('boom');
  };
  const broken: SlashCommand = {
    definition: { name: 'broken', description: 'Throws everywhere' },
    execute: boom,
    autocomplete: boom,
    component: boom,
  };
  const handleBroken = createInteractionHandler([broken]);
  const apology = 'Sorry, something went wrong on my side while answering that. Please try again.';

  it('then a throwing command gets one private apology', () => {
    const response = handleBroken(chatInputInteraction('broken'));
    expect(content(response)).toBe(apology);
    expect(isPrivate(response)).toBe(true);
  });

  it('then a throwing autocomplete gets an empty list of choices, not a message', () => {
    expect(handleBroken(autocompleteInteraction('broken', { name: 'x', value: 'y' }))).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });

  it('then a throwing click handler gets the apology', () => {
    const response = handleBroken(buttonInteraction('broken:x', asMessage({ content: '' })));
    expect(content(response)).toBe(apology);
  });
});

describe('given no commands at all', () => {
  it('then it still answers a ping and a click, without throwing', () => {
    const handleNothing = createInteractionHandler([]);
    expect(handleNothing({ type: InteractionType.Ping } as APIInteraction)).toEqual({
      type: InteractionResponseType.Pong,
    });
    const click = handleNothing(buttonInteraction('gone:1', asMessage({ content: '' })));
    expect(click.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });
});

describe('given a command list where only a later command has controls', () => {
  const plain: SlashCommand = {
    definition: { name: 'plain', description: 'No controls' },
    execute: () => notice('plain'),
  };
  const clicky: SlashCommand = {
    definition: { name: 'clicky', description: 'Has controls' },
    execute: () => notice('clicky'),
    component: () => notice('clicked'),
  };

  it('then a stale control says to run the command that has controls', () => {
    const response = createInteractionHandler([plain, clicky])(
      buttonInteraction('gone:1', asMessage({ content: '' })),
    );
    expect(content(response)).toBe(
      'That control is out of date. Run `/clicky` again for a fresh one.',
    );
  });

  it('then, with no command having controls, it names the first command', () => {
    const response = createInteractionHandler([plain])(
      buttonInteraction('gone:1', asMessage({ content: '' })),
    );
    expect(content(response)).toBe(
      'That control is out of date. Run `/plain` again for a fresh one.',
    );
  });

  it('then a ping is still a pong and a modal still a polite no', () => {
    const handlePlain = createInteractionHandler([plain]);
    expect(handlePlain({ type: InteractionType.Ping } as APIInteraction)).toEqual({
      type: InteractionResponseType.Pong,
    });
    const modal = { ...chatInputInteraction('plain'), type: InteractionType.ModalSubmit };
    expect(content(handlePlain(modal as unknown as APIInteraction))).toBe(
      'That form is not one of mine. Try `/plain`.',
    );
  });
});
