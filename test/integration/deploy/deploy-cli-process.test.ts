import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDiscord, type LocalDiscord } from '../../../src/local-discord/local-discord.js';
import { spawnDeploy, standInEnv } from './run-deploy.js';

let discord: LocalDiscord;

beforeAll(async () => {
  discord = await startLocalDiscord({ guildCount: 1, channelsPerGuild: 1 });
});

afterAll(async () => {
  await discord.close();
});

describe('given the real CLI started as its own node process', () => {
  it('when run twice, then it exits 0 both times, PUTs once and reports "up to date" the second time', async () => {
    const first = await spawnDeploy(standInEnv(discord, { LOG_LEVEL: 'warn' }));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Done: one bulk overwrite (PUT) sent; 2 commands now globally.');
    expect(first.stdout).toContain(
      `https://discord.com/oauth2/authorize?client_id=${discord.applicationId}&scope=bot+applications.commands&permissions=0`,
    );

    const second = await spawnDeploy(standInEnv(discord, { LOG_LEVEL: 'warn' }));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('up to date');
    expect(discord.restLog.records({ method: 'PUT' })).toHaveLength(1);
  });

  it('when the token is wrong, then it exits 1 with one error line on stderr and never prints the token', async () => {
    const token = 'wrong.test.token';
    const run = await spawnDeploy(standInEnv(discord, { DISCORD_TOKEN: token }));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: Discord rejected DISCORD_TOKEN \(401 Unauthorized/),
    ]);
    expect(run.stdout + run.stderr).not.toContain(token);
  });
});
