/**
 * The project's HTTP interactions endpoint built as `npm run serve` builds it (no logger output,
 * as with LOG_LEVEL=silent), for the memory suite and the on/off rows: BENCH_PAGES=off leaves
 * the web pages out and BENCH_METRICS=off the metrics, to show they cost /interactions nothing.
 */
import { createInteractionsServer } from '../../src/adapters/http/interactions-server.js';
import { createBotSite } from '../../src/adapters/web/bot-site.js';
import { serveSite } from '../../src/adapters/web/serve-site.js';
import { createProcessRegistry } from '../../src/metrics/process-registry.js';
import { answerMemoryRequests } from '../support/memory-probe.js';
import { announceListening, requireEnv } from './listening-line.js';
import { COMMANDS } from '../../commands/index.js';

const endpoint = createInteractionsServer({
  publicKey: requireEnv('BENCH_PUBLIC_KEY'),
  commands: COMMANDS,
  otherPaths: process.env.BENCH_PAGES === 'off' ? undefined : serveSite(createBotSite({})),
  metrics: process.env.BENCH_METRICS === 'off' ? undefined : createProcessRegistry(),
});
const address = await endpoint.listen(0, '127.0.0.1');
if (process.send !== undefined) answerMemoryRequests();
announceListening(address.port);
process.once('SIGTERM', () => void endpoint.close());
