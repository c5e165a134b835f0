import { describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE, MONTAGES } from '../../data/index.js';

/**
 * House style for every text a user sees: curly quotes and apostrophes (the article's own
 * typography, so verbatim quotes need no retyping) and American spelling (American films, and
 * the article is written in American English).
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

/** British spellings a writer slips into; each has an American form in this text's register. */
const BRITISH_SPELLINGS = [
  /\w*(colour|favour|honour|labour|neighbour|behaviour|humour|rumour|armour|harbour|odour|vapour)\w*/i,
  /\b(defence|offence|licence|pretence)s?\b/i,
  /\b(centre|theatre|metre|fibre|calibre|sombre|spectre|lustre)s?\b/i,
  /\b(real|recogn|organ|apolog|critic|emphas|summar|memor|author|categor|special|final|popular|visual|character|priorit|minim|maxim|optim|standard|util)is(e|ed|es|ing|ation|ations)\b/i,
  /\banalys(e|ed|ing)\b/i,
  /\b(ageing|programme|programmes|grey|tyres?|kerbs?|storeys|whilst|amongst|judgement|manoeuvres?|jewellery|aluminium|sceptic\w*|practised|practising|learnt|spelt)\b/i,
  /\b(travel|cancel|label|model|fuel|signal|marvel|channel)l(ed|ing|er|ers)\b/i,
];

function styleProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes('"')) problems.push('straight double quote: use “ ”');
  if (text.includes("'")) problems.push('straight apostrophe or single quote: use ’ or ‘ ’');
  if (text.includes('...')) problems.push('three dots: use …');
  if (text.split('“').length !== text.split('”').length) problems.push('unbalanced “ ”');
  if (text.split('‘').length > text.split('’').length) problems.push('‘ without a closing ’');
  for (const pattern of BRITISH_SPELLINGS) {
    const match = pattern.exec(text);
    if (match) problems.push(`British spelling “${match[0]}”`);
  }
  return problems;
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
