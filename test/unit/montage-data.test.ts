import { describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE, MONTAGES, releaseYear } from '../../data/index.js';
import { montageEntries } from '../../data/montages.js';
import { montagesSchema } from '../../data/montage-schema.js';

const byTitle = (title: string) => {
  const montage = MONTAGES.find((entry) => entry.film.title === title);
  if (!montage) throw new Error(`no montage for ${title}`);
  return montage;
};

describe('the montage data module', () => {
  it('given the raw entries, then they pass the schema', () => {
    expect(montagesSchema.safeParse(montageEntries).success).toBe(true);
  });

  it('ranks the six films as the article does, best first', () => {
    expect(MONTAGES.map((montage) => `${montage.rank} ${montage.film.title}`)).toEqual([
      '1 Rocky Balboa',
      '2 Rocky IV',
      '3 Rocky',
      '4 Rocky II',
      '5 Rocky V',
      '6 Rocky III',
    ]);
  });

  it('uses US release years from the fact check', () => {
    expect(MONTAGES.map((montage) => [montage.film.title, releaseYear(montage)])).toEqual([
      ['Rocky Balboa', 2006],
      ['Rocky IV', 1985],
      ['Rocky', 1976],
      ['Rocky II', 1979],
      ['Rocky V', 1990],
      ['Rocky III', 1982],
    ]);
  });

  it('titles the first film "Rocky", never "Rocky I"', () => {
    expect(MONTAGES.some((montage) => montage.film.title === 'Rocky I')).toBe(false);
    expect(byTitle('Rocky').film.director).toBe('John G. Avildsen');
  });

  it('has Rocky training Tommy Gunn in Rocky V, spelled with two n', () => {
    const rockyV = byTitle('Rocky V');
    expect(rockyV.training.trainer).toBe('Rocky Balboa');
    expect(rockyV.training.trainee).toContain('Tommy "The Machine" Gunn');
    expect(JSON.stringify(MONTAGES)).not.toMatch(/Tommy Gun\b/);
  });

  it('says Rocky V’s montage track is unconfirmed instead of naming one', () => {
    const rockyV = byTitle('Rocky V');
    expect(rockyV.music.tracks).toEqual([]);
    expect(rockyV.music.note).toMatch(/not confirmed/);
  });

  it('never puts "Eye of the Tiger" over the Rocky III training', () => {
    const rockyIII = byTitle('Rocky III');
    expect(rockyIII.music.tracks.map((track) => track.title)).not.toContain('Eye of the Tiger');
    expect(rockyIII.music.note).toMatch(/opening montage/);
  });

  it('does not repeat the article’s unconfirmed claim about Rocky II’s music', () => {
    expect(JSON.stringify(byTitle('Rocky II'))).not.toMatch(/Going the Distance/);
  });

  it('keeps every quote short and every alias unique within its montage', () => {
    for (const montage of MONTAGES) {
      expect(montage.verdict.quote.split(' ').length).toBeLessThanOrEqual(15);
      expect(new Set(montage.aliases.map((alias) => alias.toLowerCase())).size).toBe(
        montage.aliases.length,
      );
    }
  });

  it('carries the numerals people type, including "Rocky 6" and "Rocky 1"', () => {
    expect(byTitle('Rocky Balboa').aliases).toEqual(
      expect.arrayContaining(['Rocky 6', 'Rocky VI']),
    );
    expect(byTitle('Rocky').aliases).toContain('Rocky 1');
    expect(byTitle('Rocky IV').aliases).toEqual(expect.arrayContaining(['Rocky 4', 'IV', 'Drago']));
  });

  it('credits the article from its address and year, without naming a publisher', () => {
    expect(ARTICLE_SOURCE.year).toBe(2020);
    expect(ARTICLE_SOURCE.publisherNote).toMatch(/not verified/);
    expect(JSON.stringify(ARTICLE_SOURCE)).not.toMatch(/CBR|Screen Rant/i);
  });

  it('given a duplicated rank, then the schema rejects the data', () => {
    const broken = montageEntries.map((entry) => ({ ...entry, rank: 1 }));
    expect(montagesSchema.safeParse(broken).success).toBe(false);
  });

  it('given a field too long for a Discord embed, then the schema rejects it', () => {
    const [first, ...rest] = montageEntries;
    const broken = [{ ...first, setting: 'x'.repeat(2000) }, ...rest];
    expect(montagesSchema.safeParse(broken).success).toBe(false);
  });
});
