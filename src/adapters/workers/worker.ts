/**
 * The Cloudflare Worker's entry point (wrangler.toml `main`): the HTTP interactions endpoint at
 * the edge. `npm run build:worker` bundles it; `npm run deploy:worker` deploys it.
 */
import { handleInteraction } from '../../core/handle-interaction.js';
import { createInteractionsWorker } from './interactions-worker.js';

// The one place the Worker names the core.
export default createInteractionsWorker(handleInteraction);
