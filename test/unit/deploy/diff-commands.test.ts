import { describe, expect, it } from 'vitest';
import { diffCommands } from '../../../src/deploy/diff-commands.js';
import { COMMANDS } from '../../../commands/index.js';

const option = (name: string, description: string) => ({ type: 3, name, description });
const montage = (descriptions: readonly string[]) => ({
  name: 'montage',
  description: 'Look up a montage',
  options: descriptions.map((description, index) => option(`o${index}`, description)),
});

/** What Discord adds on its side to a command it stores. */
function asRegistered(command: object, id: string): object {
  return {
    id,
    application_id: '1200000000000000000',
    version: id,
    type: 1,
    default_member_permissions: null,
    dm_permission: true,
    nsfw: false,
    integration_types: [0],
    contexts: null,
    ...command,
  };
}

describe('diffCommands', () => {
  it('given Discord has exactly our commands plus its defaults, when diffed, then there is no change', () => {
    const local = COMMANDS.map(({ definition }) => definition);
    const remote = local.map((command, index) =>
      asRegistered(command, `13000000000000000${index}`),
    );
    const diff = diffCommands(local, remote);
    expect(diff.changes).toBe(0);
    expect(diff.lines).toEqual([]);
    expect(diff.unchanged).toEqual(['/help', '/montage']);
  });

  it('given one option description changed, when diffed and formatted, then exactly one readable line names it', () => {
    const diff = diffCommands([montage(['a', 'new'])], [asRegistered(montage(['a', 'old']), '1')]);
    expect(diff.lines).toEqual(['~ /montage options[1].description: "old" → "new"']);
  });

  it('given a command only we have, when diffed, then it is added, with its option count', () => {
    const diff = diffCommands(
      [montage(['a', 'b']), { name: 'help', description: 'Help' }],
      [asRegistered({ name: 'help', description: 'Help' }, '1')],
    );
    expect(diff.lines).toEqual(['+ /montage (2 options)']);
  });

  it('given a command only Discord has, when diffed, then it is removed', () => {
    const diff = diffCommands([], [asRegistered({ name: 'old', description: 'Old' }, '1')]);
    expect(diff.lines).toEqual(['- /old']);
  });

  it('given an option inserted in the middle, when diffed, then the insertion is reported, not every later option', () => {
    const before = { name: 'x', description: 'x', options: [option('a', 'A'), option('c', 'C')] };
    const after = {
      ...before,
      options: [option('a', 'A'), option('b', 'B'), option('c', 'C')],
    };
    expect(diffCommands([after], [asRegistered(before, '1')]).lines).toEqual([
      '~ /x options (names, in order): ["a","c"] → ["a","b","c"]',
    ]);
  });

  it('given a field set locally and absent remotely, when formatted, then the remote side reads (unset)', () => {
    const diff = diffCommands(
      [{ name: 'x', description: 'x', nsfw: true }],
      [asRegistered({ name: 'x', description: 'x' }, '1')],
    );
    expect(diff.lines).toEqual(['~ /x nsfw: (unset) → true']);
  });

  it('given a slash command and a user command with the same name, when diffed, then they are different commands', () => {
    const diff = diffCommands(
      [{ name: 'profile', description: 'Profile' }],
      [asRegistered({ name: 'profile', type: 2, description: '' }, '1')],
    );
    expect(diff.lines).toEqual(['+ /profile', '- /profile']);
  });

  it('given commands in another order, when diffed, then order does not matter', () => {
    const a = { name: 'a', description: 'A' };
    const b = { name: 'b', description: 'B' };
    expect(diffCommands([a, b], [asRegistered(b, '2'), asRegistered(a, '1')]).lines).toEqual([]);
  });
});
