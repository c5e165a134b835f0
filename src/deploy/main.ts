/** `npm run deploy`: see USAGE in deploy-cli.ts. */
import { COMMANDS } from '../../commands/index.js';
import { loadDotenv } from '../config/load-config.js';
import { runDeployCli } from './deploy-cli.js';

loadDotenv();
process.exitCode = await runDeployCli({
  argv: process.argv.slice(2),
  env: process.env,
  commands: COMMANDS,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
