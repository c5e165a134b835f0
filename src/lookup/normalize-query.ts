function numerals(byNumber: Readonly<Record<number, readonly string[]>>): Map<string, string> {
  return new Map(
    Object.entries(byNumber).flatMap(([digit, words]) => words.map((word) => [word, digit])),
  );
}

/** Numerals that only ever mean a number: "Rocky IV", "rocky four". */
const NUMERALS = numerals({
  2: ['ii', 'two'],
  3: ['iii', 'three'],
  4: ['iv', 'four'],
  5: ['five'],
  6: ['vi', 'six'],
});

/** Also ordinary words ("I", "one") or foreign ("vier"): numerals only next to "rocky" or alone. */
const CONTEXT_NUMERALS = numerals({
  1: ['i', 'one', 'first', 'uno', 'eins'],
  2: ['second', 'dos', 'dois', 'deux', 'zwei', 'due'],
  3: ['third', 'tres', 'trois', 'drei', 'tre'],
  4: ['fourth', 'cuatro', 'quatro', 'quatre', 'vier', 'quattro'],
  5: ['v', 'fifth', 'cinco', 'cinq', 'funf', 'fuenf', 'cinque'],
  6: ['sixth', 'seis', 'sechs', 'sei'],
});

const SERIES_WORDS = new Set(['rocky', 'creed']);

/** "IV rocky" reads as "rocky 4", the order the names use; "4 rocky 5" keeps its order. */
const NUMERAL_BEFORE_SERIES = /(?<=^| )([1-6]) (rocky|creed)(?= |$)(?! \d+(?: |$))/g;

/** Words that say nothing about which film is meant ("the Rocky IV montage", "the chicken one"). */
const FILLER_WORDS = new Set([
  'the',
  'a',
  'film',
  'movie',
  'montage',
  'training',
  'part',
  'pt',
  'scene',
  'one',
]);

const YEAR = /^(19|20)\d\d$/;
/** "Rocky 85" and "Rocky '85" name a year; "Rocky 10" does not. */
const SHORT_YEAR = /^[7-9]\d$/;
const APOSTROPHE_YEAR = /['‘’](\d\d)\b/g;

/** Links, mentions, custom emoji (<@1>, <t:1:R>, @everyone): their letters are never film words. */
const NOT_WORDS =
  /<[^<>\s]*>|<\/[^<>]*>|@(?:everyone|here)\b|\b[a-z][a-z\d+.-]*:\/\/\S*|\bwww\.\S+/giu;

/** Case, accents and punctuation folded away, words kept as typed: "Rócky-IV" -> "rocky iv". */
export function foldText(raw: string): string {
  return (
    raw
      .normalize('NFKD')
      // "Rocky IVRocky IV": an upper-case numeral run into the next capitalised word.
      .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/['‘’]/g, '')
      // "L.A.", "U.S.S.R.": initials are one word.
      .replace(/\b(?:[a-z]\.){2,}/g, (initials) => initials.replaceAll('.', ''))
      // "rocky ivrocky iv" when a paste runs titles together.
      .replace(/\B(rocky|creed)/g, ' $1')
      // "rocky4", "rokcy4" and "rockyiv" are common when people skip the space.
      .replace(/([a-z])(\d)/g, '$1 $2')
      .replace(/\b(rocky|creed)(i{1,3}|iv|vi?)\b/g, '$1 $2')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** "Rócky-IV (1976)" -> "rocky 4", 1976; spelling is fixed first, so "rokcy V" reads "rocky 5". */
export function normalizeQuery(raw: string, correctWord = (word: string) => word) {
  const years: number[] = [];
  const spelled: string[] = [];
  let corrected = false;
  const withYears = raw.replace(APOSTROPHE_YEAR, (_, digits: string) =>
    Number(digits) >= 50 ? ` 19${digits}` : ` 20${digits}`,
  );
  for (const word of foldText(withYears.replace(NOT_WORDS, ' ')).split(' ')) {
    if (YEAR.test(word) || SHORT_YEAR.test(word)) {
      years.push(word.length === 2 ? 1900 + Number(word) : Number(word));
    } else if (word !== '') {
      const fixed = NUMERALS.has(word) || CONTEXT_NUMERALS.has(word) ? word : correctWord(word);
      corrected ||= fixed !== word;
      spelled.push(fixed);
    }
  }
  const meaningful = spelled.filter((word) => !FILLER_WORDS.has(word));
  const words = meaningful.length > 0 ? meaningful : spelled;
  const read = words.map((word, index) => {
    const contextual = CONTEXT_NUMERALS.get(word);
    const nearSeries =
      SERIES_WORDS.has(words[index - 1] ?? '') || SERIES_WORDS.has(words[index + 1] ?? '');
    const inContext = contextual !== undefined && (words.length === 1 || nearSeries);
    return NUMERALS.get(word) ?? (inContext ? contextual : word);
  });
  const text = read.join(' ').replace(NUMERAL_BEFORE_SERIES, '$2 $1');
  return { text, years, corrected };
}
