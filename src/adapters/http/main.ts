/**
 * `npm run serve`: the HTTP interactions endpoint. Discord POSTs every interaction to
 * `http(s)://<host>/interactions` (set as the Interactions Endpoint URL in the Developer Portal).
 */
import { ConfigError, loadDotenv, parseConfig, requireConfig } from '../../config/load-config.js';
import { createLogger } from '../../logging/logger.js';
import { createBotSite } from '../web/bot-site.js';
import { serveSite } from '../web/serve-site.js';
import { createInteractionsServer } from './interactions-server.js';

/** If draining takes longer than this, something is stuck; exit rather than hang the deploy. */
const SHUTDOWN_GRACE_MS = 10_000;

function loadServeConfig() {
  loadDotenv();
  return requireConfig(parseConfig(), ['DISCORD_PUBLIC_KEY', 'DISCORD_APPLICATION_ID']);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadServeConfig>;
  try {
    config = loadServeConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    // One plain line an operator can act on; ConfigError messages hold names and fixes, never values.
    process.stderr.write(`Cannot start the HTTP endpoint: ${err.problems.join('; ')}\n`);
    process.exitCode = 1;
    return;
  }

  const logger = createLogger(config.LOG_LEVEL);
  const endpoint = createInteractionsServer({
    publicKey: config.DISCORD_PUBLIC_KEY,
    applicationId: config.DISCORD_APPLICATION_ID,
    apiBase: config.DISCORD_API_BASE,
    logger,
    otherPaths: serveSite(createBotSite(config)),
  });
  // The schema defaults PORT to 8080, but its inferred type still admits undefined.
  const address = await endpoint.listen(config.PORT ?? 8080, config.HOST);
  // Tests and process managers read the bound port from this line.
  logger.info(
    { host: address.address, port: address.port, path: '/interactions' },
    'HTTP interactions endpoint listening',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down: finishing in-flight requests');
    setTimeout(() => {
      logger.error('In-flight requests did not finish in time; exiting anyway');
      logger.flush();
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    endpoint.close().then(
      () => {
        logger.info('Stopped');
        // Exit by letting the event loop empty, so pino's async destination flushes.
        process.exitCode = 0;
      },
      (err: unknown) => {
        logger.error({ err }, 'Shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Cannot start the HTTP endpoint: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exitCode = 1;
});
