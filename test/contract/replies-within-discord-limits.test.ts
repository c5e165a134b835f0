import {
  ApplicationCommandOptionType as OptionType,
  ComponentType,
  InteractionResponseType,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { MONTAGES } from '../../data/index.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  selectInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import {
  callbackViolations,
  messageViolations,
} from '../../src/local-discord/request-validation.js';
import { asMessage, buttons, messageData, selectMenu } from '../../fixtures/core-responses.js';
import { styleProblems } from '../../fixtures/house-style.js';

const handleInteraction = createInteractionHandler(COMMANDS);

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

/**
 * Every kind of reply the bot can give: commands, every button and menu pick, and notices. Each
 * goes through the validator the local Discord runs on every callback: Discord's own OpenAPI
 * request schemas (discord-api-spec) plus the rules the spec does not state.
 */
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
  for (const staleId of ['montage:show:9:1', 'montage:teleport:1', 'weather:today']) {
    add(
      `stale control ${staleId}`,
      handleInteraction(buttonInteraction(staleId, asMessage({ content: '' }))),
    );
  }
  add('an unknown command', handleInteraction(chatInputInteraction('weather')));
  add('a typo of a command', handleInteraction(chatInputInteraction('monatge')));
  add(
    'rank:99',
    handleInteraction(
      chatInputInteraction('montage', [{ name: 'rank', type: OptionType.Integer, value: 99 }]),
    ),
  );
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

/** Every text of a message a member reads: content, embeds, and the labels on its controls. */
function visibleTexts(data: APIInteractionResponseCallbackData): string[] {
  const embedTexts = (data.embeds ?? []).flatMap((embed) => [
    embed.title,
    embed.description,
    embed.footer?.text,
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ]);
  const controlTexts = (data.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((control) =>
          control.type === ComponentType.StringSelect
            ? [
                control.placeholder,
                ...control.options.flatMap((option) => [option.label, option.description]),
              ]
            : 'label' in control
              ? [control.label]
              : [],
        )
      : [],
  );
  return [data.content, ...embedTexts, ...controlTexts].filter(
    (text): text is string => text !== undefined && text !== '',
  );
}

describe('every reply stays within Discord’s limits', () => {
  const replies = everyMessageReply();

  it('covers every kind of reply', () => {
    expect(replies.length).toBeGreaterThan(40);
  });

  it.each(replies)('%s: Discord’s schema and limits accept it', (_label, response) => {
    expect(callbackViolations(response)).toEqual([]);
  });

  it.each(replies)('%s: accepted as a follow-up and as an edit too', (_label, response) => {
    expect(messageViolations('follow-up', messageData(response))).toEqual([]);
    expect(messageViolations('edit', messageData(response))).toEqual([]);
  });

  it.each(replies)('%s: custom_ids are unique within the message', (_label, response) => {
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
  });

  it.each(replies)(
    '%s: every text is in the house style (curly quotes, American spelling)',
    (_label, response) => {
      const problems = visibleTexts(messageData(response)).flatMap((text) =>
        styleProblems(text).map((problem) => `${problem} in “${text}”`),
      );
      expect(problems).toEqual([]);
    },
  );

  it('and the validator itself catches an oversized embed (so the checks above can fail)', () => {
    const oversized = {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        embeds: [{ title: 't'.repeat(257), fields: [{ name: 'n', value: 'v'.repeat(1025) }] }],
        components: [{ type: 1, components: [] }],
      },
    };
    expect(callbackViolations(oversized).map((violation) => violation.path.join('.'))).toEqual(
      expect.arrayContaining([
        'data.embeds.0.title',
        'data.embeds.0.fields.0.value',
        'data.components.0.components',
      ]),
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
      expect(callbackViolations(response)).toEqual([]);
      const names =
        response.type === InteractionResponseType.ApplicationCommandAutocompleteResult
          ? (response.data.choices ?? []).map((choice) => choice.name)
          : [];
      expect(names.flatMap(styleProblems)).toEqual([]);
    },
  );
});
