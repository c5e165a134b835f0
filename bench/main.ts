/**
 * `npm run bench`: runs every suite, writes the report and its charts, prints a summary, and
 * exits non-zero when a suite failed or a target was missed. Options: see USAGE.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { allTargets, renderMarkdown } from './report/markdown.js';
import type { SectionResult } from './report/report-model.js';
import { textSummary } from './report/text-summary.js';
import { runCoreSuite } from './suites/core.js';
import { runGatewaySuite } from './suites/gateway.js';
import { runHttpSuite } from './suites/http.js';
import { runMemorySuite } from './suites/memory.js';
import { runStartupSuite } from './suites/startup.js';
import { runWorkerSuite } from './suites/worker.js';
import { FULL_CONFIG, SMOKE_CONFIG, type BenchConfig } from './support/bench-config.js';
import { stopAllChildren } from './support/child-process.js';
import { describeMachine, REPO_ROOT } from './support/machine.js';

const REPORT_FILE = 'benchmarks.md';
const CHARTS = {
  memory: 'benchmarks-memory.svg',
  http: 'benchmarks-http.svg',
  gateway: 'benchmarks-gateway.svg',
} as const;
const SUITES = ['core', 'http', 'gateway', 'memory', 'startup', 'worker'] as const;
type SuiteName = (typeof SUITES)[number];

const USAGE = `Usage: npm run bench -- [--smoke] [--no-targets] [--only <suites>] [--out <dir>]

Measures the bot against baselines taken in the same run and writes benchmarks.md and its
charts (default: docs/). Exits 1 when a suite failed or a target was missed.

  --smoke          tiny runs that check the machinery works (the figures mean nothing)
  --no-targets     measure only; a missed target does not change the exit code
  --only <suites>  comma-separated subset of: ${SUITES.join(', ')}
  --out <dir>      write the report there instead of docs/
  --help, -h       this text`;

function usageError(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      'no-targets': { type: 'boolean', default: false },
      out: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const config: BenchConfig = values.smoke ? SMOKE_CONFIG : FULL_CONFIG;
const outDir = resolve(values.out ?? join(REPO_ROOT, 'docs'));
const selected = new Set<string>(values.only?.split(',').map((name) => name.trim()) ?? SUITES);
const unknown = [...selected].filter((name) => !(SUITES as readonly string[]).includes(name));
if (unknown.length > 0) usageError(`unknown suite(s) ${unknown.join(', ')}`);

// The whole run is bounded: a hung child or socket must not hold CI or a terminal forever.
const WATCHDOG_MS = values.smoke ? 120_000 : 20 * 60_000;
const watchdog = setTimeout(() => {
  process.stderr.write(`bench: still running after ${WATCHDOG_MS / 1000} s; giving up\n`);
  void stopAllChildren().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAllChildren().finally(() => process.exit(130));
  });
}

/** Writes a suite's chart next to the report and hands its section on. */
async function withChart(
  file: string,
  result: Promise<{ section: SectionResult; svg: string }>,
): Promise<SectionResult> {
  const { section, svg } = await result;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, file), svg);
  return section;
}

const runners: Record<SuiteName, () => Promise<SectionResult>> = {
  core: () => Promise.resolve(runCoreSuite(config)),
  http: () => withChart(CHARTS.http, runHttpSuite(config, CHARTS.http)),
  gateway: () => withChart(CHARTS.gateway, runGatewaySuite(config, CHARTS.gateway)),
  memory: () => withChart(CHARTS.memory, runMemorySuite(config, CHARTS.memory)),
  startup: () => runStartupSuite(config),
  worker: () => runWorkerSuite(config),
};

const machine = describeMachine();
const startedAt = new Date();
const started = performance.now();
const loadBefore = os.loadavg()[0] ?? Number.NaN;
const sections: SectionResult[] = [];
const failures: { title: string; error: string }[] = [];

async function runSuite(name: SuiteName): Promise<SectionResult | undefined> {
  process.stderr.write(`bench: ${name}…\n`);
  const suiteStarted = performance.now();
  try {
    return await runners[name]();
  } catch (error) {
    failures.push({ title: name, error: error instanceof Error ? error.message : String(error) });
    process.stderr.write(`bench: ${name} failed: ${String(error)}\n`);
    return undefined;
  } finally {
    const seconds = ((performance.now() - suiteStarted) / 1000).toFixed(1);
    process.stderr.write(`bench: ${name} took ${seconds} s\n`);
  }
}

const chosen = SUITES.filter((name) => selected.has(name));
if (values.smoke) {
  // The smoke run checks that everything works, not how fast: suites overlap to keep CI quick.
  const results = await Promise.all(chosen.map(runSuite));
  await stopAllChildren();
  for (const result of results) if (result !== undefined) sections.push(result);
} else {
  // Measured one at a time, so no suite's load skews another's figures.
  for (const name of chosen) {
    const result = await runSuite(name);
    await stopAllChildren();
    if (result !== undefined) sections.push(result);
  }
}

const markdown = renderMarkdown({
  machine,
  config,
  startedAt,
  durationSeconds: (performance.now() - started) / 1000,
  loadAverage: { before: loadBefore, after: os.loadavg()[0] ?? Number.NaN },
  sections,
  failures,
});
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, REPORT_FILE), markdown);

const targets = allTargets(sections);
process.stdout.write(
  textSummary(sections, {
    headers: ['Target', 'Goal', 'Measured', 'Result'],
    rows: targets.map((target) => [
      target.name,
      target.target,
      target.measured,
      target.pass ? 'pass' : 'MISS',
    ]),
  }),
);
process.stdout.write(`Report: ${join(outDir, REPORT_FILE)}\n`);

const missed = targets.filter((target) => !target.pass);
const checkTargets = !values.smoke && !values['no-targets'];
if (failures.length > 0) {
  process.stderr.write(
    `bench: ${failures.length} suite(s) failed: ${failures.map((f) => f.title).join(', ')}\n`,
  );
  process.exitCode = 1;
} else if (checkTargets && missed.length > 0) {
  process.stderr.write(
    `bench: ${missed.length} target(s) missed (use --no-targets to only measure)\n`,
  );
  process.exitCode = 1;
}
clearTimeout(watchdog);
