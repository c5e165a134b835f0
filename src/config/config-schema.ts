import { z } from 'zod';

const snowflake = (name: string) =>
  z
    .string()
    .regex(
      /^\d{17,20}$/,
      `${name} must be a Discord ID (17-20 digits); copy it with Developer Mode on`,
    );

const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const wholeNumber = (name: string, min: number, example: string) =>
  z.coerce
    .number({ message: `${name} must be ${example}` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be ${min === 0 ? '0 or more' : `at least ${String(min)}`}`);

const port = (name: string) =>
  optionalText(
    wholeNumber(name, 1, 'a port number (1-65535)').max(65535, `${name} must be at most 65535`),
  );

/** Discord's REST base without the version; DISCORD_API_BASE points elsewhere (the local Discord). */
export const DISCORD_API = 'https://discord.com/api';

/** Every variable the bot reads. Values never appear in error messages, only names and fixes. */
export const configSchema = z.object({
  DISCORD_TOKEN: optionalText(
    z
      .string()
      .regex(
        /^[\w-]+\.[\w-]+\.[\w-]+$/,
        'DISCORD_TOKEN does not look like a bot token (three dot-separated parts); copy it again from Developer Portal > Bot > Reset Token',
      ),
  ),
  DISCORD_APPLICATION_ID: optionalText(snowflake('DISCORD_APPLICATION_ID')),
  DISCORD_GUILD_ID: optionalText(snowflake('DISCORD_GUILD_ID')),
  DISCORD_PUBLIC_KEY: optionalText(
    z
      .string()
      .regex(
        /^[0-9a-fA-F]{64}$/,
        'DISCORD_PUBLIC_KEY must be 64 hex characters; copy it from Developer Portal > General Information > Public Key',
      ),
  ),
  DISCORD_API_BASE: optionalText(
    z
      .url({ message: 'DISCORD_API_BASE must be a URL such as http://127.0.0.1:3000/api' })
      .refine(
        (value) => /^https?:\/\//.test(value),
        'DISCORD_API_BASE must start with http:// or https://',
      ),
  ),
  HOST: optionalText(z.string().min(1)).default('0.0.0.0'),
  PORT: port('PORT').default(8080),
  HEALTH_PORT: port('HEALTH_PORT'),
  SHARD_COUNT: optionalText(wholeNumber('SHARD_COUNT', 1, 'a whole number of shards, e.g. 2')),
  SHARD_IDS: optionalText(
    z
      .string()
      .regex(
        /^\d+(\s*,\s*\d+)*$/,
        'SHARD_IDS must be a comma-separated list of shard numbers, e.g. 0,1',
      )
      .transform((value) => value.split(',').map((id) => Number(id.trim()))),
  ),
  SHARD_SPAWN_DELAY_MS: optionalText(
    wholeNumber('SHARD_SPAWN_DELAY_MS', 0, 'a number of milliseconds, e.g. 5500'),
  ).default(5500),
  /** Shown on the privacy and terms pages: an email address, an https link, or a line of text. */
  SITE_CONTACT: optionalText(
    z
      .string()
      .max(200, 'SITE_CONTACT must be at most 200 characters (an email, a link or a short line)'),
  ),
  LOG_LEVEL: optionalText(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    }),
  ).default('info'),
});

export type Config = z.infer<typeof configSchema>;

/** Settings that only make sense together. */
export const checkedConfigSchema = configSchema.superRefine((config, context) => {
  if (config.SHARD_IDS === undefined) return;
  if (config.SHARD_COUNT === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['SHARD_IDS'],
      message: 'SHARD_IDS needs SHARD_COUNT, the total number of shards across all processes',
    });
  } else if (config.SHARD_IDS.some((id) => id >= (config.SHARD_COUNT ?? 0))) {
    context.addIssue({
      code: 'custom',
      path: ['SHARD_IDS'],
      message: `SHARD_IDS must be below SHARD_COUNT (shards are numbered 0 to ${String((config.SHARD_COUNT ?? 1) - 1)})`,
    });
  }
});
export type ConfigName = keyof Config;
