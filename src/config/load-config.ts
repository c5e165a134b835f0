import dotenv from 'dotenv';
import { configSchema, type Config } from './config-schema.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(
      `Configuration problem${problems.length > 1 ? 's' : ''}:\n  - ${problems.join('\n  - ')}\n(See .env.example for every variable.)`,
    );
  }
}

// Why start-up failed, on stderr: `what: reason` in one line, or alone the error's own message
// (a ConfigError names variables and fixes, never values). Sets and returns exit code 1.
export function startFailed(error: unknown, what?: string): number {
  const message = error instanceof Error ? error.message : String(error);
  const reason = error instanceof ConfigError ? error.problems.join('; ') : message;
  process.stderr.write(what === undefined ? `${message}\n` : `${what}: ${reason}\n`);
  return (process.exitCode = 1);
}

export function loadDotenv(): void {
  // quiet: dotenv otherwise prints a banner on stdout, which would corrupt `console --json`.
  dotenv.config({ quiet: true });
}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // .env.example lists every variable with an empty value: empty means unset.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(set);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
  );
}

const howToGet: Partial<Record<keyof Config, string>> = {
  DISCORD_TOKEN: 'set DISCORD_TOKEN in .env (Developer Portal > your app > Bot > Reset Token)',
  DISCORD_APPLICATION_ID:
    'set DISCORD_APPLICATION_ID in .env (Developer Portal > your app > General Information > Application ID)',
  DISCORD_PUBLIC_KEY:
    'set DISCORD_PUBLIC_KEY in .env (Developer Portal > your app > General Information > Public Key)',
};

/** Narrows a config to one where the named variables are present, or throws saying how to set them. */
export function requireConfig<K extends keyof Config>(
  config: Config,
  names: readonly K[],
): Config & { [P in K]-?: NonNullable<Config[P]> } {
  const missing = names.filter((name) => config[name] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      missing.map((name) => `${name} is missing: ${howToGet[name] ?? `set ${name} in .env`}`),
    );
  }
  return config as Config & { [P in K]-?: NonNullable<Config[P]> };
}
