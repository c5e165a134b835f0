import { describe, expect, it } from 'vitest';
import { findMontage, findMontageByRank, type FilmLookup } from '../../src/lookup/find-montage.js';
import { normalizeQuery } from '../../src/lookup/normalize-query.js';

/** What a lookup says, in one comparable string: "found Rocky IV", "ambiguous Rocky|Rocky II"... */
function outcome(lookup: FilmLookup): string {
  switch (lookup.kind) {
    case 'found':
      return `found ${lookup.montage.film.title}`;
    case 'ambiguous':
      return `ambiguous ${lookup.candidates.map((montage) => montage.film.title).join('|')}`;
    case 'miss':
      return 'miss';
    default:
      return lookup.kind;
  }
}

const table: [query: string, expected: string][] = [
  // titles, case, spacing, punctuation, accents
  ['Rocky IV', 'found Rocky IV'],
  ['rocky iv', 'found Rocky IV'],
  ['  ROCKY   IV  ', 'found Rocky IV'],
  ['Rocky-IV!', 'found Rocky IV'],
  ['Rócky ÍV', 'found Rocky IV'],
  ['Rocky', 'found Rocky'],
  ['Rocky Balboa', 'found Rocky Balboa'],
  ['rocky balboa', 'found Rocky Balboa'],
  // numerals: Arabic, Roman, words, glued
  ['rocky 4', 'found Rocky IV'],
  ['rocky4', 'found Rocky IV'],
  ['rockyiv', 'found Rocky IV'],
  ['IV', 'found Rocky IV'],
  ['4', 'found Rocky IV'],
  ['rocky four', 'found Rocky IV'],
  ['Rocky 1', 'found Rocky'],
  ['Rocky I', 'found Rocky'],
  ['Rocky 2', 'found Rocky II'],
  ['rocky ii', 'found Rocky II'],
  ['Rocky 3', 'found Rocky III'],
  ['Rocky 5', 'found Rocky V'],
  ['v', 'found Rocky V'],
  ['Rocky 6', 'found Rocky Balboa'],
  ['Rocky VI', 'found Rocky Balboa'],
  // years
  ['Rocky (1976)', 'found Rocky'],
  ['Rocky III (1982)', 'found Rocky III'],
  ['1985', 'found Rocky IV'],
  ['Rocky IV (1976)', 'ambiguous Rocky IV|Rocky'],
  // aliases: people, opponents, places, songs
  ['Drago', 'found Rocky IV'],
  ['Ivan Drago', 'found Rocky IV'],
  ['Clubber Lang', 'found Rocky III'],
  ['Mr. T', 'found Rocky III'],
  ['Tommy Gunn', 'found Rocky V'],
  ['Mason Dixon', 'found Rocky Balboa'],
  ['Punchy', 'found Rocky Balboa'],
  ['Siberia', 'found Rocky IV'],
  ['the chicken one', 'found Rocky II'],
  ['Eye of the Tiger', 'found Rocky III'],
  ['Hearts on Fire', 'found Rocky IV'],
  ['the Rocky IV montage', 'found Rocky IV'],
  ['rocky vs drago', 'found Rocky IV'],
  // typos
  ['Rokcy IV', 'found Rocky IV'],
  ['rocky balboaa', 'found Rocky Balboa'],
  ['dargo', 'found Rocky IV'],
  ['clubber lnag', 'found Rocky III'],
  ['Tommy Gun', 'found Rocky V'],
  ['tomy gunn', 'found Rocky V'],
  // several films fit equally: candidates, never a guess
  ['Apollo', 'ambiguous Rocky|Rocky II|Rocky III'],
  ['apolo', 'ambiguous Rocky|Rocky II|Rocky III'],
  ['Mickey', 'ambiguous Rocky|Rocky II'],
  ['Duke', 'ambiguous Rocky Balboa|Rocky IV|Rocky V'],
  ['Gonna Fly Now', 'ambiguous Rocky Balboa|Rocky|Rocky II|Rocky III'],
  // the Creed films are not in the article
  ['Creed', 'creed'],
  ['Creed II', 'creed'],
  ['creed 3', 'creed'],
  ['CREED III', 'creed'],
  // nothing typed is the ranking; something typed that names nothing is a miss
  ['', 'empty'],
  ['    ', 'empty'],
  ['🥊', 'miss'],
  ['<:rocky:123456789012345678>', 'miss'],
  ['asdkjhasd', 'miss'],
  ['@everyone', 'miss'],
  ['**bold** _markdown_', 'miss'],
  ['<@123456789012345678>', 'miss'],
  ['rocky 7', 'miss'],
  ['x'.repeat(500), 'miss'],
  ['Rocky IV'.repeat(12), 'found Rocky IV'],
];

describe('findMontage', () => {
  it.each(table)('given %j, then %s', (query, expected) => {
    expect(outcome(findMontage(query))).toBe(expected);
  });

  it('has a table of at least 40 lookups', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it('given a typo, then it says the match was fuzzy; given a title, exact', () => {
    expect(findMontage('Rokcy IV')).toMatchObject({ kind: 'found', how: 'fuzzy' });
    expect(findMontage('Rocky IV')).toMatchObject({ kind: 'found', how: 'exact' });
  });

  it('given a near miss, then it suggests the nearest film first', () => {
    const lookup = findMontage('rocky 7');
    expect(lookup.kind).toBe('miss');
    expect(lookup.kind === 'miss' && lookup.suggestions.length).toBeGreaterThan(0);
  });

  it('given 500 characters of random junk, then it answers quickly without throwing', () => {
    const junk = Array.from({ length: 500 }, (_, index) =>
      String.fromCharCode(33 + ((index * 7919) % 90)),
    ).join('');
    expect(() => findMontage(junk)).not.toThrow();
  });
});

describe('findMontageByRank', () => {
  it.each([1, 2, 3, 4, 5, 6])('given rank %i, then the montage at that rank', (rank) => {
    expect(findMontageByRank(rank)?.rank).toBe(rank);
  });

  it.each([0, 7, -1, 2.5, Number.NaN])('given %s, then nothing', (rank) => {
    expect(findMontageByRank(rank)).toBeUndefined();
  });
});

describe('normalizeQuery', () => {
  it.each([
    ['Rocky IV', 'rocky 4'],
    ['rocky4', 'rocky 4'],
    ['Rócky Four', 'rocky 4'],
    ['I want Drago', 'i want drago'],
    ['Rocky (1976)', 'rocky'],
  ])('folds %j to %j', (raw, text) => {
    expect(normalizeQuery(raw).text).toBe(text);
  });

  it('keeps the year apart', () => {
    expect(normalizeQuery('Rocky (1976)').years).toEqual([1976]);
  });
});
