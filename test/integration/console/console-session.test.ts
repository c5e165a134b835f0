import {
  MessageFlags,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import {
  ConsoleSession,
  type AnswerInteraction,
} from '../../../src/adapters/console/console-session.js';
import { createInteractionHandler } from '../../../src/core/handle-interaction.js';

const handleInteraction = createInteractionHandler(COMMANDS);

/** The core in-process, recording what it was asked, so outputs can be checked against it. */
function recordingCore() {
  const asked: APIInteraction[] = [];
  const answer: AnswerInteraction = (interaction) => {
    asked.push(interaction);
    return Promise.resolve({ response: handleInteraction(interaction) });
  };
  return { asked, answer };
}

function session(options: { json?: boolean; answer?: AnswerInteraction } = {}) {
  const core = recordingCore();
  const console = new ConsoleSession({
    answer: options.answer ?? core.answer,
    commands: COMMANDS.map((command) => command.definition),
    json: options.json ?? false,
    colour: false,
  });
  const say = async (line: string) => (await console.answerLine(line))?.stdout ?? '';
  return { console, say, asked: core.asked };
}

const firstTitle = (text: string) => /^│ (#\d · .+)$/m.exec(text)?.[1];

describe('pressing buttons and menus by what they say', () => {
  it('given a montage with buttons, when the member types a label, then the shown montage changes in place', async () => {
    const { say, asked } = session();
    expect(firstTitle(await say('/montage rank:2'))).toBe('#2 · Rocky IV (1985)');

    const next = await say('#1 rocky balboa');
    expect(next).toContain('↻ The message was updated');
    expect(firstTitle(next)).toBe('#1 · Rocky Balboa (2006)');
    expect(asked.at(-1)).toMatchObject({
      type: InteractionType.MessageComponent,
      data: { custom_id: 'montage:show:1:100000000000000001' },
      // The press carries the message it was on, as Discord's does.
      message: { embeds: [{ title: '#2 · Rocky IV (1985)' }] },
    });

    expect(firstTitle(await say('PRESS 1'))).toBe('#2 · Rocky IV (1985)');
  });

  it('given the full ranking, when the member picks an option by label or value, then that montage opens', async () => {
    const { say } = session();
    await say('/montage');
    expect(firstTitle(await say('#5 · Rocky V (1990)'))).toBe('#5 · Rocky V (1990)');
    await say('full ranking');
    expect(firstTitle(await say('pick 2'))).toBe('#2 · Rocky IV (1985)');
  });

  it('given a disabled button, a link or an unknown label, when typed, then nothing is sent and the reason (or the link) is given', async () => {
    const { say, asked } = session();
    await say('/montage rank:1');
    const count = asked.length;
    expect(await say('top of the ranking')).toBe('“Top of the ranking ▶” is disabled.');
    expect(await say('press 7')).toBe('There is no button 7; the message has 4 buttons.');
    expect(await say('Rocky Balboa on Wikipedia')).toBe(
      '“Rocky Balboa on Wikipedia” is a link: https://en.wikipedia.org/wiki/Rocky_Balboa_(film)',
    );
    expect(await say('drago')).toContain('Nothing here is called “drago”');
    expect(asked).toHaveLength(count);
  });

  it('given a reply without controls, when a label is typed, then the earlier message’s buttons still work', async () => {
    const { say } = session();
    await say('/montage rank:3');
    await say('/help');
    expect(await say('full ranking')).toMatch(/^│ The Rocky training montages, ranked$/m);
  });
});

describe('lines that are not commands', () => {
  it('given no leading slash, when typed, then a short hint comes back without asking the bot', async () => {
    const { say, asked } = session();
    expect(await say('montage rank:1')).toBe('Commands start with `/`: try `/montage rank:1`.');
    expect(await say('hello')).toContain('Commands start with `/`');
    expect(await say('   ')).toBe('');
    expect(asked).toHaveLength(0);
  });

  it('given an unknown command, when typed, then the bot itself answers it', async () => {
    const { say, asked } = session();
    expect(await say('/rocky')).toContain('I don’t know `/rocky`');
    expect(asked).toHaveLength(1);
  });
});

describe('--json output', () => {
  it('given commands and presses, when answered, then each line is the bot’s JSON answer', async () => {
    const { say, asked } = session({ json: true });
    const PRIVATE = MessageFlags.Ephemeral;
    const lines: [string, InteractionResponseType, string | RegExp, number | undefined][] = [
      [
        '/montage rank:1',
        InteractionResponseType.ChannelMessageWithSource,
        '#1 · Rocky Balboa (2006)',
        undefined,
      ],
      [
        '/montage film:rocky 4',
        InteractionResponseType.ChannelMessageWithSource,
        '#2 · Rocky IV (1985)',
        undefined,
      ],
      [
        '/montage film:Rocky IV hide:true',
        InteractionResponseType.ChannelMessageWithSource,
        '#2 · Rocky IV (1985)',
        PRIVATE,
      ],
      ['◀ #3 Rocky', InteractionResponseType.UpdateMessage, '#3 · Rocky (1976)', undefined],
      [
        '/montage',
        InteractionResponseType.ChannelMessageWithSource,
        'The Rocky training montages, ranked',
        undefined,
      ],
      ['pick 6', InteractionResponseType.UpdateMessage, '#6 · Rocky III (1982)', undefined],
      [
        '/help',
        InteractionResponseType.ChannelMessageWithSource,
        'Rocky training montages, ranked',
        PRIVATE,
      ],
      [
        '/nope',
        InteractionResponseType.ChannelMessageWithSource,
        /^I don’t know `\/nope`/,
        PRIVATE,
      ],
    ];
    for (const [line, type, shown, flags] of lines) {
      const output = await say(line);
      expect(output).not.toContain('\n');
      const printed = JSON.parse(output) as APIInteractionResponse;
      expect(printed.type).toBe(type);
      const data = 'data' in printed ? (printed.data as APIInteractionResponseCallbackData) : {};
      if (typeof shown === 'string') expect(data.embeds?.[0]?.title).toBe(shown);
      else expect(data.content).toMatch(shown);
      expect(data.flags).toBe(flags);
      expect(data.allowed_mentions).toEqual({ parse: [] });
    }
    expect(asked).toHaveLength(lines.length);
  });

  it('given a line refused before the bot, when answered, then one line holds {"error": ...}', async () => {
    const { say } = session({ json: true });
    expect(JSON.parse(await say('/montage rank:x'))).toEqual({
      error: expect.stringContaining('`rank`') as unknown,
    });
  });
});

describe('Tab completion', () => {
  it('given a partial film, when completed, then the bot’s autocomplete choice completes the line', async () => {
    const { console, asked } = session();
    const completions = await console.complete('/montage film:drag');
    expect(completions.map((completion) => completion.label)).toEqual([
      expect.stringContaining('Rocky IV') as string,
    ]);
    expect(completions.map((completion) => completion.line)).toEqual(['/montage film:Rocky IV ']);
    expect(asked.at(-1)?.type).toBe(InteractionType.ApplicationCommandAutocomplete);
  });

  it('given a partial command or option, when completed, then names come from the command definitions', async () => {
    const { console } = session();
    expect((await console.complete('/mo')).map((completion) => completion.line)).toEqual([
      '/montage ',
    ]);
    expect(
      (await console.complete('/montage rank:1 ')).map((completion) => completion.line),
    ).toEqual(['/montage rank:1 film:', '/montage rank:1 hide:']);
    expect(
      (await console.complete('/montage hide:t')).map((completion) => completion.line),
    ).toEqual(['/montage hide:True ']);
  });

  it('given a message with buttons, when a label is started, then Tab finishes it', async () => {
    const { console, say } = session();
    await say('/montage rank:2');
    expect((await console.complete('full')).map((completion) => completion.line)).toEqual([
      'Full ranking',
    ]);
  });
});
