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
    expect(rockyV.training.trainee).toContain('Tommy “The Machine” Gunn');
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

  it('links each film to its own English Wikipedia article, so a reader can check the facts', () => {
    for (const montage of MONTAGES) {
      const link = new URL(montage.film.wikipedia);
      expect(`${link.protocol}//${link.hostname}`).toBe('https://en.wikipedia.org');
      // Each article is named for its film; only Rocky Balboa needs "(film)" to tell it from the character.
      expect(decodeURIComponent(link.pathname)).toMatch(
        new RegExp(`^/wiki/${montage.film.title.replace(/ /g, '_')}(_\\(film\\))?$`),
      );
    }
  });

  it('given a link away from Wikipedia or over plain http, then the schema rejects it', () => {
    for (const wikipedia of [
      'http://en.wikipedia.org/wiki/Rocky',
      'https://en.wikipedia.org.example/wiki/Rocky',
    ]) {
      const [first, ...rest] = montageEntries;
      const broken = [{ ...first, film: { ...first.film, wikipedia } }, ...rest];
      expect(montagesSchema.safeParse(broken).success).toBe(false);
    }
  });

  it('marks the source title as the likely one, since it is read from a web address', () => {
    expect(ARTICLE_SOURCE.titleNote).toMatch(/likely title/);
    expect(ARTICLE_SOURCE.titleNote).toMatch(/web address/);
  });

  it('keeps each verdict to what the article says', () => {
    // The article praises "the best montage song in the series", not the best song outright.
    expect(byTitle('Rocky').verdict.summary).toMatch(/best montage song/);
    // It raises Rocky's son only as something better writing could have explored.
    expect(byTitle('Rocky V').verdict.summary).toMatch(/better writing[^.]*son/);
    // It gives no reason for the top rank beyond the emotion running high.
    expect(byTitle('Rocky Balboa').verdict.summary).not.toMatch(
      /at the top|first place|number one/i,
    );
  });

  it('tells the reader something new in each field of a page: no run of four words appears twice', () => {
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/[’']s\b/g, '')
        .split(/[^a-z0-9-]+/)
        .filter(Boolean);
    const repeats: string[] = [];
    for (const montage of MONTAGES) {
      const fields: [string, string][] = [
        ['summary', montage.summary],
        ['who trains whom', montage.training.arrangement],
        ['training for', montage.fight.stakes],
        ['setting', montage.setting],
        ...montage.music.tracks.map((track): [string, string] => [
          'track',
          `${track.title} ${track.credit}`,
        ]),
        ['music note', montage.music.note],
        ...montage.moments.map((moment, index): [string, string] => [
          `moment ${index + 1}`,
          moment,
        ]),
        ['verdict', montage.verdict.summary],
        ['quote', montage.verdict.quote],
      ];
      const firstSeen = new Map<string, string>();
      for (const [field, text] of fields) {
        const list = words(text);
        for (let start = 0; start + 4 <= list.length; start += 1) {
          const run = list.slice(start, start + 4).join(' ');
          const earlier = firstSeen.get(run);
          if (earlier === undefined) firstSeen.set(run, field);
          else if (earlier !== field)
            repeats.push(`${montage.film.title}: “${run}” in ${earlier} and ${field}`);
        }
      }
    }
    expect(repeats).toEqual([]);
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
