import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/** Paths pino blanks out, at the top and one level down, so no token or signature is logged. */
const redactedPaths = [
  'token',
  'authorization',
  'headers.authorization',
  'headers["x-signature-ed25519"]',
].flatMap((path) => [path, `*.${path}`]);

// Logs go to stderr so stdout stays clean for machine-readable output (`console --json`);
// pretty in a terminal, JSON lines otherwise (for log collectors). Written synchronously: an
// asynchronous write still in flight at exit let "Stopped" land before "Shutting down".
export function createLogger(level: LevelWithSilent, pretty = process.stderr.isTTY): Logger {
  const options = { level, redact: { paths: redactedPaths, censor: '[redacted]' }, base: null };
  if (pretty) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { destination: 2, ignore: 'pid,hostname' } },
    });
  }
  return pino(options, pino.destination({ dest: 2, sync: true }));
}
