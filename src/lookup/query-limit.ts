/** The `film` option's limit; autocomplete values have none, so every path cuts its input first. */
export const MAX_QUERY_LENGTH = 100;
