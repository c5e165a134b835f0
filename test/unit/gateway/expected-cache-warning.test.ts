import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { logExpectedCacheWarning } from '../../../src/adapters/gateway/client-options.js';

describe('logExpectedCacheWarning', () => {
  it('given discord.js’s cache warning, then it is logged at debug and not printed; others pass', async () => {
    const logger = pino({ level: 'debug' });
    const debug = vi.spyOn(logger, 'debug').mockImplementation(() => undefined);
    const printed: string[] = [];
    const listener = (warning: Error) => printed.push(warning.name);
    process.on('warning', listener);
    try {
      logExpectedCacheWarning(logger);
      process.emitWarning(
        'Overriding the cache handling for ChannelManager is unsupported',
        'UnsupportedCacheOverwriteWarning',
      );
      process.emitWarning('something else', 'OtherWarning');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    expect(printed).toEqual(['OtherWarning']);
    expect(debug).toHaveBeenCalledTimes(1);
  });
});
