import { ARTICLE_SOURCE } from '../../data/index.js';

/** Credits the article by its title and year; its publisher is unverified, so none is named. */
export const SOURCE_CREDIT = `Source: “${ARTICLE_SOURCE.title}” (${ARTICLE_SOURCE.year})`;
