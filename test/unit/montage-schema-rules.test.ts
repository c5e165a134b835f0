import { describe, expect, it } from 'vitest';
import { montageEntries } from '../../data/montages.js';
import { montagesSchema } from '../../data/montage-schema.js';

describe('the montage list schema', () => {
  it('given two entries for the same film, then it rejects the data and says why', () => {
    const [first, second, ...rest] = montageEntries;
    const broken = [
      first,
      { ...second, film: { ...second.film, title: first.film.title } },
      ...rest,
    ];
    const result = montagesSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['each film appears once']);
  });

  it('given the ranks out of order, then it rejects the data and says why', () => {
    const [first, second, ...rest] = montageEntries;
    const result = montagesSchema.safeParse([second, first, ...rest]);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'montages must be listed by rank, 1 to 6, each rank once',
    ]);
  });
});
