import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import {
  chatInputInteraction,
  LOCAL_CONTEXT,
} from '../../src/adapters/console/interaction-factory.js';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { startLocalDiscord, type LocalDiscord } from '../../src/local-discord/local-discord.js';
import { barChartSvg } from '../report/bar-chart.js';
import { SECTION_TITLES, type SectionResult } from '../report/report-model.js';
import type { BenchConfig } from '../support/bench-config.js';
import { spawnChild } from '../support/child-process.js';
import { fixed, ratioText } from '../support/format.js';
import { median, summarizeLatencies, type LatencySummary } from '../support/stats.js';

const handleInteraction = createInteractionHandler(COMMANDS);

/**
 * Dispatch-to-callback latency through the gateway: the stand-in (in this process) writes
 * INTERACTION_CREATE to the shard's socket, the responder (a child pinned to CPU 0) answers by
 * POSTing the callback, and the clock stops when the stand-in has accepted that callback.
 */
const RESPONDER_CPU = 0;
const WARMUP_INTERACTIONS = 20;
const ACK_TIMEOUT_MS = 5_000;

type Mode = 'bot' | 'discordjs-constant' | 'raw-ws';

const MODES: readonly { readonly mode: Mode; readonly label: string }[] = [
  { mode: 'bot', label: 'project (`startGatewayBot`)' },
  { mode: 'discordjs-constant', label: 'baseline: bare discord.js, constant answer' },
  { mode: 'raw-ws', label: 'floor: raw `ws` client, constant answer' },
];

const RANK_ONE_OPTIONS: APIApplicationCommandInteractionDataBasicOption[] = [
  { name: 'rank', type: ApplicationCommandOptionType.Integer, value: 1 },
];
const RANK_ONE = chatInputInteraction('montage', RANK_ONE_OPTIONS);

interface ModeRun {
  readonly sequential: LatencySummary;
  readonly concurrent: LatencySummary;
}

/** One interaction, timed from just before the dispatch until the stand-in accepted the answer. */
async function timedInteraction(discord: LocalDiscord): Promise<number> {
  const started = performance.now();
  const record = discord.dispatchInteraction(RANK_ONE);
  await discord.interactions.waitForAcknowledgement(record.id, { timeoutMs: ACK_TIMEOUT_MS });
  return performance.now() - started;
}

async function measureMode(
  discord: LocalDiscord,
  mode: Mode,
  constantAnswer: string,
  config: BenchConfig,
): Promise<ModeRun> {
  const child = spawnChild({
    entry: 'bench/children/gateway-responder.ts',
    cpu: RESPONDER_CPU,
    ipc: true,
    env: {
      BENCH_MODE: mode,
      BENCH_TOKEN: discord.token,
      BENCH_API_BASE: discord.restBaseUrl,
      BENCH_GATEWAY_URL: discord.gatewayUrl,
      BENCH_CONSTANT_ANSWER: constantAnswer,
    },
  });
  try {
    const message = await child.nextMessage(30_000);
    if (message !== 'ready') throw new Error(`${mode} responder sent ${String(message)}`);

    const first = await discord.sendInteraction(RANK_ONE, { timeoutMs: ACK_TIMEOUT_MS });
    const expected: unknown =
      mode === 'bot' ? handleInteraction(first.payload) : JSON.parse(constantAnswer);
    if (!isDeepStrictEqual(first.accepted?.body, expected)) {
      throw new Error(`${mode} responder did not answer with the expected response`);
    }
    for (let i = 0; i < WARMUP_INTERACTIONS; i += 1) await timedInteraction(discord);

    const sequential: number[] = [];
    for (let i = 0; i < config.gateway.sequential; i += 1) {
      sequential.push(await timedInteraction(discord));
    }
    const concurrent = await Promise.all(
      Array.from({ length: config.gateway.concurrent }, () => timedInteraction(discord)),
    );
    return {
      sequential: summarizeLatencies(sequential),
      concurrent: summarizeLatencies(concurrent),
    };
  } finally {
    await child.stop();
  }
}

export async function runGatewaySuite(
  config: BenchConfig,
  svgFileName: string,
): Promise<{ section: SectionResult; svg: string }> {
  const discord = await startLocalDiscord({ guildCount: 10, channelsPerGuild: 5 });
  const constantAnswer = JSON.stringify(constantRankOneAnswer(discord));
  const runs: Record<Mode, ModeRun>[] = [];
  try {
    for (let run = 0; run < config.gateway.runs; run += 1) {
      const results: Partial<Record<Mode, ModeRun>> = {};
      for (const { mode } of MODES) {
        results[mode] = await measureMode(discord, mode, constantAnswer, config);
      }
      runs.push(results as Record<Mode, ModeRun>);
    }
  } finally {
    await discord.close();
  }
  return report(config, runs, svgFileName);
}

/**
 * The core's answer to `/montage rank:1` from the stand-in's default user, computed once: its
 * bytes depend only on the user (custom_ids carry it), so the baselines send what the bot sends.
 */
function constantRankOneAnswer(discord: LocalDiscord): APIInteractionResponse {
  const [guild] = discord.guilds;
  const [channel] = guild?.channels ?? [];
  if (guild === undefined || channel === undefined) throw new Error('The stand-in has no guild');
  return handleInteraction(
    chatInputInteraction('montage', RANK_ONE_OPTIONS, {
      ...LOCAL_CONTEXT,
      user: {
        ...LOCAL_CONTEXT.user,
        id: discord.defaultUser.id,
        username: discord.defaultUser.username,
      },
      guildId: guild.id,
      channelId: channel.id,
      applicationId: discord.applicationId,
    }),
  );
}

function report(
  config: BenchConfig,
  runs: readonly Record<Mode, ModeRun>[],
  svgFileName: string,
): { section: SectionResult; svg: string } {
  const at = (mode: Mode, pick: (run: ModeRun) => number) =>
    median(runs.map((run) => pick(run[mode])));
  const ratio = (mode: Mode, pick: (run: ModeRun) => number) =>
    median(runs.map((run) => pick(run.bot) / pick(run[mode])));
  const rows = MODES.map(({ mode, label }) => [
    label,
    fixed(
      at(mode, (r) => r.sequential.p50),
      2,
    ),
    fixed(
      at(mode, (r) => r.sequential.p99),
      2,
    ),
    mode === 'bot' ? '1.00x' : ratioText(ratio(mode, (r) => r.sequential.p99)),
    fixed(
      at(mode, (r) => r.concurrent.p50),
      2,
    ),
    fixed(
      at(mode, (r) => r.concurrent.p99),
      2,
    ),
    mode === 'bot' ? '1.00x' : ratioText(ratio(mode, (r) => r.concurrent.p99)),
  ]);
  const sequentialP99 = at('bot', (r) => r.sequential.p99);
  const sequentialVsBare = ratio('discordjs-constant', (r) => r.sequential.p99);
  const concurrentVsBare = ratio('discordjs-constant', (r) => r.concurrent.p99);
  const svg = barChartSvg({
    title: `Gateway: dispatch to callback, median of ${runs.length} runs (lower is better)`,
    rows: MODES.map(({ label }) => label.replace(/`/g, '')),
    highlight: 0,
    panels: [
      {
        title: `p99 ms, ${config.gateway.sequential} sequential`,
        values: MODES.map(({ mode }) => at(mode, (r) => r.sequential.p99)),
        digits: 2,
      },
      {
        title: `p99 ms, ${config.gateway.concurrent} at once`,
        values: MODES.map(({ mode }) => at(mode, (r) => r.concurrent.p99)),
        digits: 2,
      },
    ],
  });
  const section: SectionResult = {
    title: SECTION_TITLES.gateway,
    method:
      'The local Discord stand-in runs in the bench process; each responder is a child process pinned to CPU 0 that logs in to it as shard 0 of 1. ' +
      'Latency runs from just before the stand-in writes INTERACTION_CREATE (`dispatchInteraction`) until it has accepted the callback POST (`waitForAcknowledgement`), timed with `performance.now()`. ' +
      `Each run: a fresh responder process, one checked interaction (the answer must equal the core's), ${WARMUP_INTERACTIONS} unrecorded warm-up interactions, ` +
      `then ${config.gateway.sequential} sequential and ${config.gateway.concurrent} concurrent \`/montage rank:1\`. ` +
      'Baseline in the same run: a bare discord.js client (default options, Guilds intent) that POSTs the same prebuilt answer bytes through `client.rest` — the library and stand-in round trip without the core. ' +
      'Floor: a hand-written `ws` gateway client POSTing the prebuilt answer with `node:http`. Ratios are project ÷ that row per run, median across runs (< 1 is faster).',
    tables: [
      {
        headers: [
          'Responder',
          'Sequential p50 ms',
          'Sequential p99 ms',
          'Project ÷ this (p99)',
          'Concurrent p50 ms',
          'Concurrent p99 ms',
          'Project ÷ this (p99)',
        ],
        rows,
      },
    ],
    targets: [
      {
        name: 'Gateway: sequential p99 ÷ bare discord.js',
        target: '≤ 1.00x',
        measured: ratioText(sequentialVsBare),
        pass: sequentialVsBare <= 1,
      },
      {
        name: 'Gateway: concurrent p99 ÷ bare discord.js',
        target: '≤ 1.00x',
        measured: ratioText(concurrentVsBare),
        pass: concurrentVsBare <= 1,
      },
      {
        name: 'Gateway: sequential p99',
        target: '< 5 ms',
        measured: `${fixed(sequentialP99, 2)} ms`,
        pass: sequentialP99 < 5,
      },
    ],
    notes: [
      `Concurrent latencies include queueing: all ${config.gateway.concurrent} are dispatched at once on one socket, so the last waits for the others.`,
      `Each figure is the median of ${runs.length} runs: a p99 of ${config.gateway.sequential} samples is the second-worst sample, so one run says little.`,
    ],
    extra: `![Gateway p99 against bare discord.js and a raw ws client](${svgFileName})`,
  };
  return { section, svg };
}
