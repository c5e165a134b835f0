/**
 * The longest text the lookup reads: the `film` option's maximum length in Discord. Autocomplete
 * values have no such cap, so every path cuts its input here before any work; a 60 KB value
 * then costs what 100 characters cost.
 */
export const MAX_QUERY_LENGTH = 100;
