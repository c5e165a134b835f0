import type { SlashCommand } from '../../command-kit/slash-command.js';
import { buildCommandPayload } from '../../deploy/command-payload.js';
import { deployCommands } from '../../deploy/deploy-commands.js';
import { createDeployRest } from '../../deploy/deploy-rest.js';
import { startLocalDiscord, type LocalDiscord } from '../../local-discord/local-discord.js';
import type { Logger } from '../../logging/logger.js';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { AnswerInteraction } from '../console/answer-interaction.js';
import { startGatewayBot } from '../gateway/gateway-bot.js';

/** How long a member waits before the console says the bot did not answer: Discord's deadline. */
const ANSWER_TIMEOUT_MS = 3_000;

export interface Playground {
  readonly answer: AnswerInteraction;
  /** One line for the member: where the local Discord runs and who logged in. */
  readonly summary: string;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` runs without credentials: the local Discord, the commands deployed to
 * it, and the real gateway bot logged in to it. The console then talks through all of it.
 */
export async function startPlayground(
  logger: Logger,
  commands: readonly SlashCommand[],
): Promise<Playground> {
  const started = performance.now();
  const discord = await startLocalDiscord({ guildCount: 1, maxConcurrency: 16 });
  try {
    const [guild] = discord.guilds;
    await deployCommands({
      rest: createDeployRest({ token: discord.token, apiBase: discord.restBaseUrl }),
      applicationId: discord.applicationId,
      guildId: guild?.id,
      commands: buildCommandPayload(commands),
      print: (line) => {
        logger.debug(line);
      },
    });
    const bot = await startGatewayBot({
      token: discord.token,
      apiBase: discord.restBaseUrl,
      shardIds: [0],
      shardCount: 1,
      commands,
      logger,
    });
    const tag = bot.client.user?.tag ?? 'the bot';
    const ms = Math.round(performance.now() - started);
    return {
      answer: answerThroughLocalDiscord(discord),
      summary: `Local Discord at ${discord.restBaseUrl}: commands deployed, ${tag} logged in over the gateway (${ms} ms). Replies travel the real gateway and REST path.`,
      stop: async () => {
        await bot.stop();
        await discord.close();
      },
    };
  } catch (error) {
    await discord.close();
    throw error;
  }
}

/**
 * Hands the console's interaction to the local Discord as it is; the local Discord fills in what
 * Discord fills in and sends a real INTERACTION_CREATE to the bot. Returns what the bot POSTed
 * back over REST, with the measured round trip.
 */
function answerThroughLocalDiscord(discord: LocalDiscord): AnswerInteraction {
  return async (interaction) => {
    const started = performance.now();
    const record = await discord.sendInteraction(interaction, { timeoutMs: ANSWER_TIMEOUT_MS });
    const roundTripMs = performance.now() - started;
    if (!record.accepted) throw new Error('The bot did not answer within 3 seconds.');
    return { response: record.accepted.body as APIInteractionResponse, roundTripMs };
  };
}
