import { describe, expect, it } from 'vitest';
import type { Montage } from '../../data/index.js';
import { findMontage, type FilmLookup } from '../../src/lookup/find-montage.js';
import { EVAL_QUERIES, type EvalQuery } from './lookup-queries.js';

const titles = (montages: readonly Montage[]) => montages.map((montage) => montage.film.title);

/** What the lookup answered, in the evaluation set's terms. */
function answered(lookup: FilmLookup): string {
  switch (lookup.kind) {
    case 'found':
      return lookup.montage.film.title;
    case 'ambiguous':
      return `[${titles(lookup.candidates).sort().join(', ')}]`;
    case 'miss':
      return `miss (suggests ${titles(lookup.suggestions).join(', ') || 'nothing'})`;
    default:
      return lookup.kind;
  }
}

/** Why an answer is wrong, or undefined when it is right. */
function problem({ query, expected, roles, suggests }: EvalQuery): string | undefined {
  const lookup = findMontage(query);
  const got = answered(lookup);
  if (typeof expected !== 'string') {
    if (lookup.kind !== 'ambiguous') return `expected one of ${expected.join(', ')}, got ${got}`;
    const want = `[${[...expected].sort().join(', ')}]`;
    if (got !== want) return `expected ${want}, got ${got}`;
    const unnamed = lookup.candidates.filter((montage) => !lookup.matchedAs.has(montage));
    if (roles && unnamed.length > 0) return `no "who is it" line for ${titles(unnamed).join(', ')}`;
    return undefined;
  }
  if (expected === 'miss' || expected === 'empty' || expected === 'creed') {
    if (lookup.kind !== expected) return `expected ${expected}, got ${got}`;
    if (suggests && lookup.kind === 'miss' && !titles(lookup.suggestions).includes(suggests)) {
      return `expected suggestions to include ${suggests}, got ${got}`;
    }
    return undefined;
  }
  return got === expected ? undefined : `expected ${expected}, got ${got}`;
}

describe('lookup evaluation set: queries as fans type them', () => {
  it('holds at least 200 queries across every kind of input', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(EVAL_QUERIES.map(({ query }) => query)).size).toBe(EVAL_QUERIES.length);
  });

  it('answers every query right (100 %), reporting accuracy per category', () => {
    // Looked up inside the test, so mutation testing's per-test coverage credits it.
    const results = EVAL_QUERIES.map((row) => ({ ...row, problem: problem(row) }));
    const byCategory = new Map<string, { queries: number; right: number }>();
    for (const { category, problem: wrong } of results) {
      const tally = byCategory.get(category) ?? { queries: 0, right: 0 };
      byCategory.set(category, {
        queries: tally.queries + 1,
        right: tally.right + (wrong ? 0 : 1),
      });
    }
    const right = results.filter(({ problem: wrong }) => !wrong).length;
    console.table(
      Object.fromEntries(
        [...byCategory, ['ALL', { queries: results.length, right }] as const].map(
          ([category, { queries, right: ok }]) => [
            category,
            { queries, right: ok, accuracy: `${((100 * ok) / queries).toFixed(1)} %` },
          ],
        ),
      ),
    );
    const failures = results
      .filter(({ problem: wrong }) => wrong)
      .map(
        ({ category, query, problem: wrong }) => `${category}: ${JSON.stringify(query)}: ${wrong}`,
      );
    expect(failures).toEqual([]);
  });
});
