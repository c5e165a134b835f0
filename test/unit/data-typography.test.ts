import { describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE, MONTAGES } from '../../data/index.js';
import { styleProblems } from '../../fixtures/house-style.js';

/**
 * House style (fixtures/house-style.ts) for every text a user sees; the contract tests hold the
 * bot's replies to the same style.
 *
 * Aliases are search keys typed the way fans type them, and dates and web addresses are not
 * prose, so those fields are left out. Every other string field is in, including fields added
 * later.
 */
const NOT_PROSE = new Set(['aliases', 'names', 'usRelease', 'wikipedia', 'copyUrl']);

function proseStrings(value: unknown, path: string): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => proseStrings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !NOT_PROSE.has(key))
      .flatMap(([key, item]) => proseStrings(item, `${path}.${key}`));
  }
  return [];
}

const everyText = [
  ...MONTAGES.flatMap((montage) => proseStrings(montage, `#${montage.rank}`)),
  ...proseStrings(ARTICLE_SOURCE, 'source'),
];

describe('the data’s house style', () => {
  it('given every user-visible text in the data, then it has curly quotes and American spelling', () => {
    const problems = everyText.flatMap(([path, text]) =>
      styleProblems(text).map((problem) => `${path}: ${problem} in “${text}”`),
    );
    expect(problems).toEqual([]);
  });

  it('covers every prose field: summaries, verdicts, quotes, music notes and the source title', () => {
    const paths = everyText.map(([path]) => path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '#1.summary',
        '#2.verdict.quote',
        '#3.music.tracks[0].credit',
        '#5.music.note',
        '#6.moments[0]',
        'source.title',
        'source.titleNote',
      ]),
    );
    expect(paths.some((path) => /aliases|names|wikipedia|usRelease|copyUrl/.test(path))).toBe(
      false,
    );
  });

  it.each([
    ['Duke\'s "hurtin\' bombs"', /straight double quote/],
    ['Duke’s “hurtin’ bombs', /unbalanced/],
    ['his title defences', /British spelling “defences”/],
    ['an ageing Rocky', /British spelling “ageing”/],
    ['Rocky’s colourful past', /British spelling “colourful”/],
    ['to realise his dream', /British spelling “realise”/],
    ['he travelled to Moscow', /British spelling “travelled”/],
    ['wait for it...', /three dots/],
  ])('given the slip %j, then the style check reports it', (text, problem) => {
    expect(styleProblems(text).join('; ')).toMatch(problem);
  });

  it.each([
    'Rocky’s “hurtin’ bombs” and the ‘Italian Stallion’ nickname',
    'an aging Rocky, his title defenses, the emphasis on speed, a franchise, an exercise',
    'the promise of a surprise: analyses of the theater',
  ])('given the house style %j, then the style check passes it', (text) => {
    expect(styleProblems(text)).toEqual([]);
  });
});
