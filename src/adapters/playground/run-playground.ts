import type { SlashCommand } from '../../command-kit/slash-command.js';
import type { Logger } from '../../logging/logger.js';
import { runConsole } from '../console/run-console.js';
import { startPlayground } from './start-playground.js';

/**
 * `npm start` without credentials: the console, but every answer goes out as a real
 * INTERACTION_CREATE through the local Discord to the logged-in gateway bot and back over REST.
 * Resolves to the console's exit code.
 */
export async function runPlayground(
  args: readonly string[],
  logger: Logger,
  commands: readonly SlashCommand[],
): Promise<number> {
  process.stderr.write(
    'No DISCORD_TOKEN set: starting a local Discord and logging the real bot in to it. See README to run on Discord.\n',
  );
  const playground = await startPlayground(logger, commands);
  process.stderr.write(`${playground.summary}\n`);
  try {
    return await runConsole({ args, commands, answer: playground.answer });
  } finally {
    await playground.stop();
  }
}
