/**
 * `npm run bench` (issue "Prove it is fast"): runs every suite, writes the report (docs/ by
 * default, `--out <dir>` elsewhere), prints a summary, and exits non-zero when a suite failed or
 * a target was missed (`--no-targets` measures only; `--smoke` runs everything tiny and checks
 * that it works, never the targets). `--only core,http` runs a subset while working on one.
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
import { FULL_CONFIG, SMOKE_CONFIG, type BenchConfig } from './support/bench-config.js';
import { stopAllChildren } from './support/child-process.js';
import { describeMachine, REPO_ROOT } from './support/machine.js';

const REPORT_FILE = 'benchmarks.md';
const CHART_FILE = 'benchmarks-memory.svg';
const SUITES = ['core', 'http', 'gateway', 'memory', 'startup'] as const;
type SuiteName = (typeof SUITES)[number];

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    'no-targets': { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
  },
  strict: true,
});

const config: BenchConfig = values.smoke ? SMOKE_CONFIG : FULL_CONFIG;
const outDir = resolve(values.out ?? join(REPO_ROOT, 'docs'));
const selected = new Set<string>(values.only?.split(',').map((name) => name.trim()) ?? SUITES);
const unknown = [...selected].filter((name) => !(SUITES as readonly string[]).includes(name));
if (unknown.length > 0)
  throw new Error(`Unknown suite(s) ${unknown.join(', ')}; known: ${SUITES.join(', ')}`);

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

const runners: Record<SuiteName, () => Promise<SectionResult>> = {
  core: () => Promise.resolve(runCoreSuite(config)),
  http: () => runHttpSuite(config),
  gateway: () => runGatewaySuite(config),
  memory: async () => {
    const result = await runMemorySuite(config, CHART_FILE);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, CHART_FILE), result.svg);
    return result.section;
  },
  startup: () => runStartupSuite(config),
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
