import { describe, expect, it } from 'vitest';
import { deployCommands } from '../../../src/deploy/deploy-commands.js';

describe('deployCommands', () => {
  it('given two modules with the same command name, when deploying, then it refuses before sending anything', async () => {
    const definition = { name: 'x', description: 'x' };
    const printed: string[] = [];
    await expect(
      deployCommands({
        token: 'local.test.token',
        // Nothing listens on port 1: a request would fail with a network error instead.
        apiBase: 'http://127.0.0.1:1/api',
        applicationId: '1200000000000000000',
        commands: [{ definition }, { definition }],
        print: (line) => printed.push(line),
      }),
    ).rejects.toThrow('Two command modules define /x');
    expect(printed).toEqual([]);
  });
});
