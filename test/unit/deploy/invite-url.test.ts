import { describe, expect, it } from 'vitest';
import { inviteUrls } from '../../../src/deploy/invite-url.js';

const APP = '1200000000000000000';

describe('inviteUrls', () => {
  it('given the application id, when building the server invite, then it asks for bot + commands scopes and no permissions', () => {
    expect(inviteUrls(APP).guildInstall).toBe(
      `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&permissions=0&integration_type=0`,
    );
  });

  it('given the application id, when building the user-install link, then it uses integration_type 1 and only the commands scope', () => {
    expect(inviteUrls(APP).userInstall).toBe(
      `https://discord.com/oauth2/authorize?client_id=${APP}&scope=applications.commands&integration_type=1`,
    );
  });
});
