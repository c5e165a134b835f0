/**
 * `npm run serve`: the HTTP interactions endpoint. Discord POSTs every interaction to
 * `http(s)://<host>/interactions` (set as the Interactions Endpoint URL in the Developer Portal).
 */
import { COMMANDS } from '../../../commands/index.js';
import { loadDotenv, parseConfig, requireConfig, startFailed } from '../../config/load-config.js';
import { createLogger } from '../../logging/logger.js';
import { createProcessRegistry } from '../../metrics/process-registry.js';
import { stopOnShutdownSignals } from '../../shutdown/shutdown-signals.js';
import { createBotSite } from '../web/bot-site.js';
import { serveSite } from '../web/serve-site.js';
import { createInteractionsServer } from './interactions-server.js';

async function main(): Promise<void> {
  loadDotenv();
  const config = requireConfig(parseConfig(), ['DISCORD_PUBLIC_KEY', 'DISCORD_APPLICATION_ID']);
  const logger = createLogger(config.LOG_LEVEL);
  const endpoint = createInteractionsServer({
    publicKey: config.DISCORD_PUBLIC_KEY,
    commands: COMMANDS,
    logger,
    otherPaths: serveSite(createBotSite(config)),
    metrics: createProcessRegistry(),
  });
  const address = await endpoint.listen(config.PORT, config.HOST);
  // Tests and process managers read the bound port from this line.
  logger.info(
    { host: address.address, port: address.port, path: '/interactions' },
    'HTTP interactions endpoint listening',
  );

  stopOnShutdownSignals({
    logger,
    stop: async (signal) => {
      logger.info({ signal }, 'Shutting down: finishing in-flight requests');
      await endpoint.close();
      logger.info('Stopped');
      return 0;
    },
  });
}

main().catch((err: unknown) => startFailed(err, 'Cannot start the HTTP endpoint'));
