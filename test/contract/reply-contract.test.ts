import {
  ApplicationCommandOptionType as OptionType,
  InteractionResponseType,
  MessageFlags,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { MONTAGES } from '../../data/index.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  LOCAL_CONTEXT,
  selectInteraction,
  type LocalContext,
} from '../../src/adapters/console/interaction-factory.js';
import { COMMANDS } from '../../commands/index.js';
import { film, hide, rank } from '../../fixtures/montage-options.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { callbackViolations } from '../../src/local-discord/request-validation.js';
import { asMessage, buttons, messageData, selectMenu } from '../../fixtures/core-responses.js';

/**
 * The promises every answer keeps, checked over every kind of reply and update the core can make:
 * nobody is pinged, every notice is private, `hide` is honoured, echoed text is escaped, and
 * Discord's limits hold for any input, however hostile.
 */
const handleInteraction = createInteractionHandler(COMMANDS);

type Option = APIApplicationCommandInteractionDataBasicOption;
const montage = (...options: Option[]) => chatInputInteraction('montage', options);

const member = (id: string): LocalContext => ({
  ...LOCAL_CONTEXT,
  user: { ...LOCAL_CONTEXT.user, id },
});
const stranger = member('100000000000000999');

const isPrivate = (response: APIInteractionResponse): boolean =>
  ((messageData(response).flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const title = (response: APIInteractionResponse) => messageData(response).embeds?.[0]?.title;
const content = (response: APIInteractionResponse) => messageData(response).content ?? '';

const shownRank4 = messageData(handleInteraction(montage(rank(4))));
const ranking = messageData(handleInteraction(montage()));

/** Text a member might type that must come back as plain text, never as markup. */
const hostile = (word: string) =>
  `${word} [x](http://e.vil) <@1> <id:customize> @here **b**\u202Ez`;
const HOSTILE = hostile('Apollo');

type Kind = 'public' | 'private' | 'update' | 'choices';

/** Every kind of reply and update, with the kind each must be. */
const CASES: readonly [string, APIInteraction, Kind][] = [
  ['/help', chatInputInteraction('help'), 'private'],
  ['the overview', montage(), 'public'],
  ['the overview, hide:true', montage(hide(true)), 'private'],
  ['the overview, hide:false', montage(hide(false)), 'public'],
  ...MONTAGES.flatMap(({ rank: n }): [string, APIInteraction, Kind][] => [
    [`rank:${n}`, montage(rank(n)), 'public'],
    [`rank:${n} hide:true`, montage(rank(n), hide(true)), 'private'],
  ]),
  ['film:Rocky IV', montage(film('Rocky IV')), 'public'],
  ['film:Rocky IV hide:true', montage(film('Rocky IV'), hide(true)), 'private'],
  ['film:Rocky IV hide:false', montage(film('Rocky IV'), hide(false)), 'public'],
  ['film:rokcy (a typo)', montage(film('rokcy')), 'public'],
  ['rank:2 film:Rocky IV (agreeing)', montage(rank(2), film('Rocky IV')), 'public'],
  ['rank:2 film:Rocky IV hide:true', montage(rank(2), film('Rocky IV'), hide(true)), 'private'],
  ['rank:1 film:Drago (conflict)', montage(rank(1), film('Drago')), 'private'],
  ['film:Apollo (which one?)', montage(film('Apollo')), 'private'],
  ['film:Apollo hide:false (which one?)', montage(film('Apollo'), hide(false)), 'private'],
  ['film:Duke (which one, as whom?)', montage(film('Duke')), 'private'],
  ['film:rocky 7 (miss with suggestions)', montage(film('rocky 7')), 'private'],
  ['film:xyzzy (miss, no suggestion)', montage(film('xyzzy')), 'private'],
  ['film:🥊🥊 (no letters)', montage(film('🥊🥊')), 'private'],
  ['film:Creed', montage(film('Creed')), 'private'],
  ['rank:9', montage(rank(9)), 'private'],
  [
    'an unknown option',
    montage({ name: 'colour', type: OptionType.String, value: 'x' }),
    'private',
  ],
  ['an unknown command', chatInputInteraction('weather'), 'private'],
  [
    'autocomplete film:roc',
    autocompleteInteraction('montage', { name: 'film', value: 'roc' }),
    'choices',
  ],
  ...buttons(shownRank4).map((control): [string, APIInteraction, Kind] => [
    `the owner presses ${control.label ?? ''}`,
    buttonInteraction(control.custom_id, asMessage(shownRank4)),
    'update',
  ]),
  ...buttons(shownRank4).map((control): [string, APIInteraction, Kind] => [
    `someone else presses ${control.label ?? ''}`,
    buttonInteraction(control.custom_id, asMessage(shownRank4), stranger),
    'private',
  ]),
  [
    'the owner picks #2 from the overview',
    selectInteraction(selectMenu(ranking).custom_id, ['2'], asMessage(ranking)),
    'update',
  ],
  [
    'someone else picks #2 from the overview',
    selectInteraction(selectMenu(ranking).custom_id, ['2'], asMessage(ranking), stranger),
    'private',
  ],
  ['a stale button', buttonInteraction('montage:next:1', asMessage(ranking)), 'private'],
  ...['Apollo', 'xyzzy'].flatMap((word): [string, APIInteraction, Kind][] => [
    [`film:${word} with markup`, montage(film(hostile(word))), 'private'],
    [`rank:1 film:${word} with markup`, montage(rank(1), film(hostile(word))), 'private'],
  ]),
];

const KIND_OF: Record<Kind, InteractionResponseType> = {
  public: InteractionResponseType.ChannelMessageWithSource,
  private: InteractionResponseType.ChannelMessageWithSource,
  update: InteractionResponseType.UpdateMessage,
  choices: InteractionResponseType.ApplicationCommandAutocompleteResult,
};

describe('given every kind of reply and update the core can make', () => {
  const answered = CASES.map(
    ([label, interaction, kind]) => [label, handleInteraction(interaction), kind] as const,
  );
  const messages = answered.filter(([, , kind]) => kind !== 'choices');

  it.each(answered)('%s: answered as a %s with a valid callback', (_label, response, kind) => {
    expect(response.type).toBe(KIND_OF[kind]);
    expect(callbackViolations(response)).toEqual([]);
  });

  it.each(messages)('%s: pings nobody (allowed_mentions parse [])', (_label, response) => {
    expect(messageData(response).allowed_mentions).toEqual({ parse: [] });
  });

  it.each(messages)('%s: private exactly when it must be', (_label, response, kind) => {
    if (kind === 'update') expect(messageData(response).flags).toBeUndefined();
    else expect(isPrivate(response)).toBe(kind === 'private');
  });

  it.each(messages.filter(([, response]) => !messageData(response).embeds?.length))(
    '%s: a notice (no embed) is always private',
    (_label, response, kind) => {
      expect(kind === 'update' || isPrivate(response)).toBe(true);
    },
  );
});

describe('given echoed text with markup, mentions, links and bidi controls', () => {
  it.each([
    ['which one?', montage(film(HOSTILE)), /fits more than one montage/],
    ['miss', montage(film(hostile('xyzzy'))), /^No ranked montage matches/],
    ['conflict', montage(rank(1), film(HOSTILE)), /^Rank #1 is \*\*Rocky Balboa\*\*, but/],
  ])('then the %s notice shows it as plain text', (_label, interaction, shape) => {
    const text = content(handleInteraction(interaction));
    expect(text).toMatch(shape);
    for (const raw of ['<@1', '<id:', '@here', '](', '\u202e', '**b**']) {
      expect(text).not.toContain(raw);
    }
    expect(text).toContain(
      '[x]\u200b(http://e.vil) <\u200b@\u200b1> <\u200bid:customize> @\u200bhere \\*\\*b\\*\\*z”',
    );
  });

  it('then a lone surrogate becomes U+FFFD and a whole emoji survives', () => {
    const text = content(handleInteraction(montage(film('xyzzy \ud800 🥊 \udc00 q'))));
    expect(text).toContain('xyzzy \ufffd 🥊 \ufffd q');
    expect(text).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
    );
  });

  it.each([
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
  ])('then the bidi control U+%s is dropped', (control) => {
    const text = content(handleInteraction(montage(film(`xyzzy${control}q`))));
    expect(text).toContain('“xyzzyq”');
  });
});

describe('given hostile but validly shaped interactions', () => {
  it('an option named __proto__ cannot lend the options a prototype', () => {
    const interaction = montage();
    // As JSON.parse builds it from a request body: `__proto__` is an own property there.
    const options = JSON.parse(
      '[{"name":"__proto__","type":3,"value":{"rank":1,"hide":true}}]',
    ) as Option[];
    const response = handleInteraction({ ...interaction, data: { ...interaction.data, options } });
    expect(title(response)).toBeUndefined();
    expect(isPrivate(response)).toBe(true);
    expect(content(response)).toBe(
      'I couldn’t use those options: it has an option I don’t know (I take `rank`, `film` and `hide`).',
    );
  });

  it('a 5,000-character unknown option name is never echoed, and the reply fits Discord', () => {
    const name = `<@1>[x](https://e.vil)${'n'.repeat(5000)}`;
    const response = handleInteraction(montage({ name, type: OptionType.String, value: 'x' }));
    expect(content(response)).not.toContain('nnnn');
    expect(content(response)).not.toContain('<@1>');
    expect(content(response).length).toBeLessThan(200);
    expect(callbackViolations(response)).toEqual([]);
  });

  it('rank:1e308 gets one message for its one problem', () => {
    const response = handleInteraction(montage(rank(1e308)));
    expect(isPrivate(response)).toBe(true);
    expect(content(response)).toBe(
      'I couldn’t use those options: `rank`: rank must be a whole number from 1 to 6.',
    );
  });

  it.each([
    ['a 200-digit id', '9'.repeat(200)],
    ['an id holding ":"', '100000000000000001:show:1'],
    ['a short id', '42'],
    ['an empty id', ''],
  ])(
    'an invoker with %s is unknown: ids stay within 100, and every click gets a private copy',
    (_label, id) => {
      const shown = messageData(
        handleInteraction(chatInputInteraction('montage', [rank(4)], member(id))),
      );
      const ids = buttons(shown).map((control) => control.custom_id);
      expect(ids.length).toBeGreaterThan(0);
      for (const customId of ids) {
        expect(customId.length).toBeLessThanOrEqual(100);
        expect(customId).not.toContain(id === '' ? ':::' : id);
      }
      const next = buttons(shown).find((control) => control.label?.endsWith('▶'));
      for (const clicker of [stranger, member(id)]) {
        const click = handleInteraction(
          buttonInteraction(next?.custom_id ?? '', asMessage(shown), clicker),
        );
        expect(click.type).toBe(InteractionResponseType.ChannelMessageWithSource);
        expect(isPrivate(click)).toBe(true);
        expect(title(click)).toBe('#3 · Rocky (1976)');
      }
    },
  );

  it('a 60 KB focused value is read as its first 100 characters, and quickly', () => {
    const value = `drago${' '.repeat(60_000)}`;
    // Warmed up first, so the timing is the lookup's and not the first call's compilation.
    handleInteraction(autocompleteInteraction('montage', { name: 'film', value: 'drago' }));
    const started = performance.now();
    const response = handleInteraction(autocompleteInteraction('montage', { name: 'film', value }));
    const elapsed = performance.now() - started;
    expect(response).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: {
        choices: [{ name: expect.stringContaining('Rocky IV') as string, value: 'Rocky IV' }],
      },
    });
    // Uncapped, this took about a second.
    expect(elapsed).toBeLessThan(250);
  });
});

describe('given autocomplete on film, the suggestions come in a fixed order', () => {
  const choices = (value: string) => {
    const response = handleInteraction(autocompleteInteraction('montage', { name: 'film', value }));
    return response.type === InteractionResponseType.ApplicationCommandAutocompleteResult
      ? (response.data.choices ?? []).map((choice) => choice.value)
      : [];
  };

  it('"roc" offers all six in rank order', () => {
    expect(choices('roc')).toEqual([
      'Rocky Balboa',
      'Rocky IV',
      'Rocky',
      'Rocky II',
      'Rocky V',
      'Rocky III',
    ]);
  });

  it('"rocky i" offers the exact title first, then the titles it begins, in rank order', () => {
    expect(choices('rocky i')).toEqual(['Rocky', 'Rocky IV', 'Rocky II', 'Rocky III']);
  });

  it('"rocky 7" offers its near misses, best first', () => {
    expect(choices('rocky 7')).toEqual(['Rocky Balboa', 'Rocky', 'Rocky II']);
  });
});
