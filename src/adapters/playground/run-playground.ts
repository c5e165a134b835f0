import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { SlashCommand } from '../../command-kit/slash-command.js';
import { deployCommands } from '../../deploy/deploy-commands.js';
import { startLocalDiscord, type LocalDiscord } from '../../local-discord/local-discord.js';
import type { Logger } from '../../logging/logger.js';
import type { AnswerInteraction } from '../console/console-session.js';
import { runConsole } from '../console/run-console.js';
import { startGatewayBot } from '../gateway/gateway-bot.js';

/** How long a member waits before the console says the bot did not answer: Discord's deadline. */
const ANSWER_TIMEOUT_MS = 3_000;

/** `npm start` without a token: the console talks to the real gateway bot via a local Discord. */
export async function runPlayground(
  args: readonly string[],
  logger: Logger,
  commands: readonly SlashCommand[],
): Promise<number> {
  process.stderr.write(
    'No DISCORD_TOKEN set: starting a local Discord and logging the real bot in to it. See README to run on Discord.\n',
  );
  const started = performance.now();
  const discord = await startLocalDiscord({ guildCount: 1, maxConcurrency: 16 });
  try {
    await deployCommands({
      token: discord.token,
      apiBase: discord.restBaseUrl,
      applicationId: discord.applicationId,
      guildId: discord.guilds[0]?.id,
      commands,
      print: logger.debug.bind(logger),
    });
    const bot = await startGatewayBot({
      token: discord.token,
      apiBase: discord.restBaseUrl,
      shardIds: [0],
      shardCount: 1,
      commands,
      logger,
    });
    try {
      const tag = bot.client.user?.tag ?? 'the bot';
      const ms = Math.round(performance.now() - started);
      process.stderr.write(
        `Local Discord at ${discord.restBaseUrl}: commands deployed, ${tag} logged in over the gateway (${ms} ms). Replies travel the real gateway and REST path.\n`,
      );
      return await runConsole(args, commands, answerThroughLocalDiscord(discord));
    } finally {
      await bot.stop();
    }
  } finally {
    await discord.close();
  }
}

/** Hands the console's interaction to the local Discord as it is, which fills in what Discord does. */
function answerThroughLocalDiscord(discord: LocalDiscord): AnswerInteraction {
  return async (interaction) => {
    const started = performance.now();
    const record = await discord.sendInteraction(interaction, { timeoutMs: ANSWER_TIMEOUT_MS });
    const roundTripMs = performance.now() - started;
    if (!record.accepted) {
      throw new Error(`The bot did not answer within ${ANSWER_TIMEOUT_MS / 1000} seconds.`);
    }
    return { response: record.accepted.body as APIInteractionResponse, roundTripMs };
  };
}
