import { startLocalDiscord, type LocalDiscord } from '../../src/local-discord/local-discord.js';
import { memoryChartSvg, type ChartSeries } from '../report/memory-chart.js';
import { SECTION_TITLES, type SectionResult, type TargetCheck } from '../report/report-model.js';
import { LISTENING_LINE } from '../servers/listening-line.js';
import type { BenchConfig } from '../support/bench-config.js';
import { spawnChild } from '../support/child-process.js';
import { fixed, mebibytes, ratioText, whole } from '../support/format.js';
import { isMemorySample, type MemorySample } from '../support/memory-probe.js';
import { sendSignedRequests } from '../support/send-requests.js';
import { generateEd25519Pair, type Ed25519Pair } from '../../fixtures/ed25519-signer.js';
import { median } from '../support/stats.js';

/**
 * Memory after ready as the guild count grows, each mode in its own fresh process so no two share
 * a heap: the bot (real gatewayClientOptions), a default discord.js client, and the HTTP endpoint
 * (which never connects to the gateway, so guilds cannot cost it anything — measured to show it).
 */
type Mode = 'bot' | 'default' | 'http';

const MODE_LABELS: Record<Mode, string> = {
  bot: 'gateway bot (gatewayClientOptions)',
  default: 'default discord.js client',
  http: 'HTTP endpoint',
};

interface Measurement {
  readonly memory: MemorySample;
  readonly guilds: number;
  readonly channels: number;
  readonly roles: number;
}

const BOT_LIMIT = 0.8;
const READY_TIMEOUT_MS = 120_000;
const APPLICATION_ID = '400000000000000004';

function isMeasurement(value: unknown): value is Measurement {
  return (
    typeof value === 'object' &&
    value !== null &&
    isMemorySample((value as { memory?: unknown }).memory) &&
    typeof (value as { guilds?: unknown }).guilds === 'number'
  );
}

async function measureGatewayClient(
  discord: LocalDiscord,
  mode: 'bot' | 'default',
): Promise<Measurement> {
  const child = spawnChild({
    entry: 'bench/children/memory-client.ts',
    nodeArgs: ['--expose-gc'],
    ipc: true,
    env: { BENCH_MODE: mode, BENCH_TOKEN: discord.token, BENCH_API_BASE: discord.restBaseUrl },
  });
  try {
    const message = await child.nextMessage(READY_TIMEOUT_MS);
    if (!isMeasurement(message)) throw new Error(`${mode} client sent ${JSON.stringify(message)}`);
    if (message.guilds !== discord.guilds.length) {
      throw new Error(
        `${mode} client was ready with ${message.guilds} of ${discord.guilds.length} guilds`,
      );
    }
    return message;
  } finally {
    await child.stop();
  }
}

async function measureHttp(keys: Ed25519Pair, requests: number): Promise<Measurement> {
  const child = spawnChild({
    entry: 'bench/servers/project-server.ts',
    nodeArgs: ['--expose-gc'],
    ipc: true,
    env: { BENCH_PUBLIC_KEY: keys.publicKeyHex, BENCH_APPLICATION_ID: APPLICATION_ID },
  });
  try {
    const match = await child.waitForOutput(LISTENING_LINE, 20_000);
    await sendSignedRequests(`http://127.0.0.1:${match[1] ?? ''}/interactions`, keys, requests);
    child.send('measure-memory');
    const message = await child.nextMessage(10_000);
    const memory = (message as { memory?: unknown } | undefined)?.memory;
    if (!isMemorySample(memory)) throw new Error(`HTTP server sent ${JSON.stringify(message)}`);
    return { memory, guilds: 0, channels: 0, roles: 0 };
  } finally {
    await child.stop();
  }
}

type Row = Record<Mode, Measurement[]>;

export interface MemorySuiteResult {
  readonly section: SectionResult;
  readonly svg: string;
}

export async function runMemorySuite(
  config: BenchConfig,
  svgFileName: string,
): Promise<MemorySuiteResult> {
  const keys = generateEd25519Pair();
  const rows = new Map<number, Row>();
  for (const guildCount of config.memory.guildCounts) {
    const discord = await startLocalDiscord({
      guildCount,
      channelsPerGuild: config.memory.channelsPerGuild,
      maxConcurrency: 16,
    });
    const row: Row = { bot: [], default: [], http: [] };
    try {
      for (let run = 0; run < config.runs; run += 1) {
        row.bot.push(await measureGatewayClient(discord, 'bot'));
        row.default.push(await measureGatewayClient(discord, 'default'));
        // The HTTP endpoint has no gateway: the stand-in's guilds are there, it never sees them.
        row.http.push(await measureHttp(keys, config.memory.httpRequests));
      }
    } finally {
      await discord.close();
    }
    rows.set(guildCount, row);
  }
  return report(config, rows, svgFileName);
}

function report(
  config: BenchConfig,
  rows: ReadonlyMap<number, Row>,
  svgFileName: string,
): MemorySuiteResult {
  const of = (row: Row, mode: Mode, pick: (m: MemorySample) => number) =>
    median(row[mode].map((measurement) => pick(measurement.memory)));
  const ratio = (row: Row, pick: (m: MemorySample) => number) =>
    median(row.bot.map((bot, run) => pick(bot.memory) / pick((row.default[run] ?? bot).memory)));
  const rss = (m: MemorySample) => m.rss;
  const heap = (m: MemorySample) => m.heapUsed;

  const tableRows = [...rows].map(([guilds, row]) => [
    whole(guilds),
    mebibytes(of(row, 'bot', rss)),
    mebibytes(of(row, 'default', rss)),
    ratioText(ratio(row, rss)),
    mebibytes(of(row, 'bot', heap)),
    mebibytes(of(row, 'default', heap)),
    ratioText(ratio(row, heap)),
    mebibytes(of(row, 'http', rss)),
    mebibytes(of(row, 'http', heap)),
  ]);
  const cacheRows = [...rows].map(([guilds, row]) => [
    whole(guilds),
    ...(['bot', 'default'] as const).flatMap((mode) => [
      whole(median(row[mode].map((m) => m.channels))),
      whole(median(row[mode].map((m) => m.roles))),
    ]),
  ]);

  const series: ChartSeries[] = (['bot', 'default', 'http'] as const).map((mode) => ({
    label: MODE_LABELS[mode],
    points: [...rows].map(([guilds, row]) => ({ x: guilds, y: of(row, mode, rss) / 1024 / 1024 })),
  }));

  const largest = Math.max(...rows.keys());
  const largestRow = rows.get(largest);
  const rssRatio = largestRow === undefined ? Number.NaN : ratio(largestRow, rss);
  const heapRatio = largestRow === undefined ? Number.NaN : ratio(largestRow, heap);
  const httpRss = [...rows.values()].map((row) => of(row, 'http', rss));
  const httpSpread = (Math.max(...httpRss) - Math.min(...httpRss)) / Math.min(...httpRss);

  const targets: TargetCheck[] = [
    {
      name: `Memory: bot RSS vs default client at ${whole(largest)} guilds`,
      target: `≤ ${fixed(BOT_LIMIT, 2)}x`,
      measured: ratioText(rssRatio),
      pass: rssRatio <= BOT_LIMIT,
    },
    {
      name: `Memory: bot heap vs default client at ${whole(largest)} guilds`,
      target: `≤ ${fixed(BOT_LIMIT, 2)}x`,
      measured: ratioText(heapRatio),
      pass: heapRatio <= BOT_LIMIT,
    },
    {
      name: 'Memory: HTTP endpoint RSS flat across guild counts',
      target: '≤ 10 % spread',
      measured: `${fixed(httpSpread * 100, 1)} %`,
      pass: httpSpread <= 0.1,
    },
  ];

  return {
    svg: memoryChartSvg(series, {
      title: 'RSS after ready (MiB) vs guilds',
      xLabel: 'guilds',
      yLabel: 'RSS MiB',
    }),
    section: {
      title: SECTION_TITLES.memory,
      method:
        `The stand-in serves N guilds of ${config.memory.channelsPerGuild} text channels each, as Discord sends them with the Guilds intent alone (the bot's own member, @everyone role). ` +
        'Each client is a fresh child process run with `--expose-gc`; after `clientReady` (every guild received) it runs gc until the heap stops shrinking, then reads `process.memoryUsage()`. ' +
        'The default client is `new Client({ intents: [Guilds, GuildMembers] })` with discord.js default caches, measured in the same run at each guild count. ' +
        `The HTTP endpoint (the project's server, same child set-up) answers ${whole(config.memory.httpRequests)} signed requests before it is measured, once per guild count. ` +
        'Ratios are bot ÷ default per run, median across runs. MiB = 2^20 bytes.',
      tables: [
        {
          headers: [
            'Guilds',
            'Bot RSS MiB',
            'Default RSS MiB',
            'Bot ÷ default (RSS)',
            'Bot heap MiB',
            'Default heap MiB',
            'Bot ÷ default (heap)',
            'HTTP RSS MiB',
            'HTTP heap MiB',
          ],
          rows: tableRows,
        },
        {
          caption:
            'What each client keeps in its caches after ready (channels across all guilds, roles summed over guilds):',
          headers: ['Guilds', 'Bot channels', 'Bot roles', 'Default channels', 'Default roles'],
          rows: cacheRows,
        },
      ],
      targets,
      notes: [],
      extra: `![RSS after ready vs guild count](${svgFileName})`,
    },
  };
}
