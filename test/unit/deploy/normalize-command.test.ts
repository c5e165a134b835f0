import { describe, expect, it } from 'vitest';
import { normalizeCommand } from '../../../src/deploy/diff-commands.js';
import { COMMANDS } from '../../../commands/index.js';

/** /montage as Discord's GET returns it: every default spelled out, bookkeeping added. */
const remoteMontage = {
  id: '1300000000000000001',
  application_id: '1200000000000000000',
  version: '1300000000000000002',
  guild_id: '1100000000000000000',
  type: 1,
  name: 'montage',
  name_localizations: null,
  description: 'Look up a montage',
  description_localizations: null,
  default_member_permissions: null,
  dm_permission: true,
  nsfw: false,
  integration_types: [1, 0],
  contexts: [2, 0, 1],
  options: [
    {
      type: 4,
      name: 'rank',
      name_localizations: null,
      description: 'Its place',
      description_localizations: null,
      choices: [{ name: '#1', name_localizations: null, value: 1 }],
    },
    { type: 3, name: 'film', description: 'A film', autocomplete: true, max_length: 100 },
  ],
};

/** The same command as our builders produce it. */
const localMontage = {
  name: 'montage',
  description: 'Look up a montage',
  integration_types: [0, 1],
  contexts: [0, 1, 2],
  options: [
    {
      type: 4,
      name: 'rank',
      description: 'Its place',
      required: false,
      choices: [{ name: '#1', value: 1 }],
    },
    {
      type: 3,
      name: 'film',
      description: 'A film',
      required: false,
      autocomplete: true,
      max_length: 100,
    },
  ],
};

describe('normalizeCommand', () => {
  it('given the local JSON and what Discord returns for it, when both are normalised, then they are equal', () => {
    expect(normalizeCommand(remoteMontage)).toEqual(normalizeCommand(localMontage));
  });

  it('given a remote command, when normalised, then ids, application_id, version and guild_id are gone', () => {
    const normalized = normalizeCommand(remoteMontage);
    for (const key of ['id', 'application_id', 'version', 'guild_id']) {
      expect(normalized).not.toHaveProperty(key);
    }
  });

  it('given defaults stated on either side, when normalised, then each is dropped (local undefined = remote default)', () => {
    const bare = { name: 'help', description: 'Help' };
    const spelledOut = {
      ...bare,
      type: 1,
      nsfw: false,
      dm_permission: true,
      default_member_permissions: null,
      integration_types: [0],
      contexts: null,
      name_localizations: null,
      description_localizations: {},
      options: [],
      name_localized: 'help',
      description_localized: 'Help',
    };
    expect(normalizeCommand(spelledOut)).toEqual(normalizeCommand(bare));
    expect(normalizeCommand(bare)).toEqual({ description: 'Help', name: 'help' });
  });

  it('given option defaults (required false, autocomplete false, null bounds), when normalised, then they are dropped', () => {
    const option = { type: 5, name: 'hide', description: 'Only you' };
    const withDefaults = {
      ...option,
      required: false,
      autocomplete: false,
      min_value: null,
      channel_types: [],
    };
    expect(normalizeCommand({ name: 'a', options: [withDefaults] })).toEqual(
      normalizeCommand({ name: 'a', options: [option] }),
    );
  });

  it('given a non-default value, when normalised, then it is kept (required true, nsfw true, a permission)', () => {
    const normalized = normalizeCommand({
      name: 'ban',
      nsfw: true,
      default_member_permissions: '4',
      options: [{ type: 6, name: 'who', description: 'Who', required: true }],
    });
    expect(normalized).toMatchObject({
      nsfw: true,
      default_member_permissions: '4',
      options: [{ required: true }],
    });
  });

  it('given contexts are set, when Discord also reports dm_permission, then dm_permission is ignored', () => {
    expect(normalizeCommand({ name: 'a', contexts: [0], dm_permission: false })).toEqual(
      normalizeCommand({ name: 'a', contexts: [0] }),
    );
  });

  it('given no contexts, when dm_permission is false, then it counts', () => {
    expect(normalizeCommand({ name: 'a', dm_permission: false })).toHaveProperty(
      'dm_permission',
      false,
    );
  });

  it('given a guild command, when Discord answers with other global-only fields, then they do not count', () => {
    const local = { name: 'a', description: 'A', integration_types: [0, 1], contexts: [0, 1, 2] };
    const remote = { name: 'a', description: 'A', integration_types: [0], contexts: null };
    expect(normalizeCommand(remote, 'guild')).toEqual(normalizeCommand(local, 'guild'));
    expect(normalizeCommand(remote, 'global')).not.toEqual(normalizeCommand(local, 'global'));
  });

  it('given set-like arrays in another order, when normalised, then they are sorted numerically', () => {
    expect(
      normalizeCommand({
        name: 'a',
        contexts: [2, 0, 1],
        options: [{ type: 7, name: 'c', description: 'c', channel_types: [15, 2, 0] }],
      }),
    ).toMatchObject({ contexts: [0, 1, 2], options: [{ channel_types: [0, 2, 15] }] });
  });

  it('given options in another order, when normalised, then the order is kept (Discord shows them in order)', () => {
    const a = { type: 3, name: 'a', description: 'a' };
    const b = { type: 3, name: 'b', description: 'b' };
    expect(normalizeCommand({ name: 'x', options: [a, b] })).not.toEqual(
      normalizeCommand({ name: 'x', options: [b, a] }),
    );
  });

  it('given a field Discord might add one day, when normalised, then it is kept so the diff shows it', () => {
    expect(normalizeCommand({ name: 'a', handler: 1 })).toHaveProperty('handler', 1);
  });

  it('given the real command modules, when normalised, then no builder default survives', () => {
    for (const command of COMMANDS.map(({ definition }) => definition)) {
      const json = JSON.stringify(normalizeCommand(command));
      expect(json).not.toContain('"required":false');
      expect(json).not.toContain('"options":[]');
    }
  });
});
