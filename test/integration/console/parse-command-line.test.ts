import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import { parseCommandLine } from '../../../src/adapters/console/parse-command-line.js';

const definitions = COMMANDS.map((command) => command.definition);
const parse = (line: string) => parseCommandLine(line, definitions);

function problemOf(line: string): string {
  const parsed = parse(line);
  if (parsed.ok) throw new Error(`expected ${line} to be refused`);
  return parsed.problem;
}

describe('parsing a slash line like Discord’s client', () => {
  it('given a value with spaces, when parsed, then the value runs to the next known option', () => {
    expect(parse('/montage film:rocky balboa hide:true')).toEqual({
      ok: true,
      name: 'montage',
      options: [
        { name: 'film', type: ApplicationCommandOptionType.String, value: 'rocky balboa' },
        { name: 'hide', type: ApplicationCommandOptionType.Boolean, value: true },
      ],
    });
  });

  it('given typed options, when parsed, then each gets its type from the command definition', () => {
    expect(parse('/montage rank:2')).toMatchObject({
      ok: true,
      options: [{ name: 'rank', type: ApplicationCommandOptionType.Integer, value: 2 }],
    });
  });

  it.each([
    ['yes', true],
    ['No', false],
    ['TRUE', true],
    ['false', false],
  ])('given hide:%s, when parsed, then hide is %s', (word, value) => {
    expect(parse(`/montage hide:${word}`)).toMatchObject({ ok: true, options: [{ value }] });
  });

  it('given an integer option with choices, when a choice name is typed, then its value is sent', () => {
    expect(parse('/montage rank:#2 · Rocky IV (1985)')).toMatchObject({
      ok: true,
      options: [{ name: 'rank', value: 2 }],
    });
  });

  it('given a non-integer or an unknown choice, when parsed, then it is refused with the choices', () => {
    expect(problemOf('/montage rank:two')).toContain('`rank` must be one of its choices');
    expect(problemOf('/montage rank:9')).toContain('1, 2, 3, 4, 5 or 6');
  });

  it('given a value that is not a boolean, when parsed, then it is refused', () => {
    expect(problemOf('/montage hide:maybe')).toBe(
      '`hide` must be True or False (yes and no work too).',
    );
  });

  it('given an option the command does not have, when parsed, then it is refused naming the real ones', () => {
    expect(problemOf('/montage film:rocky colour:red')).toBe(
      '`/montage` has no option `colour`; it has `rank:`, `film:` and `hide:`.',
    );
    expect(problemOf('/montage year:1985')).toContain('no option `year`');
  });

  it('given a bare value without an option name, when parsed, then the hint offers the lines that work', () => {
    expect(problemOf('/montage 4')).toContain(
      'Did you mean `/montage rank:4` or `/montage film:4`?',
    );
    expect(problemOf('/montage rocky iv')).toContain('`/montage film:rocky iv`');
  });

  it('given the same option twice or an empty value, when parsed, then it is refused', () => {
    expect(problemOf('/montage rank:1 rank:2')).toContain('given twice');
    expect(problemOf('/montage film: hide:true')).toContain('needs a value');
  });

  it('given a film longer than its max length, when parsed, then it is refused before the bot', () => {
    expect(problemOf(`/montage film:${'x'.repeat(101)}`)).toBe(
      '`film` must be 100 characters or fewer.',
    );
  });

  it('given an unknown command, when parsed, then it passes through for the bot to answer', () => {
    expect(parse('/nope whatever')).toEqual({ ok: true, name: 'nope', options: [] });
  });

  it('given options to a command without any, when parsed, then it is refused', () => {
    expect(problemOf('/help me')).toBe('`/help` takes no options.');
  });

  it('given a colon inside a film value that is not option-shaped, when parsed, then it stays in the value', () => {
    expect(parse('/montage film:Rocky: the first')).toMatchObject({
      ok: true,
      options: [{ name: 'film', value: 'Rocky: the first' }],
    });
  });
});

describe('given a command declaring option kinds ours do not use', () => {
  const future: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    name: 'future',
    description: 'A command from a later round',
    options: [
      { name: 'who', description: 'A member', type: ApplicationCommandOptionType.User },
      { name: 'ratio', description: 'A decimal', type: ApplicationCommandOptionType.Number },
      {
        name: 'count',
        description: 'Any whole number',
        type: ApplicationCommandOptionType.Integer,
      },
    ],
  };
  const parseFuture = (line: string) => parseCommandLine(line, [future]);

  it.each(['who:@someone', 'ratio:0.5', 'count:3'])(
    'when %s is typed, then one polite refusal names the option instead of sending a guess',
    (typed) => {
      const name = typed.slice(0, typed.indexOf(':'));
      expect(parseFuture(`/future ${typed}`)).toEqual({
        ok: false,
        problem: `\`${name}\`: the local console cannot send this option type.`,
      });
    },
  );
});
