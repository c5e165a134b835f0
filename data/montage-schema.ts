import { z } from 'zod';

/** Discord field values cap at 1024 characters; keep every prose field well inside that. */
const prose = (max: number) => z.string().trim().min(1).max(max);

export const RANK_COUNT = 6;

const montageSchema = z.object({
  rank: z.number().int().min(1).max(RANK_COUNT),
  film: z.object({
    /** Exactly as released: `Rocky`, never "Rocky I". */
    title: prose(40),
    usRelease: z.iso.date(),
    director: prose(60),
    /** The film's English Wikipedia article, for a link a reader can follow to check the facts. */
    wikipedia: z.url({ protocol: /^https$/, hostname: /^en\.wikipedia\.org$/ }),
  }),
  /** A few words for the one-line-per-montage ranking. */
  tagline: prose(90),
  /** One line for the embed description: what this montage is, in our words. */
  summary: prose(300),
  training: z.object({
    trainer: prose(120),
    trainee: prose(120),
    /** Who trains whom, as a sentence; in Rocky V it is Rocky doing the training. */
    arrangement: prose(300),
  }),
  fight: z.object({
    opponent: prose(120),
    /** What the training is for, in a sentence. */
    stakes: prose(400),
  }),
  setting: prose(400),
  music: z.object({
    tracks: z.array(z.object({ title: prose(80), credit: prose(160) })).max(3),
    /** Plain-language account, including what is not confirmed (never a guess). */
    note: prose(400),
  }),
  moments: z.array(prose(200)).min(2).max(6),
  verdict: z.object({
    /** The article's reasoning for this rank, summarised in our own words. */
    summary: prose(700),
    /** One short, attributed quote from the article. */
    quote: prose(120),
  }),
  /** What people type that points only at this film: numerals, characters, opponents, places, songs. */
  aliases: z.array(prose(40)).min(1),
  /** Names other films share ("Duke", "steps"), each with who or what it is in this film. */
  mentions: z.array(z.object({ names: z.array(prose(40)).min(1), as: prose(100) })),
});

export const articleSourceSchema = z.object({
  title: prose(120),
  /** A few words a view can print next to the title: the title is inferred. */
  titleNote: prose(80),
  year: z.number().int(),
  copyUrl: z.url(),
  /** The original publisher is not verified, so the bot never names one. */
  publisherNote: prose(120),
});

export const montagesSchema = z
  .array(montageSchema)
  .length(RANK_COUNT)
  .refine(
    (montages) => montages.every((montage, index) => montage.rank === index + 1),
    'montages must be listed by rank, 1 to 6, each rank once',
  )
  .refine(
    (montages) => new Set(montages.map((montage) => montage.film.title)).size === RANK_COUNT,
    'each film appears once',
  );

export type Montage = z.infer<typeof montageSchema>;
export type ArticleSource = z.infer<typeof articleSourceSchema>;
