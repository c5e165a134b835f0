import type { Logger } from '../../logging/logger.js';

const WARNING_TYPE = 'UnsupportedCacheOverwriteWarning';
let filtering = false;

/**
 * discord.js warns on stderr when its channel caches are limited. The bot limits them on purpose
 * (see client-options.ts: it never reads channels), so the warning would only alarm whoever runs
 * it. This drops that one warning type, logs it at debug instead, and passes every other warning
 * through unchanged.
 */
export function logExpectedCacheWarning(logger: Logger): void {
  if (filtering) return;
  filtering = true;
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning: string | Error, ...rest: unknown[]) => {
    const [typeOrOptions] = rest;
    const type =
      typeof typeOrOptions === 'string'
        ? typeOrOptions
        : (typeOrOptions as { type?: unknown } | undefined)?.type;
    if (type === WARNING_TYPE) {
      logger.debug({ warning: String(warning) }, 'channel caches are off on purpose');
      return;
    }
    Reflect.apply(emitWarning, process, [warning, ...rest]);
  };
}
