import {
  InteractionResponseType,
  MessageFlags,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { decodeControl, encodeControl } from '../../commands/montage/custom-ids.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  LOCAL_CONTEXT,
  selectInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import { film, hide, rank } from '../../fixtures/montage-options.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { asMessage, buttons, messageData, selectMenu } from '../../fixtures/core-responses.js';

const handle = createInteractionHandler(COMMANDS);
const OWNER = LOCAL_CONTEXT.user.id;
const montage = (...options: APIApplicationCommandInteractionDataBasicOption[]) =>
  handle(chatInputInteraction('montage', options));
const content = (response: APIInteractionResponse) => messageData(response).content ?? '';
const isPrivate = (response: APIInteractionResponse) =>
  ((messageData(response).flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const menuValues = (response: APIInteractionResponse) =>
  selectMenu(messageData(response)).options.map((option) => option.value);

describe('/montage notices', () => {
  it('given a miss with suggestions, then it lists them as "A, B or C" with a menu of exactly those', () => {
    const response = montage(film('rocky 7'));
    expect(content(response)).toBe(
      'No ranked montage matches “rocky 7”. Did you mean **Rocky Balboa**, **Rocky** or **Rocky II**?',
    );
    expect(menuValues(response)).toEqual(['1', '3', '4']);
    expect(selectMenu(messageData(response)).placeholder).toBe('Open a suggestion…');
    expect(isPrivate(response)).toBe(true);
  });

  it('given a miss with no suggestions, then how to ask, privately, with the whole countdown to pick from', () => {
    const response = montage(film('🥊'));
    expect(content(response)).toBe(
      'No ranked montage matches “🥊”. Try a title (`Rocky IV`), a number (`4`) or a name (`Drago`), or pick one below.',
    );
    expect(menuValues(response)).toEqual(['6', '5', '4', '3', '2', '1']);
    expect(isPrivate(response)).toBe(true);
  });

  it('given two films that fit with nothing to tell them apart, then "A or B. Which one?"', () => {
    const response = montage(film('1976 1979'));
    expect(content(response)).toBe(
      '“1976 1979” fits more than one montage: **Rocky** or **Rocky II**. Which one?',
    );
    expect(menuValues(response)).toEqual(['3', '4']);
    expect(isPrivate(response)).toBe(true);
  });

  it('given a shared name, then one line per film saying who the name is there', () => {
    const response = montage(film('Apollo'));
    expect(content(response).split('\n')).toEqual([
      '“Apollo” fits more than one montage. Which one?',
      '- **Rocky**: Apollo Creed is the champion Rocky trains to fight.',
      '- **Rocky II**: Apollo Creed is the opponent in the rematch.',
      '- **Rocky III**: Apollo Creed, Rocky’s old rival, now trains him.',
    ]);
    expect(selectMenu(messageData(response)).options.map((option) => option.description)).toEqual([
      'Apollo Creed is the champion Rocky trains to fight.',
      'Apollo Creed is the opponent in the rematch.',
      'Apollo Creed, Rocky’s old rival, now trains him.',
    ]);
  });

  it('given a rank and a film that names nothing, then the rank with one button to open it', () => {
    const response = montage(rank(2), film('zzzzqq'));
    expect(content(response)).toBe(
      'Rank #2 is **Rocky IV**, but no ranked montage matches “zzzzqq”. Which did you mean?',
    );
    expect(buttons(messageData(response)).map((button) => button.custom_id)).toEqual([
      `montage:show:2:${OWNER}`,
    ]);
  });

  it('given a rank and a shared name it is not, then the rank first and every film the name fits', () => {
    const response = montage(rank(5), film('Apollo'));
    expect(content(response)).toMatch(/^Rank #5 is \*\*Rocky V\*\*, but “Apollo” is .+ or .+ or /);
    expect(buttons(messageData(response)).map((button) => button.custom_id)).toEqual(
      [5, 3, 4, 6].map((shown) => `montage:show:${String(shown)}:${OWNER}`),
    );
  });

  it('given a rank and a shared name that includes it, then that montage, not a question', () => {
    const response = montage(rank(3), film('Apollo'));
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(messageData(response).embeds?.[0]?.title).toContain('Rocky (1976)');
  });
});

describe('/montage edge cases', () => {
  it('given a rank and a film of only spaces, then the montage at that rank, not a conflict', () => {
    const response = montage(rank(2), film('   '));
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(messageData(response).embeds?.[0]?.title).toContain('Rocky IV');
  });

  it('given a shared name and a year only one other film has, then that film has no "who" line and the rest do', () => {
    const response = montage(film('apollo 1985'));
    expect(content(response).split('\n')).toEqual([
      '“apollo 1985” fits more than one montage. Which one?',
      '- **Rocky IV**',
      '- **Rocky**: Apollo Creed is the champion Rocky trains to fight.',
      '- **Rocky II**: Apollo Creed is the opponent in the rematch.',
      '- **Rocky III**: Apollo Creed, Rocky’s old rival, now trains him.',
    ]);
    expect(selectMenu(messageData(response)).placeholder).toBe('Choose a montage…');
  });

  it('given a Creed film, then the whole countdown to pick from', () => {
    const response = montage(film('creed'));
    expect(menuValues(response)).toEqual(['6', '5', '4', '3', '2', '1']);
    expect(selectMenu(messageData(response)).placeholder).toBe('Open a montage…');
  });

  it('given a miss with no suggestions, then the menu invites opening any montage', () => {
    expect(selectMenu(messageData(montage(film('🥊')))).placeholder).toBe('Open a montage…');
  });

  it.each(['rank', 'hide'])(
    'given autocomplete focused on %s, then no choices (only film completes)',
    (name) => {
      expect(handle(autocompleteInteraction('montage', { name, value: 'rocky' }))).toEqual({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      });
    },
  );
});

describe('/montage hide', () => {
  it.each([
    ['rank', [rank(1)]],
    ['film', [film('Rocky IV')]],
    ['the ranking', []],
    ['a rank and a film that agree', [rank(2), film('drago')]],
  ])('given hide:true with %s, then only the asker sees it', (_case, options) => {
    expect(isPrivate(montage(...options, hide(true)))).toBe(true);
    expect(isPrivate(montage(...options, hide(false)))).toBe(false);
    expect(isPrivate(montage(...options))).toBe(false);
  });
});

describe('/montage controls', () => {
  const message = asMessage({ content: '' });

  it('given a pick arriving as a button (no values), then a private "no montage at that rank"', () => {
    const response = handle(buttonInteraction(`montage:pick:${OWNER}`, message));
    expect(content(response)).toBe('There is no montage at that rank. Ranks go from 1 to 6.');
    expect(isPrivate(response)).toBe(true);
  });

  it('given a picked rank past the end, then the same private note', () => {
    const response = handle(selectInteraction(`montage:pick:${OWNER}`, ['9'], message));
    expect(content(response)).toBe('There is no montage at that rank. Ranks go from 1 to 6.');
  });

  it('given the owner picks a rank, then the message updates to it in place', () => {
    const response = handle(selectInteraction(`montage:pick:${OWNER}`, ['2'], message));
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
    expect(messageData(response).embeds?.[0]?.title).toContain('Rocky IV');
  });

  it('given someone else opens the ranking, then a private copy whose controls are theirs', () => {
    const response = handle(buttonInteraction('montage:ranking:100000000000000777', message));
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isPrivate(response)).toBe(true);
    expect(selectMenu(messageData(response)).custom_id).toBe(`montage:pick:${OWNER}`);
  });
});

describe('the custom_id codec', () => {
  const owner = '123456789012345678';

  it.each([
    { action: 'show', rank: 4, ownerId: owner } as const,
    { action: 'ranking', ownerId: owner } as const,
    { action: 'pick', ownerId: owner } as const,
  ])('given %o, then it decodes to itself', (control) => {
    expect(decodeControl(encodeControl(control))).toEqual(control);
  });

  it.each([
    ['another command', `help:show:4:${owner}`],
    ['an unknown action', `montage:open:4:${owner}`],
    ['show without an owner', 'montage:show:4'],
    ['show with an extra part', `montage:show:4:${owner}:x`],
    ['a two-digit rank', `montage:show:12:${owner}`],
    ['a rank that is not a digit', `montage:show:x:${owner}`],
    ['an owner that is not digits', 'montage:show:4:12345678901234567a'],
    ['a 21-digit owner', `montage:show:4:${owner}123`],
    ['ranking with an extra part', `montage:ranking:${owner}:x`],
    ['ranking with a bad owner', 'montage:ranking:abc'],
    ['pick with an empty owner', 'montage:pick:'],
    ['the disabled edge button', 'montage:edge:next'],
  ])('given %s, then nothing: the id is not ours', (_case, customId) => {
    expect(decodeControl(customId)).toBeUndefined();
  });
});
