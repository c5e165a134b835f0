import { isDeepStrictEqual } from 'node:util';
import type { APIInteraction } from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { barChartSvg } from '../report/bar-chart.js';
import { SECTION_TITLES, type SectionResult, type TargetCheck } from '../report/report-model.js';
import { LISTENING_LINE } from '../servers/listening-line.js';
import { runAutocannon, type LoadResult } from '../support/autocannon.js';
import { BUILT, ensureBenchBuild } from '../support/bench-build.js';
import { BENCH_APPLICATION_ID, startBuiltServe } from '../support/built-serve.js';
import type { BenchConfig } from '../support/bench-config.js';
import { spawnCommand, type BenchChild } from '../support/child-process.js';
import { fixed, mebibytes, ratioText, whole } from '../support/format.js';
import { cpuSeconds, rssBytes } from '../support/proc-stat.js';
import { sendSignedRequests } from '../support/send-requests.js';
import {
  generateEd25519Pair,
  signRequest,
  type Ed25519Pair,
} from '../../fixtures/ed25519-signer.js';
import { montageRankOneBody } from '../../fixtures/sample-interactions.js';
import { median } from '../support/stats.js';

const handleInteraction = createInteractionHandler(COMMANDS);

/**
 * Servers answer the same signed `/montage rank:1` with the same embed: the built `npm run serve`,
 * the peer (express + discord-interactions, as Discord's example app) and the ceiling (bare
 * node:http + node:crypto), all plain JavaScript from dist/. Servers are pinned to CPU 0 and
 * the load generators to CPU 1. See the section's method text for why two methods.
 */
const SERVER_CPU = 0;
const LOAD_CPU = 1;
/** The load the latency target is judged at, as a share of the server's measured maximum. */
const HELD_LOAD = 0.8;
/** Above this share of its core a process counts as saturated; below, as having CPU to spare. */
const SATURATED = 0.9;

type Key = 'project' | 'peer' | 'ceiling' | 'pagesOff' | 'metricsOff' | 'bothOn';

const LABELS: Record<Key, string> = {
  project: 'project: built `npm run serve`',
  peer: 'peer: express + `verifyKeyMiddleware`',
  ceiling: 'ceiling: bare `node:http` + `node:crypto`',
  bothOn: 'endpoint with the web pages and metrics',
  pagesOff: 'endpoint without the web pages (`otherPaths`)',
  metricsOff: 'endpoint without metrics (`metrics: undefined`)',
};

interface RunningServer {
  readonly key: Key;
  readonly child: BenchChild;
  readonly url: string;
}

async function startServer(key: Key, keys: Ed25519Pair): Promise<RunningServer> {
  if (key === 'project') return { key, ...(await startBuiltServe(keys, SERVER_CPU)) };
  const file =
    key === 'peer' ? BUILT.peer : key === 'ceiling' ? BUILT.ceiling : BUILT.projectServer;
  const child = spawnCommand(process.execPath, ['--enable-source-maps', file], SERVER_CPU, {
    BENCH_PUBLIC_KEY: keys.publicKeyHex,
    BENCH_APPLICATION_ID,
    BENCH_PAGES: key === 'pagesOff' ? 'off' : 'on',
    BENCH_METRICS: key === 'metricsOff' ? 'off' : 'on',
  });
  const match = await child.waitForOutput(LISTENING_LINE, 20_000);
  return { key, child, url: `http://127.0.0.1:${match[1] ?? ''}/interactions` };
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
    throw new Error(
      `${LABELS[server.key]} did not answer 200 with the core's JSON (${response.status})`,
    );
  }
  const forged = await fetch(server.url, {
    method: 'POST',
    headers: { ...signed.headers, 'x-signature-ed25519': '0'.repeat(128) },
    body: signed.body,
  });
  await forged.arrayBuffer();
  if (forged.status !== 401) {
    throw new Error(`${LABELS[server.key]} accepted a bad signature (${forged.status})`);
  }
}

/** One load run plus the server's CPU seconds during it (the server is idle outside runs). */
interface Measured extends LoadResult {
  readonly serverCpuSeconds: number;
}

/** Loads every server at once, each with its own load generator, all generators on LOAD_CPU. */
async function loadTogether(
  servers: readonly RunningServer[],
  keys: Ed25519Pair,
  body: string,
  config: BenchConfig,
  seconds: number,
  overallRate?: (server: RunningServer) => number,
): Promise<Measured[]> {
  const before = servers.map((server) => cpuSeconds(server.child.process.pid));
  const results = await Promise.all(
    servers.map((server) =>
      runAutocannon({
        url: server.url,
        // Signed per run: the replay window is 5 minutes and the full suite takes a few.
        request: signRequest(keys, body),
        connections: config.http.connections,
        durationSeconds: seconds,
        overallRate: overallRate?.(server),
        cpu: LOAD_CPU,
      }),
    ),
  );
  const bad = results.filter((result) => result.non2xx > 0 || result.errors > 0);
  if (bad.length > 0) {
    throw new Error(
      `Non-200 answers or errors under load: ${bad.map((r) => `non2xx=${r.non2xx} errors=${r.errors}`).join(', ')}`,
    );
  }
  return results.map((result, index) => ({
    ...result,
    serverCpuSeconds: cpuSeconds(servers[index]?.child.process.pid) - (before[index] ?? Number.NaN),
  }));
}

async function startChecked(
  keys: Readonly<Key[]>,
  pair: Ed25519Pair,
  body: string,
  started: RunningServer[],
): Promise<RunningServer[]> {
  const results = await Promise.allSettled(keys.map((key) => startServer(key, pair)));
  const servers: RunningServer[] = [];
  for (const result of results) if (result.status === 'fulfilled') servers.push(result.value);
  started.push(...servers);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  for (const server of servers) await checkServer(server, pair, body);
  return servers;
}

async function stopServers(servers: RunningServer[]): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.child.stop()));
}

/** Per run of the same-core method: both servers' load results and their RSS beforehand. */
interface PairRun {
  readonly project: Measured;
  readonly ceiling: Measured;
  readonly projectRss: number;
  readonly ceilingRss: number;
}

type AloneRun = Partial<Record<Key, Measured>>;

function record(run: AloneRun, key: Key, [measured]: readonly Measured[]): void {
  if (measured !== undefined) run[key] = measured;
}

/** One same-core run of the endpoint with everything on against it with one part off. */
interface ToggleRun {
  readonly on: Measured;
  readonly off: Measured;
}

/** Parts wired into the endpoint that must cost /interactions nothing. */
const TOGGLES = [
  { off: 'pagesOff', name: 'web pages' },
  { off: 'metricsOff', name: 'metrics' },
] as const;
type Toggle = (typeof TOGGLES)[number];

export interface HttpSuiteResult {
  readonly section: SectionResult;
  readonly svg: string;
}

export async function runHttpSuite(
  config: BenchConfig,
  svgFileName: string,
): Promise<HttpSuiteResult> {
  await ensureBenchBuild();
  const keys = generateEd25519Pair();
  const body = montageRankOneBody();
  const running: RunningServer[] = [];
  const together = (servers: readonly RunningServer[], seconds: number) =>
    loadTogether(servers, keys, body, config, seconds);
  try {
    // 1. Same core, loaded together: fresh processes each run, RSS read after the same requests.
    const pairRuns: PairRun[] = [];
    for (let run = 0; run < config.runs; run += 1) {
      const [project, ceiling] = await startChecked(['project', 'ceiling'], keys, body, running);
      if (project === undefined || ceiling === undefined) throw new Error('server missing');
      await sendSignedRequests(project.url, keys, config.memory.httpRequests);
      await sendSignedRequests(ceiling.url, keys, config.memory.httpRequests);
      const projectRss = rssBytes(project.child.process.pid);
      const ceilingRss = rssBytes(ceiling.child.process.pid);
      // JIT warm-up, not recorded: the first seconds of a fresh process run unoptimised code.
      if (config.http.warmupSeconds > 0)
        await together([project, ceiling], config.http.warmupSeconds);
      const [p, c] = await together([project, ceiling], config.http.durationSeconds);
      if (p === undefined || c === undefined) throw new Error('load result missing');
      pairRuns.push({ project: p, ceiling: c, projectRss, ceilingRss });
      await stopServers(running);
    }

    // 2. Each alone on CPU 0 (the peer comparison), then held at 80 % for latency.
    const alone = await startChecked(['project', 'peer', 'ceiling'], keys, body, running);
    if (config.http.warmupSeconds > 0) {
      for (const server of alone) await together([server], config.http.warmupSeconds);
    }
    const maxRuns: AloneRun[] = [];
    for (let run = 0; run < config.runs; run += 1) {
      // Interleaved, so drift in the machine's speed hits every server alike.
      const results: AloneRun = {};
      for (const server of alone) {
        record(results, server.key, await together([server], config.http.durationSeconds));
      }
      maxRuns.push(results);
    }
    const maxRps = (key: Key) =>
      median(maxRuns.flatMap((run) => (run[key] ? [run[key].requestsPerSecond] : [])));
    const held = config.http.holdAllServers
      ? alone
      : alone.filter((server) => server.key === 'project');
    const heldRuns: AloneRun[] = [];
    for (let run = 0; run < config.runs; run += 1) {
      const results: AloneRun = {};
      for (const server of held) {
        record(
          results,
          server.key,
          await loadTogether(
            [server],
            keys,
            body,
            config,
            config.http.durationSeconds,
            () => HELD_LOAD * maxRps(server.key),
          ),
        );
      }
      heldRuns.push(results);
    }
    await stopServers(running);

    // 3. Everything on, without the web pages, without metrics: three servers sharing the core.
    const variants = await startChecked(
      ['bothOn', ...TOGGLES.map((toggle) => toggle.off)],
      keys,
      body,
      running,
    );
    if (config.http.warmupSeconds > 0) await together(variants, config.http.warmupSeconds);
    const toggleRuns = new Map<Toggle, ToggleRun[]>(TOGGLES.map((toggle) => [toggle, []]));
    for (let run = 0; run < config.runs; run += 1) {
      const [on, ...offs] = await together(variants, config.http.durationSeconds);
      TOGGLES.forEach((toggle, index) => {
        const off = offs[index];
        if (on === undefined || off === undefined) throw new Error('load result missing');
        toggleRuns.get(toggle)?.push({ on, off });
      });
    }
    await stopServers(running);

    return report(config, svgFileName, { pairRuns, maxRuns, heldRuns, toggleRuns });
  } finally {
    await stopServers(running);
  }
}

interface HttpRuns {
  readonly pairRuns: readonly PairRun[];
  readonly maxRuns: readonly AloneRun[];
  readonly heldRuns: readonly AloneRun[];
  readonly toggleRuns: ReadonlyMap<Toggle, readonly ToggleRun[]>;
}

/** The share of one core a process used during a run. */
const serverShare = (m: Measured) => m.serverCpuSeconds / m.wallSeconds;
const cpuMicrosPerRequest = (m: Measured) => (m.serverCpuSeconds / m.requests) * 1e6;
/** NaN-safe median: n/a when nothing was measured. */
const med = (values: readonly number[]) => (values.length === 0 ? Number.NaN : median(values));
const percent = (share: number) => `${fixed(share * 100, 0)} %`;

function report(config: BenchConfig, svgFileName: string, runs: HttpRuns): HttpSuiteResult {
  const { pairRuns, maxRuns, heldRuns, toggleRuns } = runs;
  const pair = (pick: (run: PairRun) => number) => med(pairRuns.map(pick));
  const at = (list: readonly AloneRun[], key: Key, pick: (m: Measured) => number) =>
    med(list.flatMap((run) => (run[key] ? [pick(run[key])] : [])));
  const projectOver = (key: Key) =>
    med(
      maxRuns.flatMap((run) =>
        run.project && run[key] ? [run.project.requestsPerSecond / run[key].requestsPerSecond] : [],
      ),
    );

  const vsCeiling = pair((run) => run.project.requestsPerSecond / run.ceiling.requestsPerSecond);
  const cpuVsCeiling = pair(
    (run) => cpuMicrosPerRequest(run.ceiling) / cpuMicrosPerRequest(run.project),
  );
  const rssRatio = pair((run) => run.projectRss / run.ceilingRss);
  const serverCore = pair(
    (run) =>
      (run.project.serverCpuSeconds + run.ceiling.serverCpuSeconds) /
      Math.max(run.project.wallSeconds, run.ceiling.wallSeconds),
  );
  const loadCore = pair(
    (run) =>
      (run.project.cpuSeconds + run.ceiling.cpuSeconds) /
      Math.max(run.project.wallSeconds, run.ceiling.wallSeconds),
  );
  const vsPeer = projectOver('peer');
  const heldP99 = at(heldRuns, 'project', (r) => r.p99Ms);
  const toggleRatio = (toggle: Toggle) =>
    med(
      (toggleRuns.get(toggle) ?? []).map(
        (run) => run.on.requestsPerSecond / run.off.requestsPerSecond,
      ),
    );

  const pairRows = (['project', 'ceiling'] as const).map((key) => [
    LABELS[key],
    whole(pair((run) => run[key].requestsPerSecond)),
    fixed(
      pair((run) => run[key].p99Ms),
      0,
    ),
    percent(pair((run) => serverShare(run[key]))),
    fixed(
      pair((run) => cpuMicrosPerRequest(run[key])),
      0,
    ),
    mebibytes(pair((run) => (key === 'project' ? run.projectRss : run.ceilingRss))),
    key === 'project' ? '1.00x' : ratioText(vsCeiling),
  ]);

  const aloneRows = (['project', 'peer', 'ceiling'] as const).map((key) => [
    LABELS[key],
    whole(at(maxRuns, key, (r) => r.requestsPerSecond)),
    fixed(
      at(maxRuns, key, (r) => r.p99Ms),
      0,
    ),
    percent(at(maxRuns, key, serverShare)),
    percent(at(maxRuns, key, (r) => r.cpuSeconds / r.wallSeconds)),
    key === 'project' ? '1.00x' : ratioText(projectOver(key)),
    whole(at(heldRuns, key, (r) => r.requestsPerSecond)),
    fixed(
      at(heldRuns, key, (r) => r.p50Ms),
      0,
    ),
    fixed(
      at(heldRuns, key, (r) => r.p99Ms),
      0,
    ),
  ]);

  const firstToggle = toggleRuns.get(TOGGLES[0]) ?? [];
  const toggleRow = (label: string, list: readonly Measured[], ratio: string) => [
    label,
    whole(med(list.map((m) => m.requestsPerSecond))),
    fixed(med(list.map(cpuMicrosPerRequest)), 0),
    ratio,
  ];
  const toggleRows = [
    toggleRow(
      LABELS.bothOn,
      firstToggle.map((run) => run.on),
      '1.00x',
    ),
    ...TOGGLES.map((toggle) =>
      toggleRow(
        LABELS[toggle.off],
        (toggleRuns.get(toggle) ?? []).map((run) => run.off),
        ratioText(toggleRatio(toggle)),
      ),
    ),
  ];

  const requests = whole(config.memory.httpRequests);
  const targets: TargetCheck[] = [
    {
      name: 'HTTP: the server core is the bottleneck (same-core run)',
      target: `server core ≥ ${percent(SATURATED)}, load core < ${percent(SATURATED)}`,
      measured: `${percent(serverCore)} / ${percent(loadCore)}`,
      pass: serverCore >= SATURATED && loadCore < SATURATED,
    },
    {
      name: 'HTTP: built serve req/s ÷ ceiling (same core, loaded together)',
      target: '≥ 0.95x',
      measured: ratioText(vsCeiling),
      pass: vsCeiling >= 0.95,
    },
    {
      name: 'HTTP: req/s ÷ the peer (each alone on its core)',
      target: '≥ 2.50x',
      measured: ratioText(vsPeer),
      pass: vsPeer >= 2.5,
    },
    {
      name: `HTTP: RSS after ${requests} requests ÷ ceiling`,
      target: '≤ 1.50x',
      measured: ratioText(rssRatio),
      pass: rssRatio <= 1.5,
    },
    {
      name: `HTTP: p99 at ${HELD_LOAD * 100} % of max throughput`,
      target: '< 10 ms',
      measured: `${fixed(heldP99, 0)} ms`,
      pass: heldP99 < 10,
    },
    ...TOGGLES.map((toggle) => {
      const ratio = toggleRatio(toggle);
      return {
        name: `HTTP: ${toggle.name} on ÷ off (/interactions req/s, same core)`,
        target: '≥ 0.97x',
        measured: ratioText(ratio),
        pass: ratio >= 0.97,
      };
    }),
  ];

  const chartKeys = ['project', 'peer', 'ceiling'] as const;
  const svg = barChartSvg({
    title: `HTTP endpoint: each server alone on CPU ${SERVER_CPU} (median of ${maxRuns.length} runs)`,
    rows: chartKeys.map((key) => LABELS[key].replace(/`/g, '')),
    highlight: 0,
    panels: [
      {
        title: 'Max requests/s (higher is better)',
        values: chartKeys.map((key) => at(maxRuns, key, (r) => r.requestsPerSecond)),
        digits: 0,
      },
      {
        title: `p99 ms at ${HELD_LOAD * 100} % of its max (lower is better)`,
        values: chartKeys.map((key) => at(heldRuns, key, (r) => r.p99Ms)),
        digits: 0,
      },
    ],
  });

  return {
    svg,
    section: {
      title: SECTION_TITLES.http,
      method:
        'The bench builds first (`npm run build` when stale, and the bench servers bundled the same way), so every server is plain JavaScript under `node`: the project is started with the exact arguments of `npm run serve`. ' +
        'It generates an Ed25519 key pair and signs one `/montage rank:1` interaction with a fresh timestamp (re-signed for every load run). ' +
        "Before measuring, each server must answer it with 200 and exactly the core's JSON, and refuse a forged signature with 401. " +
        `Load: autocannon (${config.http.connections} connections, ${config.http.durationSeconds} s per run, after ${config.http.warmupSeconds} s of unrecorded warm-up) in its own process, pinned with \`taskset -c ${LOAD_CPU}\`; servers are pinned with \`taskset -c ${SERVER_CPU}\`. ` +
        "Every run reads each server's CPU time from `/proc/<pid>/stat` and the load generator's own `process.cpuUsage()`, so the tables show which core was saturated. " +
        '**Ceiling comparison (why this method):** a load generator on one core cannot outrun the ceiling on the other (both spend similar CPU per request), so loading one server at a time measured the load generator, not the server. ' +
        `Instead the project and the ceiling share CPU ${SERVER_CPU} and are loaded at the same time, each by its own autocannon on CPU ${LOAD_CPU}: the scheduler splits the core between them, so their ratio of requests/s is their ratio of CPU per request, whatever the load generators manage. ` +
        `Each run uses fresh processes; RSS (\`VmRSS\`) is read after each has answered ${requests} requests, before the load. ` +
        '**Peer comparison:** unchanged, each server alone on CPU 0 (the peer is so much slower that it saturates its core alone), runs interleaved, then each held at ' +
        `${HELD_LOAD * 100} % of its own median maximum (autocannon \`-R\`) for the latency figures. ` +
        'The web pages and metrics rows run the bench build of the endpoint (`bench/servers/project-server.ts`, wired as `npm run serve` wires it) three times, all on CPU 0 and loaded at once: with everything on, without `otherPaths`, and without `metrics`. ' +
        'Ratios are taken per run, median across runs.',
      tables: [
        {
          caption: `Same core (CPU ${SERVER_CPU}), loaded together:`,
          headers: [
            'Server',
            'Req/s',
            'p99 ms',
            `Share of CPU ${SERVER_CPU}`,
            'CPU µs / request',
            `RSS after ${requests} req, MiB`,
            'Project ÷ this (req/s)',
          ],
          rows: [
            ...pairRows,
            [
              `both load generators (CPU ${LOAD_CPU})`,
              '',
              '',
              `${percent(loadCore)} of CPU ${LOAD_CPU}`,
              '',
              '',
              `CPU per request: ${ratioText(cpuVsCeiling)}`,
            ],
          ],
        },
        {
          caption: `Each alone on CPU ${SERVER_CPU}:`,
          headers: [
            'Server',
            'Max req/s',
            'p99 ms',
            'Server core busy',
            'Load core busy',
            'Project ÷ this (req/s)',
            `Req/s held at ${HELD_LOAD * 100} %`,
            'p50 ms (held)',
            'p99 ms (held)',
          ],
          rows: aloneRows,
        },
        {
          caption:
            'Web pages and metrics, on and off (three servers on one core, loaded together):',
          headers: ['Endpoint', 'Req/s', 'CPU µs / request', 'On ÷ this (req/s)'],
          rows: toggleRows,
        },
      ],
      targets,
      notes: [
        'autocannon records latencies in whole milliseconds (truncated), so "0 ms" means under 1 ms. In the same-core run each server has half a core, so its latencies are not comparable to the alone figures.',
        '"CPU µs / request" is the server\'s CPU time (user + system, 10 ms ticks) over the requests it answered; "CPU per request" in the load row is the ceiling\'s ÷ the project\'s (1.00x = equal).',
        'The ceiling skips what a production endpoint must do (body size limit, timeouts, replay window, error answers, graceful drain); it is the floor of the work, not a competitor.',
        'The peer answers with `res.send()` of the same core response; discord-interactions verifies with WebCrypto and imports the key on every request.',
      ],
      extra: `![Requests per second and p99 of the three HTTP servers](${svgFileName})`,
    },
  };
}
