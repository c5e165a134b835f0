import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helpCommand } from '../../../commands/help.js';
import { montageCommand } from '../../../commands/montage/montage.js';
import { startLocalDiscord, type LocalDiscord } from '../../../src/local-discord/local-discord.js';
import { closedPort, runDeploy, standInEnv } from './run-deploy.js';

let discord: LocalDiscord;
let guildId: string;

beforeEach(async () => {
  discord = await startLocalDiscord({ guildCount: 1, channelsPerGuild: 1 });
  const guild = discord.guilds[0];
  if (guild === undefined) throw new Error('the stand-in made no guild');
  guildId = guild.id;
});

afterEach(async () => {
  await discord.close();
});

const puts = () => discord.restLog.records({ method: 'PUT' });
const commandRequests = () => discord.restLog.records({ path: '/commands' });

describe('given nothing is registered yet', () => {
  it('when deploying twice, then the first run sends one PUT and the second prints "up to date" and sends none', async () => {
    const first = await runDeploy(standInEnv(discord));
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('+ /montage (3 options)');
    expect(first.stdout).toContain('+ /help');
    expect(first.stdout).not.toContain('warning');
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.path).toBe(`/applications/${discord.applicationId}/commands`);

    const second = await runDeploy(standInEnv(discord));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('up to date');
    expect(puts()).toHaveLength(1);
    expect(commandRequests().map((request) => request.method)).toEqual(['GET', 'PUT', 'GET']);
  });

  it('when deploying with DISCORD_GUILD_ID, then only that guild gets the commands, not the global scope', async () => {
    const run = await runDeploy(standInEnv(discord, { DISCORD_GUILD_ID: guildId }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`in guild ${guildId}`);
    expect(puts().map((request) => request.path)).toEqual([
      `/applications/${discord.applicationId}/guilds/${guildId}/commands`,
    ]);
    expect(discord.commands.list({ kind: 'guild', guildId }).map((c) => c.name)).toEqual([
      'montage',
      'help',
    ]);
    expect(discord.commands.list({ kind: 'global' })).toEqual([]);
  });

  it('when deploying with --dry-run, then the diff is printed and nothing is sent', async () => {
    const run = await runDeploy(standInEnv(discord), ['--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+ /montage');
    expect(run.stdout).toContain('Dry run: nothing sent');
    expect(commandRequests().map((request) => request.method)).toEqual(['GET']);
    expect(discord.commands.list({ kind: 'global' })).toEqual([]);
  });
});

describe('given Discord holds an older version of /montage', () => {
  it('when deploying, then the diff names the changed field and one PUT fixes it', async () => {
    const { definition } = montageCommand;
    const older = [
      {
        ...definition,
        options: definition.options?.map((option, index) =>
          index === 1 ? { ...option, description: 'old text' } : option,
        ),
      },
      helpCommand.definition,
    ];
    discord.commands.bulkOverwrite({ kind: 'global' }, older);

    const run = await runDeploy(standInEnv(discord));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '~ /montage options[1].description: "old text" → "A film, number or name: Rocky IV, 4, Drago, Tommy Gunn…"',
    );
    expect(run.stdout).toContain('= unchanged: /help');
    expect(puts()).toHaveLength(1);
  });
});

describe('given commands were deployed to a guild during development', () => {
  it('when running --clear-guild, then one PUT [] empties the guild, and a second run sends nothing', async () => {
    const env = standInEnv(discord, { DISCORD_GUILD_ID: guildId });
    await runDeploy(env);
    const cleared = await runDeploy(env, ['--clear-guild']);
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toContain('- /montage');
    expect(puts().at(-1)?.body).toEqual([]);
    expect(discord.commands.list({ kind: 'guild', guildId })).toEqual([]);

    const again = await runDeploy(env, ['--clear-guild']);
    expect(again.stdout).toContain('up to date');
    expect(puts()).toHaveLength(2);
  });

  it('when running --clear-guild without DISCORD_GUILD_ID, then it fails clearly and sends nothing', async () => {
    const run = await runDeploy(standInEnv(discord), ['--clear-guild']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: --clear-guild needs DISCORD_GUILD_ID/);
    expect(discord.restLog.records()).toEqual([]);
  });
});

describe('given a mistyped flag', () => {
  it('when run, then it exits 2 with one line naming the flag, then the usage, and sends nothing', async () => {
    const run = await runDeploy(standInEnv(discord), ['--dryrun']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("error: Unknown option '--dryrun'");
    expect(run.stderr).toContain('Usage: npm run deploy -- [--dry-run] [--clear-guild] [--help]');
    expect(discord.restLog.records()).toEqual([]);
  });
});

describe('given Discord refuses or cannot be reached', () => {
  it('when the token is wrong, then one line says so (401) without showing the token, exit 1', async () => {
    const token = 'wrong.test.token';
    const run = await runDeploy(standInEnv(discord, { DISCORD_TOKEN: token }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error: Discord rejected DISCORD_TOKEN \(401 Unauthorized.*Reset Token/,
    );
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toContain(token);
    expect(puts()).toEqual([]);
  });

  it('when the bot is not in the guild (403, code 50001), then the message says so and shows the invite link', async () => {
    const run = await runDeploy(standInEnv(discord, { DISCORD_GUILD_ID: '1000000000000000001' }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Missing access to guild 1000000000000000001 (403, code 50001)');
    expect(run.stderr).toContain(
      `https://discord.com/oauth2/authorize?client_id=${discord.applicationId}&scope=bot+applications.commands&permissions=0`,
    );
  });

  it('when the GET is rate limited (Retry-After 0.5 s), then it says it waits, retries and succeeds', async () => {
    discord.faults.failRestRequests({
      status: 429,
      method: 'GET',
      route: '/commands',
      retryAfterSeconds: 0.5,
    });
    const started = Date.now();
    const run = await runDeploy(standInEnv(discord));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Rate limited by Discord on GET /applications/${discord.applicationId}/commands: waiting 0.5 s as Retry-After says, then retrying.`,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(commandRequests().map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 429',
      'GET 200',
      'PUT 200',
    ]);
  });

  it('when one PUT gets a 500, then it is retried once and the deploy succeeds', async () => {
    discord.faults.failRestRequests({ status: 500, method: 'PUT' });
    const run = await runDeploy(standInEnv(discord));
    expect(run.code).toBe(0);
    expect(puts().map((request) => request.status)).toEqual([500, 200]);
  });

  it('when DISCORD_API_BASE points at a closed port, then the message names the host and DISCORD_API_BASE', async () => {
    const port = await closedPort();
    const run = await runDeploy(
      standInEnv(discord, { DISCORD_API_BASE: `http://127.0.0.1:${port}/api` }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `error: Cannot reach 127.0.0.1:${port} (ECONNREFUSED); check your network connection, or DISCORD_API_BASE (http://127.0.0.1:${port}/api) if you set it.`,
    );
  });
});
