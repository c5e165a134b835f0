/**
 * The Cloudflare Worker's entry point (wrangler.toml `main`): the HTTP interactions endpoint at
 * the edge, plus the bot's web pages. `npm run build:worker` bundles it; `npm run deploy:worker`
 * deploys it.
 */
import { COMMANDS } from '../../../commands/index.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';
import { createBotSite } from '../web/bot-site.js';
import { createInteractionsWorker } from './interactions-worker.js';

// The one place the Worker names the core; the pages are the Node endpoint's own (`npm run serve`).
export default createInteractionsWorker(createInteractionHandler(COMMANDS), createBotSite);
