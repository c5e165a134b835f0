/**
 * The `film` option's maximum length. Autocomplete values have no cap, so every path cuts its
 * input here first: a 60 KB value then costs what 100 characters cost.
 */
export const MAX_QUERY_LENGTH = 100;
