import type { FaultCounts } from './gateway-faults.js';
import type { GatewaySoakResult } from './gateway-soak.js';
import type { HttpSoakResult } from './http-soak.js';
import type { LatencyStats } from './latency-stats.js';
import type { Target } from './soak-targets.js';

/**
 * The soak's printed summary: one labelled line per figure, so the smoke test (and a person
 * scanning CI logs) can find `double acks   0` or `RESULT: PASS` without parsing a table.
 */
const LABEL_WIDTH = 26;

const line = (label: string, value: string): string => `  ${label.padEnd(LABEL_WIDTH)} ${value}`;
const ms = (value: number): string => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const percentiles = (stats: LatencyStats): string =>
  `p50 ${ms(stats.p50)}  p99 ${ms(stats.p99)}  max ${ms(stats.max)}  (n=${stats.count})`;
const percent = (part: number, whole: number): string =>
  whole === 0 ? '0 %' : `${((100 * part) / whole).toFixed(2)} %`;
const counts = (record: Readonly<Record<string, number>>): string =>
  Object.entries(record)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
const total = (faults: FaultCounts): number => Object.values(faults).reduce((a, b) => a + b, 0);

export function gatewaySection(result: GatewaySoakResult): string[] {
  const { verdict, dispatch, faults } = result;
  const examples = Object.entries(verdict.examples).flatMap(([bucket, described]) => [
    `  e.g. ${bucket}:`,
    ...described.map((text) => `    ${text}`),
  ]);
  // The fault timeline only matters when something failed: it is what failures are lined up with.
  const timeline =
    examples.length === 0
      ? []
      : [
          `  fault log (epoch ms): ${result.faultLog.map((entry) => `${entry.at} ${entry.kind}${entry.shardId === undefined ? '' : `@${entry.shardId}`}`).join(', ')}`,
        ];
  return [
    'Gateway · discord.js bot (2 shards) ↔ local Discord stand-in',
    line(
      'sent',
      `${verdict.sent} / ${result.targetCount} in ${(dispatch.windowMs / 1000).toFixed(1)} s (${counts(result.sentByKind)})`,
    ),
    line('answered once', String(verdict.answeredOnce)),
    line(
      'expired by deadline',
      `${verdict.expired.total} (${percent(verdict.expired.total, verdict.sent)}; late delivery ${verdict.expired.lateDelivery}, slow callback ${verdict.expired.slowCallback})`,
    ),
    line('double acks', String(verdict.doubleAcks)),
    line('unanswered', String(verdict.unanswered + verdict.undelivered + verdict.rejected)),
    line(
      '  of which',
      `never answered ${verdict.unanswered}, never delivered ${verdict.undelivered}, refused ${verdict.rejected}`,
    ),
    line(
      'answers = core (sample)',
      `${result.sample.checked - result.sample.mismatched} / ${result.sample.checked}${result.sample.mismatched > 0 ? ` (mismatch e.g. ${result.sample.mismatchIds.join(' ')})` : ''}`,
    ),
    line('latency delivery→answer', percentiles(verdict.ackLatency)),
    line('latency created→answer', percentiles(verdict.endToEndLatency)),
    line('faults injected', `${total(faults.injected)}: ${counts(faults.injected)}`),
    line('faults skipped', `${total(faults.skipped)} (no connected shard in time)`),
    line(
      'callback faults served',
      `429 × ${result.restFaultsServed.status429}, 500 × ${result.restFaultsServed.status500}`,
    ),
    line(
      'dispatch',
      `parked ${dispatch.parked} (shard without session after op 9), threw ${dispatch.threw}, orphan ledger entries ${dispatch.orphanRecords}`,
    ),
    line('sessions', `identified ${result.gateway.identified}, resumed ${result.gateway.resumed}`),
    line('event-loop delay p99', ms(result.eventLoopDelayP99Ms)),
    ...examples,
    ...timeline,
  ];
}

export function httpSection(result: HttpSoakResult): string[] {
  const lines = [
    `HTTP · npm run serve's entry as a child process, ${result.rate} req/s, 10 % forged or malformed`,
    line(
      'sent',
      `${result.sent} in ${(result.durationMs / 1000).toFixed(0)} s (late sends ${result.lateSends})`,
    ),
    line(
      'valid ok',
      `${result.valid.ok} / ${result.valid.sent} (wrong status ${result.valid.wrongStatus}, wrong body ${result.valid.wrongBody})`,
    ),
    line(
      'forged rejected',
      `${result.invalid.rejected} / ${result.invalid.sent} (${counts(result.invalid.byKind)})`,
    ),
    line('forged accepted', String(result.invalid.accepted)),
    line('forged other status', String(result.invalid.unexpected)),
    line('5xx', String(result.status5xx)),
    line(
      'errors',
      `${result.errors}${result.errorExamples.length > 0 ? ` (${result.errorExamples.join('; ')})` : ''}`,
    ),
    line('latency (valid)', percentiles(result.latency)),
    line(
      'server at end',
      `${result.aliveAtEnd ? 'alive' : 'DEAD'}, /healthz ${result.healthzAtEnd}, SIGTERM → exit ${result.exitOnSigterm.code ?? result.exitOnSigterm.signal ?? '?'}`,
    ),
  ];
  if (result.serverOutput !== '') lines.push('  server output (tail):', result.serverOutput);
  return lines;
}

export function targetsSection(targets: readonly Target[]): string[] {
  const failed = targets.filter((target) => !target.pass).length;
  return [
    'Targets',
    ...targets.map((target) => `  ${target.pass ? 'PASS' : 'FAIL'}  ${target.name}`),
    failed === 0
      ? `RESULT: PASS (${targets.length}/${targets.length} targets met)`
      : `RESULT: FAIL (${failed} of ${targets.length} targets missed)`,
  ];
}
