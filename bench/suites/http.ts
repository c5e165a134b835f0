import { isDeepStrictEqual } from 'node:util';
import type { APIInteraction } from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { SECTION_TITLES, type SectionResult, type TargetCheck } from '../report/report-model.js';
import { LISTENING_LINE } from '../servers/listening-line.js';
import { runAutocannon, type LoadResult } from '../support/autocannon.js';
import type { BenchConfig } from '../support/bench-config.js';
import { spawnChild, type BenchChild } from '../support/child-process.js';
import { fixed, ratioText, whole } from '../support/format.js';
import {
  generateEd25519Pair,
  signRequest,
  type Ed25519Pair,
} from '../../fixtures/ed25519-signer.js';
import { montageRankOneBody } from '../../fixtures/sample-interactions.js';
import { median } from '../support/stats.js';

const handleInteraction = createInteractionHandler(COMMANDS);

/**
 * Three servers answer the same signed `/montage rank:1` with the same embed: the project's
 * endpoint, the peer (express + discord-interactions, as Discord's example app) and the ceiling
 * (bare node:http + node:crypto). Each runs in its own process pinned to CPU 0; autocannon runs
 * pinned to CPU 1.
 */
const SERVER_CPU = 0;
const LOAD_CPU = 1;
const APPLICATION_ID = '400000000000000004';
/** The load the latency target is judged at, as a share of the server's measured maximum. */
const HELD_LOAD = 0.8;

interface ServerSpec {
  readonly key: 'project' | 'peer' | 'ceiling';
  readonly label: string;
  readonly entry: string;
}

const SERVERS: readonly ServerSpec[] = [
  {
    key: 'project',
    label: 'project (`createInteractionsServer`)',
    entry: 'bench/servers/project-server.ts',
  },
  {
    key: 'peer',
    label: 'peer: express + `verifyKeyMiddleware`',
    entry: 'bench/servers/peer-express.js',
  },
  {
    key: 'ceiling',
    label: 'ceiling: bare `node:http` + `node:crypto`',
    entry: 'bench/servers/ceiling-node.ts',
  },
];

interface RunningServer extends ServerSpec {
  readonly child: BenchChild;
  readonly url: string;
}

async function startServer(spec: ServerSpec, keys: Ed25519Pair): Promise<RunningServer> {
  const child = spawnChild({
    entry: spec.entry,
    cpu: SERVER_CPU,
    env: { BENCH_PUBLIC_KEY: keys.publicKeyHex, BENCH_APPLICATION_ID: APPLICATION_ID },
  });
  const match = await child.waitForOutput(LISTENING_LINE, 20_000);
  return { ...spec, child, url: `http://127.0.0.1:${match[1] ?? ''}/interactions` };
}

/** Refuses to measure a server that does not verify, or answers with other bytes than the core. */
async function checkServer(server: RunningServer, keys: Ed25519Pair, body: string): Promise<void> {
  const signed = signRequest(keys, body);
  const response = await fetch(server.url, {
    method: 'POST',
    headers: signed.headers,
    body: signed.body,
  });
  const answer: unknown = await response.json();
  const expected: unknown = JSON.parse(
    JSON.stringify(handleInteraction(JSON.parse(body) as APIInteraction)),
  );
  if (response.status !== 200 || !isDeepStrictEqual(answer, expected)) {
    throw new Error(`${server.label} did not answer 200 with the core's JSON (${response.status})`);
  }
  const forged = await fetch(server.url, {
    method: 'POST',
    headers: { ...signed.headers, 'x-signature-ed25519': '0'.repeat(128) },
    body: signed.body,
  });
  await forged.arrayBuffer();
  if (forged.status !== 401) {
    throw new Error(`${server.label} accepted a bad signature (${forged.status})`);
  }
}

type PerServer<T> = Record<ServerSpec['key'], T>;

export async function runHttpSuite(config: BenchConfig): Promise<SectionResult> {
  const keys = generateEd25519Pair();
  const body = montageRankOneBody();
  const servers: RunningServer[] = [];
  try {
    // Started together (each pays tsx's start-up), then measured one at a time.
    const started = await Promise.allSettled(SERVERS.map((spec) => startServer(spec, keys)));
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    for (const server of servers) await checkServer(server, keys, body);

    const load = (server: RunningServer, seconds: number, overallRate?: number) =>
      runAutocannon({
        url: server.url,
        // Signed per run: the replay window is 5 minutes and the full suite takes a few.
        request: signRequest(keys, body),
        connections: config.http.connections,
        durationSeconds: seconds,
        overallRate,
        cpu: LOAD_CPU,
      });

    // JIT warm-up, not recorded: the first seconds of a fresh process run unoptimised code.
    if (config.http.warmupSeconds > 0) {
      for (const server of servers) await load(server, config.http.warmupSeconds);
    }

    const maxRuns: PerServer<LoadResult>[] = [];
    for (let run = 0; run < config.runs; run += 1) {
      // Interleaved, so drift in the machine's speed hits every server alike.
      const results: Partial<PerServer<LoadResult>> = {};
      for (const server of servers) {
        results[server.key] = await load(server, config.http.durationSeconds);
      }
      maxRuns.push(results as PerServer<LoadResult>);
    }
    const maxRps = (key: ServerSpec['key']) =>
      median(maxRuns.map((run) => run[key].requestsPerSecond));

    const heldRuns: Partial<PerServer<LoadResult>>[] = [];
    const held = config.http.holdAllServers
      ? servers
      : servers.filter((server) => server.key === 'project');
    for (let run = 0; run < config.runs; run += 1) {
      const results: Partial<PerServer<LoadResult>> = {};
      for (const server of held) {
        results[server.key] = await load(
          server,
          config.http.durationSeconds,
          HELD_LOAD * maxRps(server.key),
        );
      }
      heldRuns.push(results);
    }

    const failures = [...maxRuns, ...heldRuns].flatMap((run) =>
      Object.entries(run).filter(([, result]) => result.non2xx > 0 || result.errors > 0),
    );
    if (failures.length > 0) {
      throw new Error(
        `Non-200 answers or errors under load: ${failures.map(([key, r]) => `${key} non2xx=${r.non2xx} errors=${r.errors}`).join(', ')}`,
      );
    }

    return report(config, maxRuns, heldRuns);
  } finally {
    await Promise.all(servers.map((server) => server.child.stop()));
  }
}

function report(
  config: BenchConfig,
  maxRuns: readonly PerServer<LoadResult>[],
  heldRuns: readonly Partial<PerServer<LoadResult>>[],
): SectionResult {
  /** Median across runs; NaN (shown as n/a) when the server was not measured that way. */
  const at = (
    runs: readonly Partial<PerServer<LoadResult>>[],
    key: ServerSpec['key'],
    pick: (r: LoadResult) => number,
  ) => {
    const measured = runs.flatMap((run) => (run[key] === undefined ? [] : [pick(run[key])]));
    return measured.length === 0 ? Number.NaN : median(measured);
  };
  const projectOver = (key: ServerSpec['key']) =>
    median(maxRuns.map((run) => run.project.requestsPerSecond / run[key].requestsPerSecond));

  const vsPeer = projectOver('peer');
  const vsCeiling = projectOver('ceiling');
  const heldP99 = at(heldRuns, 'project', (r) => r.p99Ms);

  const rows = SERVERS.map((spec) => [
    spec.label,
    whole(at(maxRuns, spec.key, (r) => r.requestsPerSecond)),
    fixed(
      at(maxRuns, spec.key, (r) => r.p50Ms),
      0,
    ),
    fixed(
      at(maxRuns, spec.key, (r) => r.p99Ms),
      0,
    ),
    spec.key === 'project' ? '1.00x' : ratioText(projectOver(spec.key)),
    whole(at(heldRuns, spec.key, (r) => r.requestsPerSecond)),
    fixed(
      at(heldRuns, spec.key, (r) => r.p50Ms),
      0,
    ),
    fixed(
      at(heldRuns, spec.key, (r) => r.p99Ms),
      0,
    ),
  ]);

  const targets: TargetCheck[] = [
    {
      name: 'HTTP: requests/s vs the peer',
      target: '≥ 2.00x',
      measured: ratioText(vsPeer),
      pass: vsPeer >= 2,
    },
    {
      name: 'HTTP: requests/s vs the ceiling',
      target: '≥ 0.90x',
      measured: ratioText(vsCeiling),
      pass: vsCeiling >= 0.9,
    },
    {
      name: `HTTP: p99 at ${HELD_LOAD * 100} % of max throughput`,
      target: '< 10 ms',
      measured: `${fixed(heldP99, 0)} ms`,
      pass: heldP99 < 10,
    },
  ];

  return {
    title: SECTION_TITLES.http,
    method:
      'The bench generates an Ed25519 key pair and signs one `/montage rank:1` interaction with a fresh timestamp (re-signed for every load run). ' +
      "Before measuring, each server must answer it with 200 and exactly the core's JSON, and refuse a forged signature with 401. " +
      `autocannon (${config.http.connections} connections, ${config.http.durationSeconds} s per run, after ${config.http.warmupSeconds} s of unrecorded warm-up per server) replays it; ` +
      `each server is a child process pinned with \`taskset -c ${SERVER_CPU}\`, autocannon with \`taskset -c ${LOAD_CPU}\`. ` +
      `Runs are interleaved across servers; then each server is held at ${HELD_LOAD * 100} % of its own median maximum (autocannon \`-R\`) for the latency figures. ` +
      'Ratios are project ÷ server per run, median across runs.',
    tables: [
      {
        headers: [
          'Server',
          'Max req/s',
          'p50 ms',
          'p99 ms',
          'Project ÷ this (req/s)',
          `Req/s held at ${HELD_LOAD * 100} %`,
          'p50 ms (held)',
          'p99 ms (held)',
        ],
        rows,
      },
    ],
    targets,
    notes: [
      'autocannon records latencies in whole milliseconds (truncated), so "0 ms" means under 1 ms.',
      'The ceiling skips what a production endpoint must do (body size limit, timeouts, replay window, error answers); it is the floor of the work, not a competitor.',
      'The peer answers with `res.send()` of the same core response; discord-interactions verifies with WebCrypto and imports the key on every request.',
    ],
  };
}
