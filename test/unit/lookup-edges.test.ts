import { describe, expect, it } from 'vitest';
import {
  findMontage,
  MAX_QUERY_LENGTH,
  suggestMontages,
  type FilmLookup,
} from '../../src/lookup/find-montage.js';
import { correctWord } from '../../src/lookup/montage-index.js';
import { normalizeQuery } from '../../src/lookup/normalize-query.js';

const titles = (lookup: FilmLookup): string[] => {
  switch (lookup.kind) {
    case 'found':
      return [lookup.montage.film.title];
    case 'ambiguous':
      return lookup.candidates.map((montage) => montage.film.title);
    case 'miss':
      return lookup.suggestions.map((montage) => montage.film.title);
    default:
      return [];
  }
};

describe('years, as fans write them', () => {
  it.each([
    ["rocky '85", 1985],
    ['rocky ’06', 2006],
    ["'50", 1950],
    ["'49", 2049],
    ['rocky 85', 1985],
    ['rocky 2006', 2006],
  ])('given %j, then the year %i', (query, year) => {
    expect(normalizeQuery(query).years).toEqual([year]);
  });

  it.each(['rocky 69', 'rocky 2100', '1899'])(
    'given %j, then no year: the number stays a word',
    (query) => {
      expect(normalizeQuery(query).years).toEqual([]);
      expect(normalizeQuery(query).text).toContain(query.split(' ').at(-1));
    },
  );

  it('given the hero and a year no film has, then a miss with no suggestions', () => {
    expect(findMontage('rocky 2030')).toEqual({ kind: 'miss', suggestions: [] });
  });

  it('given the hero and a year, then the year decides, exactly', () => {
    expect(findMontage('rocky 1985')).toMatchObject({ kind: 'found', how: 'exact' });
    expect(titles(findMontage('rocky 1985'))).toEqual(['Rocky IV']);
  });

  it('given two years, then both films, best ranked first', () => {
    const lookup = findMontage('1979 1976');
    expect(lookup.kind).toBe('ambiguous');
    expect(titles(lookup)).toEqual(['Rocky', 'Rocky II']);
  });

  it('given a name and a year that disagree, then both films and no guess', () => {
    expect(titles(findMontage('drago 1976'))).toEqual(['Rocky IV', 'Rocky']);
  });
});

describe('numerals and word order', () => {
  it.each([
    ['IV rocky', 'rocky 4'],
    ['5 rocky', 'rocky 5'],
    ['4 rocky 5', '4 rocky 5'],
    ['rocky & adrian', 'rocky and adrian'],
    ['L.A.', 'la'],
    ['rocky ivrocky iv', 'rocky 4 rocky 4'],
    ['the montage', 'the montage'],
  ])('given %j, then it reads %j', (query, text) => {
    expect(normalizeQuery(query).text).toBe(text);
  });

  it.each(['one', 'rocky one', 'uno', 'rocky uno', 'uno rocky'])(
    'given %j, a number word alone or next to the hero, then Rocky (1976)',
    (query) => {
      expect(titles(findMontage(query))).toEqual(['Rocky']);
    },
  );

  it('given a number word away from the hero, then it is only a word', () => {
    expect(normalizeQuery('uno drago').text).toBe('uno drago');
  });
});

describe('misses and their suggestions', () => {
  it('given a sequel number that does not exist, then at most three suggestions, best first', () => {
    const lookup = findMontage('rocky 7');
    expect(lookup.kind).toBe('miss');
    expect(titles(lookup)).toEqual(['Rocky Balboa', 'Rocky', 'Rocky II']);
  });

  it('given a Creed number past the films, then a miss rather than the Creed note', () => {
    expect(findMontage('Creed 4').kind).toBe('miss');
    expect(findMontage('adonis creed').kind).toBe('creed');
  });

  it('given 33 letters that name nothing, then a miss without a fuzzy guess', () => {
    expect(findMontage('d'.repeat(33))).toEqual({ kind: 'miss', suggestions: [] });
  });
});

describe('spelling correction, by word length', () => {
  it.each([
    ['rockyy', 'rocky'],
    ['rocy', 'rocky'],
    ['drag', 'drago'],
    ['adrain', 'adrian'],
    ['philadelphi', 'philadelphia'],
    ['phildelpha', 'philadelphia'],
    ['kettlebelsss', 'kettlebells'],
  ])('given %j, then %j', (typed, meant) => {
    expect(correctWord(typed)).toBe(meant);
  });

  it.each([
    ['rockxyz', 'two added letters in seven are two edits'],
    ['dragoxx', 'two edits in seven letters'],
    ['philxdxlphxa', 'three edits even in twelve letters'],
    ['kettlebells'.padEnd(21, 's'), 'longer than any film word by far'],
    ['rocky1', 'not only letters'],
    ['www', 'a web address part'],
  ])('given %j, then it stays as typed: %s', (typed) => {
    expect(correctWord(typed)).toBe(typed);
  });

  it('given a corrected word, then the lookup says fuzzy', () => {
    expect(normalizeQuery('rockyy', correctWord)).toEqual({
      text: 'rocky',
      years: [],
      corrected: true,
    });
    expect(normalizeQuery('rocky', correctWord).corrected).toBe(false);
  });
});

describe('the length cap', () => {
  it('given exactly the maximum, then the text is kept whole; one more, then cut', () => {
    const full = `${' '.repeat(MAX_QUERY_LENGTH - 1)}4`;
    expect(findMontage(full)).toMatchObject({ kind: 'found', montage: { rank: 2 } });
    expect(findMontage(` ${full}`)).toEqual({ kind: 'empty' });
  });
});

describe('suggestions while typing', () => {
  it('given an exact film, then it first, then the names the text begins', () => {
    expect(suggestMontages('rocky i').map((montage) => montage.film.title)).toEqual([
      'Rocky',
      'Rocky IV',
      'Rocky II',
      'Rocky III',
    ]);
  });

  it('given a trailing space or punctuation, then the same names as without it', () => {
    const titlesFor = (text: string) => suggestMontages(text).map((montage) => montage.film.title);
    expect(titlesFor('Rocky I ')).toEqual(titlesFor('rocky i'));
    expect(titlesFor('Rocky I!')).toEqual(titlesFor('rocky i'));
  });

  it('given a typo, then the guess only', () => {
    expect(suggestMontages('dargo').map((montage) => montage.film.title)).toEqual(['Rocky IV']);
  });

  it('given a shared name, then every film it is in, in rank order', () => {
    expect(suggestMontages('apollo').map((montage) => montage.film.title)).toEqual([
      'Rocky',
      'Rocky II',
      'Rocky III',
    ]);
  });
});

describe('lookups the evaluation set does not pin down', () => {
  it('given a shared name and a year, then the year picks among the films the name fits', () => {
    expect(findMontage('apollo 1979')).toMatchObject({ kind: 'found', how: 'exact' });
    expect(titles(findMontage('apollo 1979'))).toEqual(['Rocky II']);
  });

  it('given a title and a year that disagree, then both, best ranked first', () => {
    expect(titles(findMontage('Rocky III (1976)'))).toEqual(['Rocky', 'Rocky III']);
  });

  it('given a shared name misspelt past correction, then every film it fits, not a miss', () => {
    const lookup = findMontage('opollo');
    expect(lookup.kind).toBe('ambiguous');
    expect(titles(lookup)).toEqual(['Rocky', 'Rocky II', 'Rocky III']);
  });

  it('given a name misspelt in its first letter, then the fuzzy search finds it and says so', () => {
    expect(findMontage('xrago')).toMatchObject({ kind: 'found', how: 'fuzzy' });
    expect(titles(findMontage('xrago'))).toEqual(['Rocky IV']);
  });

  it.each([
    ['Rocky IVDrago', 'rocky 4 drago'],
    ['16 rocky', '16 rocky'],
    ['61 rocky', '61 rocky'],
    ['4 rocky 5x', 'rocky 4 5x'],
    ['4 rocky 10', '4 rocky 10'],
    ['drago 4 rocky', 'drago rocky 4'],
  ])('given %j, then it reads %j', (query, text) => {
    expect(normalizeQuery(query).text).toBe(text);
  });

  it('given a numeral glued to the hero, then that film', () => {
    expect(titles(findMontage('rockyv'))).toEqual(['Rocky V']);
  });

  it('given an eight-letter slip two edits away, then it is corrected; a wrong first letter is not', () => {
    expect(correctWord('syberiaa')).toBe('siberia');
    expect(correctWord('brago')).toBe('brago');
  });

  it.each(['dxrgo', 'daxgo'])(
    'given %j, a changed letter beside a swap-like pair, then it is two edits and stays as typed',
    (typed) => {
      expect(correctWord(typed)).toBe(typed);
    },
  );

  it('given a half word corrected to the hero, then the names it begins, in rank order', () => {
    expect(suggestMontages('rock').map((montage) => montage.film.title)).toEqual([
      'Rocky Balboa',
      'Rocky IV',
      'Rocky',
      'Rocky II',
      'Rocky V',
      'Rocky III',
    ]);
  });
});
