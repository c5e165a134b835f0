/** `npm run console`: talk to the bot in a terminal, no Discord needed. */
import { COMMANDS } from '../../../commands/index.js';
import { runConsole } from './run-console.js';

process.exitCode = await runConsole(process.argv.slice(2), COMMANDS);
