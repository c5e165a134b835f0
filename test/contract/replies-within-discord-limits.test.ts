import {
  ApplicationCommandOptionType as OptionType,
  InteractionResponseType,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { MONTAGES } from '../../data/index.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  selectInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import { handleInteraction } from '../../src/core/handle-interaction.js';
import {
  DISCORD_LIMITS,
  validateAutocompletePayload,
  validateMessagePayload,
} from '../../src/local-discord/discord-limits.js';
import { asMessage, buttons, messageData, selectMenu } from '../../fixtures/core-responses.js';

const films = [
  'Rocky IV',
  'Apollo',
  'Gonna Fly Now',
  'Creed',
  'rocky 7',
  'nothing like it',
  '@everyone',
  'x'.repeat(100),
  '🥊'.repeat(100),
  '**'.repeat(50),
];

/** Every kind of reply the bot can give: commands, every button and menu pick, and notices. */
function everyMessageReply(): [string, APIInteractionResponse][] {
  const replies: [string, APIInteractionResponse][] = [];
  const add = (label: string, response: APIInteractionResponse) => replies.push([label, response]);
  add('/help', handleInteraction(chatInputInteraction('help')));
  add('/montage', handleInteraction(chatInputInteraction('montage')));
  for (const { rank } of MONTAGES) {
    const shown = handleInteraction(
      chatInputInteraction('montage', [{ name: 'rank', type: OptionType.Integer, value: rank }]),
    );
    add(`rank:${rank}`, shown);
    for (const control of buttons(messageData(shown)).filter((b) => b.disabled !== true)) {
      add(
        `rank:${rank} → ${control.label ?? ''}`,
        handleInteraction(buttonInteraction(control.custom_id, asMessage(messageData(shown)))),
      );
    }
  }
  const ranking = messageData(handleInteraction(chatInputInteraction('montage')));
  for (const option of selectMenu(ranking).options) {
    add(
      `pick ${option.value}`,
      handleInteraction(
        selectInteraction(selectMenu(ranking).custom_id, [option.value], asMessage(ranking)),
      ),
    );
  }
  for (const film of films) {
    add(
      `film:${film.slice(0, 20)}`,
      handleInteraction(
        chatInputInteraction('montage', [{ name: 'film', type: OptionType.String, value: film }]),
      ),
    );
    add(
      `rank:1 film:${film.slice(0, 20)}`,
      handleInteraction(
        chatInputInteraction('montage', [
          { name: 'rank', type: OptionType.Integer, value: 1 },
          { name: 'film', type: OptionType.String, value: film },
        ]),
      ),
    );
  }
  return replies;
}

describe('every reply stays within Discord’s limits', () => {
  const replies = everyMessageReply();

  it('covers every kind of reply', () => {
    expect(replies.length).toBeGreaterThan(40);
  });

  it.each(replies)('%s: embeds, components and custom_ids fit', (_label, response) => {
    expect(validateMessagePayload(messageData(response))).toEqual([]);
  });

  it.each(replies)(
    '%s: custom_ids are unique within the message and at most 100 long',
    (_label, response) => {
      const data = messageData(response);
      const ids = [...buttons(data).map((b) => b.custom_id)];
      if (data.components?.length) {
        try {
          ids.push(selectMenu(data).custom_id);
        } catch {
          // no select menu on this reply
        }
      }
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customIdLength);
    },
  );

  it.each(replies)('%s: at most 5 rows of at most 5 buttons', (_label, response) => {
    const rows = messageData(response).components ?? [];
    expect(rows.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRowsPerMessage);
    for (const row of rows) {
      expect('components' in row && row.components.length).toBeLessThanOrEqual(
        DISCORD_LIMITS.componentsPerActionRow,
      );
    }
  });

  it('and the validator itself catches an oversized embed (so the checks above can fail)', () => {
    const oversized = {
      embeds: [{ title: 't'.repeat(257), fields: [{ name: 'n', value: 'v'.repeat(1025) }] }],
    };
    expect(validateMessagePayload(oversized).map((violation) => violation.path.join('.'))).toEqual(
      expect.arrayContaining(['embeds.0.title', 'embeds.0.fields.0.value']),
    );
  });
});

describe('every autocomplete answer stays within Discord’s limits', () => {
  it.each(['', 'r', 'rocky', 'drag', 'apollo', 'creed', 'z'.repeat(100), '🥊'])(
    'given %j',
    (value) => {
      const response = handleInteraction(
        autocompleteInteraction('montage', { name: 'film', value }),
      );
      expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) return;
      expect(validateAutocompletePayload(response.data)).toEqual([]);
      expect(response.data.choices?.length ?? 0).toBeLessThanOrEqual(
        DISCORD_LIMITS.autocompleteChoices,
      );
    },
  );
});
