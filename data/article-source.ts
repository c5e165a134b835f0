import type { ArticleSource } from './montage-schema.js';

/**
 * The ranked article. Its title comes from the web address of the only copy found (May 2020);
 * the punctuation is a guess. The original publisher and author are not verified, so the bot
 * never names them.
 */
export const articleSourceEntry = {
  title: 'Rocky: Every Training Montage, From Least To Most Motivational, Ranked',
  titleNote: 'likely title, read from the web address of the only copy found',
  year: 2020,
  copyUrl:
    'http://www.tvandmovienews.com/2020/05/rocky-every-training-montage-from-least-to-most-motivational-ranked/',
  publisherNote: 'original publisher not verified',
} as const satisfies ArticleSource;
