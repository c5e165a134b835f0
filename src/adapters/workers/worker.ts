/**
 * The Cloudflare Worker's entry point (wrangler.toml `main`): the HTTP interactions endpoint at
 * the edge. `npm run build:worker` bundles it; `npm run deploy:worker` deploys it.
 */
import { COMMANDS } from '../../../commands/index.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';
import { createInteractionsWorker } from './interactions-worker.js';

// The one place the Worker names the core.
export default createInteractionsWorker(createInteractionHandler(COMMANDS));
