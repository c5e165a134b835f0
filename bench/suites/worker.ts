/**
 * The Cloudflare Worker section (`npm run bench -- --only worker`). In the same run it measures:
 * - requests/s for one signed `/montage rank:1` under bare `workerd serve` (not `wrangler dev`,
 *   whose Node proxy is the bottleneck, nor Miniflare, whose entry Worker adds a hop), against
 *   the built Node endpoint, each pinned to CPU 0 with autocannon on CPU 1;
 * - cold start, from spawning workerd to the first 200, next to an empty Worker's;
 * - the bundle's size, raw and gzipped.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { APIInteraction } from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { buildWorker } from '../../fixtures/build-worker.js';
import { SECTION_TITLES, type SectionResult } from '../report/report-model.js';
import { runAutocannon, type LoadResult } from '../support/autocannon.js';
import type { BenchConfig } from '../support/bench-config.js';
import { ensureBenchBuild } from '../support/bench-build.js';
import { BENCH_APPLICATION_ID, startBuiltServe } from '../support/built-serve.js';
import { spawnCommand } from '../support/child-process.js';
import { fixed, ratioText, whole } from '../support/format.js';
import { freePort } from '../support/free-port.js';
import {
  generateEd25519Pair,
  signRequest,
  type Ed25519Pair,
} from '../../fixtures/ed25519-signer.js';
import { montageRankOneBody } from '../../fixtures/sample-interactions.js';
import { median } from '../support/stats.js';

const handleInteraction = createInteractionHandler(COMMANDS);

const SERVER_CPU = 0;
const LOAD_CPU = 1;
/**
 * The workerd binary itself: `node_modules/workerd/bin/workerd` is a Node wrapper that spawns it,
 * so stopping the wrapper left the server running, orphaned.
 */
function workerdBinary(): string {
  const exported: unknown = createRequire(import.meta.url)('workerd');
  const path = (exported as { default?: unknown } | undefined)?.default;
  if (typeof path !== 'string') throw new Error('The workerd package did not export its binary');
  return path;
}
const WORKERD = workerdBinary();
const EMPTY_WORKER = 'export default { fetch: () => new Response("ok") };\n';

/** A workerd config serving one ES module Worker on 127.0.0.1:port, with text bindings. */
async function writeConfig(
  dir: string,
  name: string,
  script: string,
  compatibilityDate: string,
  port: number,
  bindings: Readonly<Record<string, string>>,
): Promise<string> {
  await writeFile(join(dir, `${name}.js`), script);
  const bindingList = Object.entries(bindings)
    .map(([key, value]) => `(name = ${JSON.stringify(key)}, text = ${JSON.stringify(value)})`)
    .join(', ');
  const config = join(dir, `${name}.capnp`);
  await writeFile(
    config,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "${name}.js", esModule = embed "${name}.js")],
  compatibilityDate = "${compatibilityDate}",
  bindings = [${bindingList}],
);
`,
  );
  return config;
}

interface Workerd {
  readonly url: string;
  /** Spawn to the first 200, in ms. */
  readonly coldStartMs: number;
  stop(): Promise<void>;
}

/** Starts workerd and polls until `request` gets a 200: the Worker's cold start as a client sees it. */
async function startWorkerd(
  config: string,
  port: number,
  request: () => RequestInit,
): Promise<Workerd> {
  const child = spawnCommand(WORKERD, ['serve', config], SERVER_CPU);
  const url = `http://127.0.0.1:${port}/interactions`;
  const deadline = performance.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url, request());
      await res.arrayBuffer();
      if (res.status === 200) break;
      throw new Error(`workerd answered ${res.status}`);
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('workerd answered')) throw err;
      if (performance.now() > deadline) throw new Error(`workerd did not start: ${child.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
  const coldStartMs = performance.now() - child.spawnedAt;
  return { url, coldStartMs, stop: () => child.stop() };
}

const post = (keys: Ed25519Pair, body: string) => (): RequestInit => {
  const signed = signRequest(keys, body);
  return { method: 'POST', headers: signed.headers, body: signed.body };
};

export async function runWorkerSuite(config: BenchConfig): Promise<SectionResult> {
  const dir = await mkdtemp(join(tmpdir(), 'rocky-worker-bench-'));
  const keys = generateEd25519Pair();
  const body = montageRankOneBody();
  const stops: (() => Promise<void>)[] = [];
  try {
    await ensureBenchBuild();
    const built = await buildWorker(dir);
    const bundle = await readFile(built.scriptPath, 'utf8');
    const bindings = {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: BENCH_APPLICATION_ID,
    };

    // Cold starts, interleaved so drift hits both alike.
    const botStarts: number[] = [];
    const emptyStarts: number[] = [];
    for (let run = 0; run < config.runs; run += 1) {
      const botPort = await freePort();
      const bot = await startWorkerd(
        await writeConfig(dir, 'bot', bundle, built.compatibilityDate, botPort, bindings),
        botPort,
        post(keys, body),
      );
      botStarts.push(bot.coldStartMs);
      await bot.stop();
      const emptyPort = await freePort();
      const empty = await startWorkerd(
        await writeConfig(dir, 'empty', EMPTY_WORKER, built.compatibilityDate, emptyPort, {}),
        emptyPort,
        () => ({}),
      );
      emptyStarts.push(empty.coldStartMs);
      await empty.stop();
    }

    // Throughput: the Worker in workerd and the Node endpoint, both checked before measuring.
    const workerPort = await freePort();
    const worker = await startWorkerd(
      await writeConfig(dir, 'bot', bundle, built.compatibilityDate, workerPort, bindings),
      workerPort,
      post(keys, body),
    );
    stops.push(() => worker.stop());
    const node = await startBuiltServe(keys, SERVER_CPU);
    stops.push(() => node.child.stop());
    const nodeUrl = node.url;
    const expected: unknown = JSON.parse(
      JSON.stringify(handleInteraction(JSON.parse(body) as APIInteraction)),
    );
    for (const url of [worker.url, nodeUrl]) {
      const res = await fetch(url, post(keys, body)());
      const answer: unknown = await res.json();
      if (res.status !== 200 || !isDeepStrictEqual(answer, expected)) {
        throw new Error(`${url} did not answer 200 with the core's JSON (${res.status})`);
      }
    }

    const load = (url: string, seconds: number) =>
      runAutocannon({
        url,
        request: signRequest(keys, body),
        connections: config.http.connections,
        durationSeconds: seconds,
        cpu: LOAD_CPU,
      });
    if (config.http.warmupSeconds > 0) {
      await load(worker.url, config.http.warmupSeconds);
      await load(nodeUrl, config.http.warmupSeconds);
    }
    const runs: { worker: LoadResult; node: LoadResult }[] = [];
    for (let run = 0; run < config.runs; run += 1) {
      runs.push({
        worker: await load(worker.url, config.http.durationSeconds),
        node: await load(nodeUrl, config.http.durationSeconds),
      });
    }
    const bad = runs
      .flatMap((run) => [run.worker, run.node])
      .filter((r) => r.non2xx + r.errors > 0);
    if (bad.length > 0) throw new Error('Non-200 answers or errors under load');

    const rps = (pick: (run: (typeof runs)[number]) => LoadResult) =>
      median(runs.map((run) => pick(run).requestsPerSecond));
    const lat = (pick: (run: (typeof runs)[number]) => LoadResult, p: 'p50Ms' | 'p99Ms') =>
      median(runs.map((run) => pick(run)[p]));
    const workerOverNode = median(
      runs.map((run) => run.worker.requestsPerSecond / run.node.requestsPerSecond),
    );
    const size = Buffer.byteLength(bundle);
    const gzipped = gzipSync(bundle).length;

    return {
      title: SECTION_TITLES.worker,
      method: `The Worker is built with \`wrangler deploy --dry-run\` and run by bare \`workerd serve\` (the workerd that wrangler 4.86.0 brings), pinned to CPU ${SERVER_CPU}; the built Node endpoint (\`npm run serve\`'s command) is pinned to the same CPU and measured in the same run. Both must answer the signed \`/montage rank:1\` with the core's JSON first. autocannon (${config.http.connections} connections, ${config.http.durationSeconds} s per run, CPU ${LOAD_CPU}) replays it; runs alternate between the two. Cold start is spawn to first 200, polling every 2 ms, for the bot (a signed interaction) and for an empty Worker (any request).`,
      tables: [
        {
          headers: ['Server', 'Req/s', 'p50 ms', 'p99 ms', 'Worker ÷ this (req/s)'],
          rows: [
            [
              'Worker in `workerd serve` (WebCrypto Ed25519)',
              whole(rps((run) => run.worker)),
              fixed(
                lat((run) => run.worker, 'p50Ms'),
                0,
              ),
              fixed(
                lat((run) => run.worker, 'p99Ms'),
                0,
              ),
              '1.00x',
            ],
            [
              'built Node endpoint (`node:crypto`)',
              whole(rps((run) => run.node)),
              fixed(
                lat((run) => run.node, 'p50Ms'),
                0,
              ),
              fixed(
                lat((run) => run.node, 'p99Ms'),
                0,
              ),
              ratioText(workerOverNode),
            ],
          ],
        },
        {
          headers: ['Cold start (spawn to first 200)', 'Median ms', 'Runs'],
          rows: [
            ['the bot', fixed(median(botStarts), 0), String(botStarts.length)],
            ['an empty Worker', fixed(median(emptyStarts), 0), String(emptyStarts.length)],
          ],
        },
        {
          headers: ['Bundle', 'KiB'],
          rows: [
            ['unminified', whole(size / 1024)],
            ['gzipped', whole(gzipped / 1024)],
          ],
        },
      ],
      targets: [],
      notes: [
        'Locally workerd runs one isolate on one thread; Cloudflare runs many isolates in every location, so this is a per-isolate figure, not the deployed ceiling.',
        "The cold start includes workerd's own start-up; the empty Worker's row is that floor.",
      ],
    };
  } finally {
    await Promise.all(stops.map((stop) => stop()));
    await rm(dir, { recursive: true, force: true });
  }
}
