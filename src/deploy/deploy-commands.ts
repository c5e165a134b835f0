// discord.js's own REST client, imported alone: not loading the gateway halves the CLI's start-up.
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { SlashCommand } from '../command-kit/slash-command.js';
import { DISCORD_API } from '../config/config-schema.js';
import { ConfigError } from '../config/load-config.js';
import type { Logger } from '../logging/logger.js';
import { diffCommands, isJsonObject, plural } from './diff-commands.js';
import { inviteUrls } from './invite-url.js';

// A deploy is two requests: the library's 15 s x 4 attempts on an unreachable host only delay
// the error. One retry still rides out a single dropped connection.
export const DEPLOY_TIMEOUT_MS = 8_000;
/** Longer rate-limit waits fail instead: a CLI should not hang for a minute. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;

export interface DeployOptions {
  readonly token: string;
  readonly apiBase?: string | undefined;
  readonly applicationId: string;
  /** Set: deploy to (or clear) this guild. Unset: deploy globally. */
  readonly guildId?: string | undefined;
  /** The very modules the bot dispatches to, so what users can type and the bot can answer agree. */
  readonly commands: readonly Pick<SlashCommand, 'definition'>[];
  readonly dryRun?: boolean;
  readonly clearGuild?: boolean;
  /** Also told when Discord answers 429; @discordjs/rest then waits Retry-After and retries. */
  readonly print: (line: string) => void;
  readonly logger?: Logger | undefined;
}

// GET, compare, one bulk PUT only if something differs: running it twice sends one PUT in total.
export async function deployCommands(options: DeployOptions): Promise<void> {
  const { applicationId, guildId, print, dryRun = false, clearGuild = false } = options;
  if (clearGuild && guildId === undefined) {
    throw new ConfigError([
      '--clear-guild needs DISCORD_GUILD_ID: set it to the server whose commands should be removed (it is only ever a guild that holds leftovers).',
    ]);
  }
  const names = options.commands.map(({ definition }) => definition.name);
  // Discord rejects the whole PUT on a duplicate name; say which one before sending anything.
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined) throw new Error(`Two command modules define /${twice}`);
  const rest = new REST({
    api: options.apiBase ?? DISCORD_API,
    timeout: DEPLOY_TIMEOUT_MS,
    retries: 1,
    // Returning true makes the request reject with a RateLimitError instead of sleeping.
    rejectOnRateLimit: (limit) => limit.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
  }).setToken(options.token);
  rest.on('response', ({ method, path }, { status, headers }) => {
    options.logger?.debug({ method, path, status }, 'discord response');
    if (status !== 429) return;
    const scope = headers.get('x-ratelimit-global') === 'true' ? 'globally ' : '';
    const wait = Number(headers.get('retry-after') ?? 0);
    print(
      `Rate limited ${scope}by Discord on ${method.toUpperCase()} ${path}: waiting ${wait} s as Retry-After says, then retrying.`,
    );
  });
  const target = clearGuild ? [] : options.commands.map(({ definition }) => definition);
  const route =
    guildId === undefined
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  const where = guildId === undefined ? 'globally' : `in guild ${guildId}`;
  const scope = guildId === undefined ? 'global' : 'guild';

  const action = clearGuild
    ? 'Clearing the commands registered'
    : `Deploying ${plural(target.length, 'command')}`;
  print(`${action} ${where}${dryRun ? ' (dry run)' : ''}.`);

  // Without it Discord returns only the caller's locale, and every localized command looks changed.
  const query = new URLSearchParams({ with_localizations: 'true' });
  const registered = asCommandList(await rest.get(route, { query }));
  const diff = diffCommands(target, registered, scope);
  options.logger?.debug({ route, registered: registered.length, diff }, 'compared commands');

  if (diff.changes === 0) {
    print(
      target.length === 0
        ? `Already up to date: no commands registered ${where}; nothing sent.`
        : `Already up to date: ${plural(target.length, 'command')} registered ${where} match; nothing sent.`,
    );
  } else {
    print(
      `${plural(diff.changes, 'change')} (Discord has ${plural(registered.length, 'command')} registered ${where}):`,
    );
    for (const line of diff.lines) print(`  ${line}`);
    if (diff.unchanged.length > 0) print(`  = unchanged: ${diff.unchanged.join(', ')}`);
    if (dryRun) {
      print('Dry run: nothing sent. Run without --dry-run to apply.');
    } else {
      const stored = asCommandList(await rest.put(route, { body: target }));
      print(
        `Done: one bulk overwrite (PUT) sent; ${plural(stored.length, 'command')} now ${where}.`,
      );
      // Any difference is a default the normaliser does not know: every later deploy would PUT again.
      const drift = diffCommands(target, stored, scope).lines;
      for (const line of drift) print(`  warning: Discord stored ${line.slice(2)}`);
      if (drift.length > 0) {
        print(
          '  The next deploy would see this as a change: teach normalizeCommand in diff-commands.ts that default.',
        );
      }
    }
  }
  if (clearGuild) return;

  print(
    guildId === undefined
      ? 'Global commands reach every server and DM; a client may need a restart (Ctrl+R) to list changes. If a command shows twice, a guild still has its development copy: run with DISCORD_GUILD_ID set and --clear-guild.'
      : 'Guild commands show up at once, in that server only. Before deploying globally, remove them with --clear-guild so they do not show twice.',
  );
  const urls = inviteUrls(applicationId);
  print(`Add to a server: ${urls.guildInstall}`);
  print(`Add to your account (user install, if enabled in the portal): ${urls.userInstall}`);
}

function asCommandList(value: unknown): object[] {
  if (Array.isArray(value) && value.every(isJsonObject)) return value;
  throw new Error('Discord answered with something other than a list of commands');
}
