import { Routes } from 'discord-api-types/v10';
import type { Logger } from '../logging/logger.js';
import type { CommandPayload } from './command-payload.js';
import type { CommandsRest } from './deploy-rest.js';
import { diffCommands, formatDiff, type CommandDiff } from './diff-commands.js';
import { DeployUsageError } from './deploy-errors.js';
import { inviteUrls } from './invite-url.js';
import type { CommandScope } from './normalize-command.js';

export interface DeployOptions {
  readonly rest: CommandsRest;
  readonly applicationId: string;
  /** Set: deploy to (or clear) this guild. Unset: deploy globally. */
  readonly guildId?: string | undefined;
  readonly commands: readonly CommandPayload[];
  /** Print the diff, send nothing. */
  readonly dryRun?: boolean;
  /** Remove every command from `guildId` instead of deploying. */
  readonly clearGuild?: boolean;
  /** Human-readable output, one line per call (the CLI writes it to stdout). */
  readonly print: (line: string) => void;
  readonly logger?: Logger | undefined;
}

export type DeployOutcome = 'up-to-date' | 'updated' | 'dry-run';

export interface DeployResult {
  readonly outcome: DeployOutcome;
  readonly diff: CommandDiff;
  /** Fields Discord stored differently from what we sent (see `verifyStored`). */
  readonly driftAfterPut: readonly string[];
}

/**
 * Makes Discord's registered commands equal to ours with at most one request that changes
 * anything: GET, compare, and only if something differs, one bulk PUT. Running it twice in a row
 * therefore sends one PUT in total. `--clear-guild` is the same with an empty command list.
 */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const { rest, applicationId, guildId, print } = options;
  if (options.clearGuild === true && guildId === undefined) {
    throw new DeployUsageError(
      '--clear-guild needs DISCORD_GUILD_ID: set it to the server whose commands should be removed (it is only ever a guild that holds leftovers).',
    );
  }
  const target = options.clearGuild === true ? [] : options.commands;
  const route =
    guildId === undefined
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  const where = guildId === undefined ? 'globally' : `in guild ${guildId}`;

  print(
    options.clearGuild === true
      ? `Clearing the commands registered ${where}${options.dryRun === true ? ' (dry run)' : ''}.`
      : `Deploying ${plural(target.length, 'command')} ${where}${options.dryRun === true ? ' (dry run)' : ''}.`,
  );

  // with_localizations: otherwise Discord returns only the caller's locale and we would see
  // every localized command as changed.
  const registered = asCommandList(
    await rest.get(route, { query: new URLSearchParams({ with_localizations: 'true' }) }),
  );
  const scope = guildId === undefined ? 'global' : 'guild';
  const diff = diffCommands(target, registered, scope);
  options.logger?.debug({ route, registered: registered.length, diff }, 'compared commands');

  if (diff.changes.length === 0) {
    print(
      target.length === 0
        ? `Already up to date: no commands registered ${where}; nothing sent.`
        : `Already up to date: ${plural(target.length, 'command')} registered ${where} match; nothing sent.`,
    );
    printFooter(options);
    return { outcome: 'up-to-date', diff, driftAfterPut: [] };
  }

  print(
    `${plural(diff.changes.length, 'change')} (Discord has ${plural(registered.length, 'command')} registered ${where}):`,
  );
  for (const line of formatDiff(diff)) print(`  ${line}`);
  if (diff.unchanged.length > 0) print(`  = unchanged: ${diff.unchanged.join(', ')}`);

  if (options.dryRun === true) {
    print('Dry run: nothing sent. Run without --dry-run to apply.');
    printFooter(options);
    return { outcome: 'dry-run', diff, driftAfterPut: [] };
  }

  const stored = asCommandList(await rest.put(route, { body: target }));
  print(`Done: one bulk overwrite (PUT) sent; ${plural(stored.length, 'command')} now ${where}.`);
  const driftAfterPut = verifyStored(target, stored, scope);
  for (const line of driftAfterPut) print(`  warning: Discord stored ${line}`);
  if (driftAfterPut.length > 0) {
    print('  The next deploy would see this as a change: teach normalize-command.ts that default.');
  }
  printFooter(options);
  return { outcome: 'updated', diff, driftAfterPut };
}

/**
 * Compares Discord's PUT answer with what we sent. Any difference means Discord filled in a
 * default our normaliser does not know, which would make every later deploy PUT again.
 */
function verifyStored(
  sent: readonly object[],
  stored: readonly object[],
  scope: CommandScope,
): string[] {
  return formatDiff(diffCommands(sent, stored, scope)).map((line) => line.replace(/^. /, ''));
}

function printFooter(options: DeployOptions): void {
  const { print, guildId } = options;
  if (options.clearGuild === true) return;
  if (guildId === undefined) {
    print(
      'Global commands reach every server and DM; a client may need a restart (Ctrl+R) to list changes. If a command shows twice, a guild still has its development copy: run with DISCORD_GUILD_ID set and --clear-guild.',
    );
  } else {
    print(
      'Guild commands show up at once, in that server only. Before deploying globally, remove them with --clear-guild so they do not show twice.',
    );
  }
  const urls = inviteUrls(options.applicationId);
  print(`Add to a server: ${urls.guildInstall}`);
  print(`Add to your account (user install, if enabled in the portal): ${urls.userInstall}`);
}

function asCommandList(value: unknown): object[] {
  if (!Array.isArray(value) || !value.every(isObject)) {
    throw new Error('Discord answered with something other than a list of commands');
  }
  return value;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
