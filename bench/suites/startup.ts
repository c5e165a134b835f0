import { performance } from 'node:perf_hooks';
import { botProcessEnv } from '../../fixtures/bot-process-env.js';
import { generateEd25519Pair } from '../../fixtures/ed25519-signer.js';
import { startLocalDiscord } from '../../src/local-discord/local-discord.js';
import { SECTION_TITLES, type SectionResult } from '../report/report-model.js';
import { BUILT, ensureBenchBuild, npmScriptNodeArgs } from '../support/bench-build.js';
import type { BenchConfig } from '../support/bench-config.js';
import { BENCH_APPLICATION_ID, startBuiltServe } from '../support/built-serve.js';
import { spawnChild, spawnCommand, type BenchChild } from '../support/child-process.js';
import { fixed, ratioText, whole } from '../support/format.js';
import { freePort } from '../support/free-port.js';
import { median } from '../support/stats.js';

/**
 * Process start-up, from just before spawn() until the process is useful: the HTTP endpoint
 * listening, the gateway bot ready (the stand-in has seen shard 0 identify and has written every
 * GUILD_CREATE of its READY burst). The built processes (what production runs) next to the same
 * entry points through tsx and `node -e ''`. A fresh stand-in per gateway measurement, so a
 * previous process's session can never count as this one's.
 */
const READY_TIMEOUT_MS = 60_000;

type Mode = 'httpBuilt' | 'httpTsx' | 'gatewayBuilt' | 'gatewayTsx' | 'bare' | 'node';

const LABELS: Record<Mode, string> = {
  httpBuilt: 'HTTP endpoint, built (`npm run serve`): spawn to listening',
  httpTsx: 'HTTP endpoint via tsx (`src/adapters/http/main.ts`): spawn to listening',
  gatewayBuilt: 'gateway bot, built (`npm start` with a token): spawn to ready',
  gatewayTsx: 'gateway bot via tsx (`src/main.ts`): spawn to ready',
  bare: 'baseline: bare discord.js login, built: spawn to ready',
  node: "floor: `node -e ''` (spawn to exit)",
};
const MODES = Object.keys(LABELS) as Mode[];

async function timeToReady(
  mode: 'gatewayBuilt' | 'gatewayTsx' | 'bare',
  guilds: number,
): Promise<number> {
  const discord = await startLocalDiscord({ guildCount: guilds, channelsPerGuild: 5 });
  let child: BenchChild | undefined;
  try {
    child =
      mode === 'gatewayBuilt'
        ? spawnCommand(
            process.execPath,
            npmScriptNodeArgs('start'),
            undefined,
            botProcessEnv(discord),
          )
        : mode === 'gatewayTsx'
          ? spawnChild({ entry: 'src/main.ts', env: botProcessEnv(discord) })
          : spawnCommand(process.execPath, [BUILT.bareLogin], undefined, {
              BENCH_TOKEN: discord.token,
              BENCH_API_BASE: discord.restBaseUrl,
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

async function timeToListening(mode: 'httpBuilt' | 'httpTsx'): Promise<number> {
  const keys = generateEd25519Pair();
  if (mode === 'httpBuilt') {
    const serve = await startBuiltServe(keys, undefined);
    const elapsed = performance.now() - serve.child.spawnedAt;
    await serve.child.stop();
    return elapsed;
  }
  const child = spawnChild({
    entry: 'src/adapters/http/main.ts',
    env: {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: BENCH_APPLICATION_ID,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'info',
    },
  });
  try {
    await child.waitForOutput(/HTTP interactions endpoint listening/, READY_TIMEOUT_MS);
    return performance.now() - child.spawnedAt;
  } finally {
    await child.stop();
  }
}

async function nodeStart(): Promise<number> {
  const child = spawnCommand(process.execPath, ['-e', '']);
  await child.exited;
  return performance.now() - child.spawnedAt;
}

export async function runStartupSuite(config: BenchConfig): Promise<SectionResult> {
  await ensureBenchBuild();
  const runs: Record<Mode, number>[] = [];
  for (let run = 0; run < config.runs; run += 1) {
    runs.push({
      httpBuilt: await timeToListening('httpBuilt'),
      httpTsx: await timeToListening('httpTsx'),
      gatewayBuilt: await timeToReady('gatewayBuilt', config.startup.guilds),
      gatewayTsx: await timeToReady('gatewayTsx', config.startup.guilds),
      bare: await timeToReady('bare', config.startup.guilds),
      node: await nodeStart(),
    });
  }
  const at = (mode: Mode) => median(runs.map((run) => run[mode]));
  const over = (mode: Mode, base: Mode) => median(runs.map((run) => run[mode] / run[base]));
  return {
    title: SECTION_TITLES.startup,
    method:
      "Each process is spawned as `npm` runs it (the built ones with the exact node arguments of the `npm` script, so without npm's own start-up) and timed from just before `spawn()`. " +
      'The HTTP endpoint is ready when it logs that it listens; the gateway bot when a fresh stand-in with ' +
      `${whole(config.startup.guilds)} guilds has seen shard 0 identify and sent all its GUILD_CREATEs (shard count from GET /gateway/bot). ` +
      'Baseline in the same run: a script that only logs a default discord.js Client in, bundled the same way as the build. ' +
      "Floor: `node -e ''` from spawn to exit. Ratios are per run, median across runs.",
    tables: [
      {
        headers: ['Process', 'Start ms', "÷ `node -e ''`", '÷ built'],
        rows: MODES.map((mode) => [
          LABELS[mode],
          fixed(at(mode), 0),
          mode === 'node' ? '1.00x' : ratioText(over(mode, 'node')),
          mode === 'httpTsx'
            ? ratioText(over('httpTsx', 'httpBuilt'))
            : mode === 'gatewayTsx'
              ? ratioText(over('gatewayTsx', 'gatewayBuilt'))
              : mode === 'bare'
                ? `bot ÷ this: ${ratioText(over('gatewayBuilt', 'bare'))}`
                : '',
        ]),
      },
    ],
    targets: [],
    notes: [
      'The tsx rows pay for compiling TypeScript on the fly (esbuild, cached per process); production runs the built rows.',
    ],
  };
}
