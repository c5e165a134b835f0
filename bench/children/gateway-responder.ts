/**
 * A process that answers INTERACTION_CREATE from the local Discord stand-in, in one of three
 * modes, and tells the parent over IPC when it is ready:
 * - `bot`: the project's startGatewayBot (real discord.js client, real client options, the core);
 * - `discordjs-constant`: a bare discord.js client that POSTs a prebuilt answer (same bytes as
 *   the core's) through client.rest: the library's own round trip, without the core;
 * - `raw-ws`: a hand-rolled `ws` gateway client that POSTs the prebuilt answer with node:http:
 *   the transport floor, without discord.js.
 */
import { Agent, request } from 'node:http';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';
import { Routes, type APIInteraction } from 'discord-api-types/v10';
import { pino } from 'pino';
import WebSocket from 'ws';
import { startGatewayBot } from '../../src/adapters/gateway/gateway-bot.js';
import { requireEnv } from '../servers/listening-line.js';
import { COMMANDS } from '../../commands/index.js';

const mode = requireEnv('BENCH_MODE');
const token = requireEnv('BENCH_TOKEN');
const apiBase = requireEnv('BENCH_API_BASE');
const answer = requireEnv('BENCH_CONSTANT_ANSWER');

function announceReady(): void {
  process.send?.('ready');
}

async function startBot(): Promise<() => Promise<void>> {
  const bot = await startGatewayBot({
    commands: COMMANDS,
    token,
    apiBase,
    shardIds: [0],
    shardCount: 1,
    logger: pino({ level: 'silent' }),
  });
  if (bot.client.isReady()) announceReady();
  else bot.client.once(Events.ClientReady, announceReady);
  return () => bot.stop();
}

async function startDiscordJsConstant(): Promise<() => Promise<void>> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    shards: [0],
    shardCount: 1,
    rest: { api: apiBase },
  });
  const body: unknown = JSON.parse(answer);
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => {
    void client.rest
      .post(Routes.interactionCallback(interaction.id, interaction.token), { body, auth: false })
      .catch((error: unknown) => {
        process.stderr.write(`callback failed: ${String(error)}\n`);
      });
  });
  client.once(Events.ClientReady, announceReady);
  await client.login(token);
  return () => client.destroy();
}

function startRawWs(): () => Promise<void> {
  const gatewayUrl = requireEnv('BENCH_GATEWAY_URL');
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const callbackUrl = new URL(apiBase);
  const socket = new WebSocket(`${gatewayUrl}/?v=10&encoding=json`);
  let sequence: number | null = null;
  let heartbeat: NodeJS.Timeout | undefined;

  const post = (interaction: APIInteraction) => {
    const outgoing = request(
      {
        agent,
        host: callbackUrl.hostname,
        port: callbackUrl.port,
        method: 'POST',
        path: `${callbackUrl.pathname}/v10/interactions/${interaction.id}/${interaction.token}/callback`,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(answer),
        },
      },
      (response) => response.resume(),
    );
    outgoing.on('error', (error) => process.stderr.write(`callback failed: ${error.message}\n`));
    outgoing.end(answer);
  };

  socket.on('message', (data: Buffer) => {
    const frame = JSON.parse(data.toString()) as { op: number; t?: string; s?: number; d: unknown };
    if (typeof frame.s === 'number') sequence = frame.s;
    if (frame.op === 10) {
      const interval = (frame.d as { heartbeat_interval: number }).heartbeat_interval;
      heartbeat = setInterval(() => {
        socket.send(JSON.stringify({ op: 1, d: sequence }));
      }, interval);
      socket.send(
        JSON.stringify({
          op: 2,
          d: {
            token,
            intents: GatewayIntentBits.Guilds,
            shard: [0, 1],
            properties: { os: 'linux', browser: 'bench', device: 'bench' },
          },
        }),
      );
    } else if (frame.op === 1) {
      socket.send(JSON.stringify({ op: 1, d: sequence }));
    } else if (frame.op === 0 && frame.t === 'READY') {
      announceReady();
    } else if (frame.op === 0 && frame.t === 'INTERACTION_CREATE') {
      post(frame.d as APIInteraction);
    }
  });
  return async () => {
    clearInterval(heartbeat);
    socket.close(1000);
    agent.destroy();
    await Promise.resolve();
  };
}

const stop =
  mode === 'bot'
    ? await startBot()
    : mode === 'discordjs-constant'
      ? await startDiscordJsConstant()
      : mode === 'raw-ws'
        ? startRawWs()
        : undefined;
if (stop === undefined) throw new Error(`Unknown BENCH_MODE ${mode}`);

process.once('SIGTERM', () => {
  void stop().finally(() => process.exit(0));
});
process.on('disconnect', () => {
  void stop().finally(() => process.exit(0));
});
