import { describe, expect, it } from 'vitest';
import { buildCommandPayload } from '../../../src/deploy/command-payload.js';

describe('buildCommandPayload', () => {
  it('given two modules with the same command name, when building, then it refuses before sending anything', () => {
    const definition = { name: 'x', description: 'x' };
    expect(() => buildCommandPayload([{ definition }, { definition }])).toThrow(/\/x/);
  });
});
