import { articleSourceEntry, montageEntries } from './montages.js';
import { articleSourceSchema, montagesSchema, type Montage } from './montage-schema.js';

export { RANK_COUNT, type ArticleSource, type Montage } from './montage-schema.js';

/** Validated once at load: a typo in the data stops the bot at start-up, not mid-conversation. */
export const MONTAGES = Object.freeze(montagesSchema.parse(montageEntries));
export const ARTICLE_SOURCE = Object.freeze(articleSourceSchema.parse(articleSourceEntry));

/** The article's order: from #6 up to #1. */
export const COUNTDOWN = Object.freeze([...MONTAGES].reverse());

export function montageByRank(rank: number): Montage | undefined {
  // Guarded: reading index -1 or 6 of the array takes V8's slow path on every answer.
  return rank >= 1 && rank <= MONTAGES.length ? MONTAGES[rank - 1] : undefined;
}

export function releaseYear(montage: Montage): number {
  return Number(montage.film.usRelease.slice(0, 4));
}
