/**
 * The project's HTTP interactions endpoint exactly as `npm run serve` builds it (no logger output,
 * as with LOG_LEVEL=silent), for the HTTP and memory suites.
 */
import { createInteractionsServer } from '../../src/adapters/http/interactions-server.js';
import { createBotSite } from '../../src/adapters/web/bot-site.js';
import { serveSite } from '../../src/adapters/web/serve-site.js';
import { answerMemoryRequests } from '../support/memory-probe.js';
import { announceListening, requireEnv } from './listening-line.js';
import { COMMANDS } from '../../commands/index.js';

const endpoint = createInteractionsServer({
  publicKey: requireEnv('BENCH_PUBLIC_KEY'),
  commands: COMMANDS,
  // The web pages are wired in as in `npm run serve`, so /interactions is measured beside them.
  otherPaths: serveSite(createBotSite({})),
});
const address = await endpoint.listen(0, '127.0.0.1');
if (process.send !== undefined) answerMemoryRequests();
announceListening(address.port);
process.once('SIGTERM', () => void endpoint.close());
