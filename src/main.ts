/**
 * `npm start`. Without a bot token it opens the local console, so a fresh checkout answers
 * questions at once; with one, the gateway runtime will take over here.
 */
import { runConsole } from './adapters/console/run-console.js';
import { ConfigError, loadDotenv, parseConfig } from './config/load-config.js';

loadDotenv();
try {
  const config = parseConfig();
  if (config.DISCORD_TOKEN === undefined) {
    process.stderr.write(
      'No DISCORD_TOKEN set: opening the local console instead. See README to run on Discord.\n',
    );
    process.exitCode = await runConsole({ args: [] });
  } else {
    process.stderr.write(
      'DISCORD_TOKEN is set, but the gateway runtime is not built yet. Unset it to use the local console.\n',
    );
    process.exitCode = 1;
  }
} catch (err) {
  // ConfigError messages name the variable and its fix, never its value: no stack needed.
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 1;
}
