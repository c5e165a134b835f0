import { DiscordAPIError } from '@discordjs/rest';
import { describe, expect, it } from 'vitest';
import { describeDeployError } from '../../../src/deploy/deploy-cli.js';

const APP = '1200000000000000000';
const TOKEN = 'local.test.token';

function apiError(status: number, code: number, message: string): DiscordAPIError {
  return new DiscordAPIError(
    { code, message },
    code,
    status,
    'GET',
    `https://discord.com/api/v10/applications/${APP}/commands?x=${TOKEN}`,
    {},
  );
}

describe('describeDeployError', () => {
  const context = {
    DISCORD_API_BASE: 'http://127.0.0.1:1/api',
    DISCORD_APPLICATION_ID: APP,
    DISCORD_TOKEN: TOKEN,
  };

  it('given a 401, when described, then one line says how to get a new token and never shows it', () => {
    const line = describeDeployError(apiError(401, 0, '401: Unauthorized'), context);
    expect(line).toContain('Reset Token');
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain('\n');
  });

  it('given 50001 on a guild, when described, then it blames guild membership / scope and shows the invite', () => {
    const line = describeDeployError(apiError(403, 50001, 'Missing Access'), {
      ...context,
      DISCORD_GUILD_ID: '1100000000000000000',
    });
    expect(line).toMatch(/not in that server.*applications\.commands/);
    expect(line).toContain(
      `Invite it: https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot`,
    );
  });

  it('given a refused connection inside undici’s cause chain, when described, then it names the host and DISCORD_API_BASE', () => {
    const error = new TypeError('fetch failed', {
      cause: new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })]),
    });
    expect(describeDeployError(error, context)).toBe(
      'Cannot reach 127.0.0.1:1 (ECONNREFUSED); check your network connection, or DISCORD_API_BASE (http://127.0.0.1:1/api) if you set it.',
    );
  });
});
