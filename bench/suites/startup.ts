import { performance } from 'node:perf_hooks';
import { startLocalDiscord } from '../../src/local-discord/local-discord.js';
import { SECTION_TITLES, type SectionResult } from '../report/report-model.js';
import type { BenchConfig } from '../support/bench-config.js';
import { spawnChild, spawnCommand, type BenchChild } from '../support/child-process.js';
import { fixed, ratioText, whole } from '../support/format.js';
import { median } from '../support/stats.js';

/**
 * Process start to ready against the stand-in: from just before spawn() until the stand-in has
 * seen shard 0 identify and has written every GUILD_CREATE of its READY burst. A fresh stand-in
 * per measurement, so a previous process's session can never count as this one's.
 */
const READY_TIMEOUT_MS = 60_000;

type Mode = 'project' | 'bare' | 'node';

const LABELS: Record<Mode, string> = {
  project: 'project (`src/main.ts` with DISCORD_TOKEN, via tsx)',
  bare: 'baseline: bare discord.js login script (via tsx)',
  node: "floor: `node -e ''` (start to exit)",
};

async function timeToReady(mode: 'project' | 'bare', guilds: number): Promise<number> {
  const discord = await startLocalDiscord({ guildCount: guilds, channelsPerGuild: 5 });
  let child: BenchChild | undefined;
  try {
    child =
      mode === 'project'
        ? spawnChild({
            entry: 'src/main.ts',
            env: {
              DISCORD_TOKEN: discord.token,
              DISCORD_API_BASE: discord.restBaseUrl,
              DISCORD_APPLICATION_ID: discord.applicationId,
              // Whatever a developer's shell or .env holds must not change what is measured.
              DISCORD_GUILD_ID: '',
              DISCORD_PUBLIC_KEY: '',
              HEALTH_PORT: '',
              SHARD_COUNT: '',
              SHARD_IDS: '',
              LOG_LEVEL: 'info',
            },
          })
        : spawnChild({
            entry: 'bench/children/bare-login.ts',
            env: { BENCH_TOKEN: discord.token, BENCH_API_BASE: discord.restBaseUrl },
          });
    const spawned = child;
    await Promise.race([
      discord.gateway.waitForShardReady(0, { timeoutMs: READY_TIMEOUT_MS }),
      spawned.exited.then((code) => {
        throw new Error(`${mode} exited (${String(code)}) before ready:\n${spawned.output()}`);
      }),
    ]);
    return performance.now() - spawned.spawnedAt;
  } finally {
    await child?.stop();
    await discord.close();
  }
}

async function nodeStart(): Promise<number> {
  const child = spawnCommand(process.execPath, ['-e', '']);
  await child.exited;
  return performance.now() - child.spawnedAt;
}

export async function runStartupSuite(config: BenchConfig): Promise<SectionResult> {
  const runs: Record<Mode, number>[] = [];
  for (let run = 0; run < config.runs; run += 1) {
    runs.push({
      project: await timeToReady('project', config.startup.guilds),
      bare: await timeToReady('bare', config.startup.guilds),
      node: await nodeStart(),
    });
  }
  const at = (mode: Mode) => median(runs.map((run) => run[mode]));
  const ratio = (mode: Mode) => median(runs.map((run) => run.project / run[mode]));
  return {
    title: SECTION_TITLES.startup,
    method:
      `Each process is spawned against a fresh stand-in with ${whole(config.startup.guilds)} guilds; ready is when the stand-in has seen shard 0 identify and sent all its GUILD_CREATEs. ` +
      'The project starts as `npm start` does with a token (`node --import tsx src/main.ts`, shard count from GET /gateway/bot). ' +
      'Baseline in the same run: a script that only logs a default discord.js Client in, loaded the same way. ' +
      "Floor: `node -e ''` from spawn to exit. Ratios are project ÷ that row per run, median across runs.",
    tables: [
      {
        headers: ['Process', 'Start to ready ms', 'Project ÷ this'],
        rows: (['project', 'bare', 'node'] as const).map((mode) => [
          LABELS[mode],
          fixed(at(mode), 0),
          mode === 'project' ? '1.00x' : ratioText(ratio(mode)),
        ]),
      },
    ],
    targets: [],
    notes: [
      'Most of a TypeScript start is tsx compiling on the fly (esbuild, cached per process); both the project and its baseline pay it.',
    ],
  };
}
