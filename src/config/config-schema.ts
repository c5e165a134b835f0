import { z } from 'zod';

/** Discord's REST base without the version; DISCORD_API_BASE points elsewhere (the local Discord). */
export const DISCORD_API = 'https://discord.com/api';

// Messages follow the variable's name (parseConfig puts it first) and never echo its value.
const text = (pattern: RegExp, message: string) => z.string().regex(pattern, message).optional();

const snowflake = text(
  /^\d{17,20}$/,
  'must be a Discord ID (17-20 digits); copy it with Developer Mode on',
);

const wholeNumber = (min: number, example: string) =>
  z.coerce
    .number({ message: `must be ${example}` })
    .int('must be a whole number')
    .min(min, min === 0 ? 'must be 0 or more' : `must be at least ${String(min)}`);

const port = wholeNumber(1, 'a port number (1-65535)').max(65535, 'must be at most 65535');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every variable the bot reads; parseConfig drops empty ones first, so "" means unset. */
export const configSchema = z
  .object({
    DISCORD_TOKEN: text(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
      'does not look like a bot token (three dot-separated parts); copy it again from Developer Portal > Bot > Reset Token',
    ),
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_GUILD_ID: snowflake,
    DISCORD_PUBLIC_KEY: text(
      /^[0-9a-fA-F]{64}$/,
      'must be 64 hex characters; copy it from Developer Portal > General Information > Public Key',
    ),
    DISCORD_API_BASE: z
      .url({ message: 'must be a URL such as http://127.0.0.1:3000/api' })
      .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
      .optional(),
    HOST: z.string().default('0.0.0.0'),
    PORT: port.default(8080),
    HEALTH_PORT: port.optional(),
    SHARD_COUNT: wholeNumber(1, 'a whole number of shards, e.g. 2').optional(),
    SHARD_IDS: text(
      /^\d+(\s*,\s*\d+)*$/,
      'must be a comma-separated list of shard numbers, e.g. 0,1',
    ).transform((value) => value?.split(',').map((id) => Number(id.trim()))),
    SHARD_SPAWN_DELAY_MS: wholeNumber(0, 'a number of milliseconds, e.g. 5500').default(5500),
    SITE_CONTACT: z
      .string()
      .max(200, 'must be at most 200 characters (an email, a link or a short line)')
      .optional(),
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
  })
  .superRefine(({ SHARD_IDS: ids, SHARD_COUNT: count }, context) => {
    if (!Array.isArray(ids)) return;
    const message =
      count === undefined
        ? 'needs SHARD_COUNT, the total number of shards across all processes'
        : ids.some((id) => id >= count)
          ? `must be below SHARD_COUNT (shards are numbered 0 to ${String(count - 1)})`
          : undefined;
    if (message !== undefined) context.addIssue({ code: 'custom', path: ['SHARD_IDS'], message });
  });

export type Config = z.infer<typeof configSchema>;
