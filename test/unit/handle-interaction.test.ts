import {
  ApplicationCommandOptionType as OptionType,
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  InteractionType,
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
} from '../../src/adapters/console/interaction-factory.js';
import { COMMANDS } from '../../commands/index.js';
import { film, hide, rank } from '../../fixtures/montage-options.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import {
  asMessage,
  button,
  buttons,
  messageData,
  selectMenu,
} from '../../fixtures/core-responses.js';

const handleInteraction = createInteractionHandler(COMMANDS);

const montage = (...options: APIApplicationCommandInteractionDataBasicOption[]) =>
  handleInteraction(chatInputInteraction('montage', options));

const isEphemeral = (response: APIInteractionResponse) =>
  ((messageData(response).flags ?? 0) & MessageFlags.Ephemeral) !== 0;

const title = (response: APIInteractionResponse) => messageData(response).embeds?.[0]?.title;

const otherMember = {
  ...LOCAL_CONTEXT,
  user: { ...LOCAL_CONTEXT.user, id: '100000000000000999', username: 'someone-else' },
};

describe('/montage', () => {
  it('given rank:1, then it answers in the channel with the #1 embed', () => {
    const response = montage(rank(1));
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(title(response)).toBe('#1 · Rocky Balboa (2006)');
    expect(isEphemeral(response)).toBe(false);
  });

  it('given film:Rocky IV, then the #2 embed with the rank, film and year in the title', () => {
    expect(title(montage(film('Rocky IV')))).toBe('#2 · Rocky IV (1985)');
  });

  it('colours the podium gold, silver and bronze', () => {
    const colours = [1, 2, 3].map((value) => messageData(montage(rank(value))).embeds?.[0]?.color);
    expect(colours).toEqual([0xd4af37, 0xc0c0c0, 0xcd7f32]);
  });

  it('shows the trainer, the fight, the setting, the music, the moments and the reason', () => {
    const fields = messageData(montage(rank(5))).embeds?.[0]?.fields ?? [];
    expect(fields.map((field) => field.name)).toEqual([
      '🥊 Who trains whom',
      '🎯 Training for',
      '📍 Setting',
      '🎵 Music',
      '⭐ Memorable moments',
      '🏆 Why it ranks #5',
    ]);
    expect(fields[0]?.value).toContain('Tommy “The Machine” Gunn');
  });

  it.each([
    [6, 'Ranked #6 of 6 · the countdown starts here'],
    [5, 'Ranked #5 of 6 · 2nd in the countdown from #6 to #1'],
    [4, 'Ranked #4 of 6 · 3rd in the countdown from #6 to #1'],
    [2, 'Ranked #2 of 6 · 5th in the countdown from #6 to #1'],
    [1, 'Ranked #1 of 6 · the top of the countdown'],
  ])(
    'given #%i, then the footer places it in the countdown (%s) and credits the likely title',
    (position, placed) => {
      const [place, credit] =
        messageData(montage(rank(position))).embeds?.[0]?.footer?.text.split('\n') ?? [];
      expect(place).toBe(placed);
      expect(credit).toMatch(
        /^Source: “Rocky: .+” \(2020; likely title, read from the web address/,
      );
    },
  );

  it.each(MONTAGES.map((entry) => [entry.rank, entry.film.title, entry.film.wikipedia] as const))(
    'given #%i, then %s’s Wikipedia page is a link button at the end of the navigation row',
    (position, filmTitle, url) => {
      const rows = messageData(montage(rank(position))).components ?? [];
      expect(rows).toHaveLength(1);
      const row = rows[0];
      const controls = row?.type === ComponentType.ActionRow ? row.components : [];
      expect(controls.length).toBeLessThanOrEqual(5);
      expect(controls.at(-1)).toEqual({
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: `${filmTitle} on Wikipedia`,
        url,
      });
    },
  );

  it('given hide:true, then only the asker sees the answer', () => {
    expect(isEphemeral(montage(rank(3), hide(true)))).toBe(true);
  });

  it('given a rank and a film that agree, then the embed', () => {
    expect(title(montage(rank(2), film('drago')))).toBe('#2 · Rocky IV (1985)');
  });

  it('given a rank and a film that disagree, then a private note offering both', () => {
    const response = montage(rank(2), film('Rocky'));
    expect(isEphemeral(response)).toBe(true);
    expect(messageData(response).content).toMatch(/Rank #2 is \*\*Rocky IV\*\*, but “Rocky”/);
    expect(buttons(messageData(response)).map((b) => b.label)).toEqual([
      'Open #2 · Rocky IV (1985)',
      'Open #3 · Rocky (1976)',
    ]);
  });

  it('given neither, then the full ranking from #6 to #1 with a menu to open any', () => {
    const data = messageData(montage());
    const lines =
      data.embeds?.[0]?.description?.split('\n').filter((line) => line.startsWith('**#')) ?? [];
    expect(lines.map((line) => line.slice(2, 4))).toEqual(['#6', '#5', '#4', '#3', '#2', '#1']);
    expect(selectMenu(data).options.map((option) => option.value)).toEqual([
      '6',
      '5',
      '4',
      '3',
      '2',
      '1',
    ]);
  });

  it('given a miss, then a private "No ranked montage matches … Did you mean …?" with a menu', () => {
    const response = montage(film('rocky 7'));
    expect(isEphemeral(response)).toBe(true);
    expect(messageData(response).content).toMatch(
      /^No ranked montage matches “rocky 7”\. Did you mean/,
    );
    expect(selectMenu(messageData(response)).options.length).toBeGreaterThan(0);
  });

  it('given a Creed film, then a friendly private note that the article leaves Creed out', () => {
    const response = montage(film('Creed II'));
    expect(isEphemeral(response)).toBe(true);
    expect(messageData(response).content).toMatch(/Creed.*not in it/);
  });

  it('given a rank and a Creed film, then the Creed note rather than a conflict', () => {
    expect(messageData(montage(rank(3), film('creed'))).content).toMatch(/Creed.*not in it/);
  });

  it('given a name several films share, then the candidates rather than a guess', () => {
    const response = montage(film('Apollo'));
    expect(isEphemeral(response)).toBe(true);
    expect(selectMenu(messageData(response)).options.map((option) => option.label)).toEqual([
      '#3 · Rocky (1976)',
      '#4 · Rocky II (1979)',
      '#6 · Rocky III (1982)',
    ]);
  });

  it('given @everyone and markdown, then it echoes them harmlessly and pings nobody', () => {
    const data = messageData(montage(film('@everyone **loud** <@123456789012345678>')));
    expect(data.content).not.toContain('@everyone');
    expect(data.content).not.toContain('<@1');
    expect(data.content).toContain('\\*\\*loud\\*\\*');
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('given 100 characters of text, then the echo is shortened', () => {
    const data = messageData(montage(film('z'.repeat(100))));
    expect(data.content).toContain('…');
    expect(data.content?.length).toBeLessThan(250);
  });

  it.each([
    ['rank 9', [rank(9)], /rank must be from 1 to 6/],
    ['rank 2.5', [rank(2.5)], /whole number/],
    [
      'an unknown option',
      [{ name: 'colour', type: OptionType.String, value: 'red' } as const],
      /^I couldn’t use those options: it has an option I don’t know \(I take `rank`, `film` and `hide`\)\.$/,
    ],
    [
      'film as a number',
      [{ name: 'film', type: OptionType.Integer, value: 4 } as const],
      /film must be text/,
    ],
    [
      'a hand-made subcommand named rank',
      [
        { name: 'rank', type: OptionType.Subcommand, options: [] } as unknown as ReturnType<
          typeof rank
        >,
      ],
      /^I couldn’t use those options: `rank`: rank must be a whole number from 1 to 6\.$/,
    ],
  ])('given %s, then a polite private answer', (_case, options, message) => {
    const response = montage(...options);
    expect(isEphemeral(response)).toBe(true);
    expect(messageData(response).content).toMatch(message);
  });
});

describe('the montage buttons', () => {
  it('given #4, then previous is #5 and next is #3, and both update the message in place', () => {
    const shown = messageData(montage(rank(4)));
    const previous = handleInteraction(
      buttonInteraction(button(shown, '◀ #5 Rocky V').custom_id, asMessage(shown)),
    );
    const next = handleInteraction(
      buttonInteraction(button(shown, '#3 Rocky ▶').custom_id, asMessage(shown)),
    );
    expect(previous.type).toBe(InteractionResponseType.UpdateMessage);
    expect(title(previous)).toBe('#5 · Rocky V (1990)');
    expect(title(next)).toBe('#3 · Rocky (1976)');
  });

  it('given the ends of the ranking, then the button past the end is disabled', () => {
    const bottom = buttons(messageData(montage(rank(6))));
    const top = buttons(messageData(montage(rank(1))));
    expect(bottom[0]).toMatchObject({ disabled: true });
    expect(top[1]).toMatchObject({ disabled: true });
  });

  it('given Full ranking, then the message becomes the ranking', () => {
    const shown = messageData(montage(rank(1)));
    const response = handleInteraction(
      buttonInteraction(button(shown, 'Full ranking').custom_id, asMessage(shown)),
    );
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
    expect(title(response)).toBe('The Rocky training montages, ranked');
  });

  it('given a pick in the ranking menu, then that montage opens in place', () => {
    const ranking = messageData(montage());
    const response = handleInteraction(
      selectInteraction(selectMenu(ranking).custom_id, ['2'], asMessage(ranking)),
    );
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
    expect(title(response)).toBe('#2 · Rocky IV (1985)');
  });

  it('given someone else presses a button, then they get a private copy and the message stays', () => {
    const shown = messageData(montage(rank(4)));
    const response = handleInteraction(
      buttonInteraction(button(shown, '#3 Rocky ▶').custom_id, asMessage(shown), otherMember),
    );
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(response)).toBe(true);
    expect(title(response)).toBe('#3 · Rocky (1976)');
    // The copy's own buttons belong to the one who pressed.
    expect(buttons(messageData(response))[0]?.custom_id).toContain(otherMember.user.id);
  });

  it('works after a restart: the custom_id alone is enough', () => {
    const customId = `montage:show:6:${LOCAL_CONTEXT.user.id}`;
    const response = handleInteraction(buttonInteraction(customId, asMessage({ content: 'old' })));
    expect(title(response)).toBe('#6 · Rocky III (1982)');
  });

  it.each(['montage:show:9:1', 'montage:teleport:1', 'weather:today', 'montage:show:x:1'])(
    'given the stale or unknown custom_id %j, then a polite private answer',
    (customId) => {
      const response = handleInteraction(buttonInteraction(customId, asMessage({ content: '' })));
      expect(isEphemeral(response)).toBe(true);
      expect(messageData(response).content).toMatch(/out of date|no montage/);
    },
  );
});

describe('film autocomplete', () => {
  const choices = (value: string) => {
    const response = handleInteraction(autocompleteInteraction('montage', { name: 'film', value }));
    if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult)
      throw new Error('not autocomplete');
    return response.data.choices ?? [];
  };

  it('given nothing typed, then all six in rank order', () => {
    expect(choices('').map((choice) => choice.value)).toEqual(
      MONTAGES.map((entry) => entry.film.title),
    );
  });

  it('given "drag", then Rocky IV first', () => {
    expect(choices('drag')[0]).toEqual({ name: '#2 · Rocky IV (1985)', value: 'Rocky IV' });
  });

  it('given a choice value, then it finds exactly that film again', () => {
    for (const choice of choices('')) {
      expect(title(montage(film(String(choice.value))))).toContain(String(choice.value));
    }
  });

  it('given a half-typed title, then every film it could become', () => {
    expect(choices('rocky i').map((choice) => choice.value)).toEqual([
      'Rocky',
      'Rocky IV',
      'Rocky II',
      'Rocky III',
    ]);
    expect(choices('ro')).toHaveLength(6);
  });

  it('given a Creed film, then the six ranked films to pick from instead', () => {
    expect(choices('creed')).toHaveLength(6);
  });

  it('given junk, then no choices rather than an error', () => {
    expect(choices('qqqqqqqqqq')).toEqual([]);
  });
});

describe('handleInteraction', () => {
  it('given PING, then PONG', () => {
    expect(handleInteraction({ type: InteractionType.Ping } as APIInteraction)).toEqual({
      type: InteractionResponseType.Pong,
    });
  });

  it('given /help, then a private guide', () => {
    const response = handleInteraction(chatInputInteraction('help'));
    expect(isEphemeral(response)).toBe(true);
    expect(messageData(response).embeds?.[0]?.fields?.map((field) => field.name)).toContain(
      'Where the answers come from',
    );
  });

  it('given an unknown command, then a polite private answer naming it', () => {
    const response = handleInteraction(chatInputInteraction('weather'));
    expect(messageData(response).content).toMatch(/I don’t know `\/weather`/);
    expect(isEphemeral(response)).toBe(true);
  });

  it('given a typo of a command, then it suggests the real one', () => {
    expect(messageData(handleInteraction(chatInputInteraction('monatge'))).content).toMatch(
      /Did you mean `\/montage`\?/,
    );
  });

  it('given an unknown command with an underscore, then its name shows without markdown escapes', () => {
    expect(messageData(handleInteraction(chatInputInteraction('old_cmd'))).content).toContain(
      '`/old_cmd`',
    );
  });

  it('given a malformed interaction, then an apology instead of a throw', () => {
    const broken = {
      type: InteractionType.ApplicationCommand,
      data: null,
    } as unknown as APIInteraction;
    expect(handleInteraction(broken)).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        content: 'Sorry, something went wrong on my side while answering that. Please try again.',
        components: [],
        allowed_mentions: { parse: [] },
        flags: MessageFlags.Ephemeral,
      },
    });
  });

  it('sets allowed_mentions to none on every message it sends', () => {
    const responses = [
      montage(rank(1)),
      montage(),
      montage(film('nope')),
      handleInteraction(chatInputInteraction('help')),
    ];
    for (const response of responses)
      expect(messageData(response).allowed_mentions).toEqual({ parse: [] });
  });
});
