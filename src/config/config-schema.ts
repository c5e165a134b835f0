import { z } from 'zod';

/** Discord's REST base without the version; DISCORD_API_BASE points elsewhere (the local Discord). */
export const DISCORD_API = 'https://discord.com/api';

const text = (pattern: RegExp, message: string) => z.string().regex(pattern, message);

const snowflake = (name: string) =>
  text(
    /^\d{17,20}$/,
    `${name} must be a Discord ID (17-20 digits); copy it with Developer Mode on`,
  );

const wholeNumber = (name: string, min: number, example: string) =>
  z.coerce
    .number({ message: `${name} must be ${example}` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be ${min === 0 ? '0 or more' : `at least ${String(min)}`}`);

const port = (name: string) =>
  wholeNumber(name, 1, 'a port number (1-65535)').max(65535, `${name} must be at most 65535`);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every variable the bot reads; parseConfig drops empty ones first, so "" means unset.
 * Values never appear in error messages, only names and fixes.
 */
const configSchema = z.object({
  DISCORD_TOKEN: text(
    /^[\w-]+\.[\w-]+\.[\w-]+$/,
    'DISCORD_TOKEN does not look like a bot token (three dot-separated parts); copy it again from Developer Portal > Bot > Reset Token',
  ).optional(),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID').optional(),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID').optional(),
  DISCORD_PUBLIC_KEY: text(
    /^[0-9a-fA-F]{64}$/,
    'DISCORD_PUBLIC_KEY must be 64 hex characters; copy it from Developer Portal > General Information > Public Key',
  ).optional(),
  DISCORD_API_BASE: z
    .url({ message: 'DISCORD_API_BASE must be a URL such as http://127.0.0.1:3000/api' })
    .refine(
      (value) => /^https?:\/\//.test(value),
      'DISCORD_API_BASE must start with http:// or https://',
    )
    .optional(),
  HOST: z.string().default('0.0.0.0'),
  PORT: port('PORT').default(8080),
  HEALTH_PORT: port('HEALTH_PORT').optional(),
  SHARD_COUNT: wholeNumber('SHARD_COUNT', 1, 'a whole number of shards, e.g. 2').optional(),
  SHARD_IDS: text(
    /^\d+(\s*,\s*\d+)*$/,
    'SHARD_IDS must be a comma-separated list of shard numbers, e.g. 0,1',
  )
    .transform((value) => value.split(',').map((id) => Number(id.trim())))
    .optional(),
  SHARD_SPAWN_DELAY_MS: wholeNumber(
    'SHARD_SPAWN_DELAY_MS',
    0,
    'a number of milliseconds, e.g. 5500',
  ).default(5500),
  /** Shown on the privacy and terms pages: an email address, an https link, or a line of text. */
  SITE_CONTACT: z
    .string()
    .max(200, 'SITE_CONTACT must be at most 200 characters (an email, a link or a short line)')
    .optional(),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
});

/** Settings that only make sense together. */
export const checkedConfigSchema = configSchema.superRefine((config, context) => {
  const { SHARD_IDS: ids, SHARD_COUNT: count } = config;
  if (!Array.isArray(ids)) return;
  const message =
    count === undefined
      ? 'SHARD_IDS needs SHARD_COUNT, the total number of shards across all processes'
      : ids.some((id) => id >= count)
        ? `SHARD_IDS must be below SHARD_COUNT (shards are numbered 0 to ${String(count - 1)})`
        : undefined;
  if (message !== undefined) context.addIssue({ code: 'custom', path: ['SHARD_IDS'], message });
});

export type Config = z.infer<typeof configSchema>;
export type ConfigName = keyof Config;
