import { FAULT_KINDS } from './fault-schedule.js';
import type { GatewaySoakResult } from './gateway-soak.js';
import type { HttpSoakResult } from './http-soak.js';

/**
 * The issue's minimums as checks. Any failing target makes `npm run soak` exit non-zero.
 */
export interface Target {
  readonly name: string;
  readonly pass: boolean;
}

/** Discord-side expiries allowed: under 0.5 % of what was sent. */
export const MAX_EXPIRED_SHARE = 0.005;

export function gatewayTargets(result: GatewaySoakResult): Target[] {
  const { verdict, dispatch, sample, faults } = result;
  const missingKinds = FAULT_KINDS.filter((kind) => faults.injected[kind] === 0);
  return [
    {
      name: `gateway: all ${result.targetCount} interactions dispatched`,
      pass: verdict.sent === result.targetCount && dispatch.notDispatched === 0,
    },
    {
      name: 'gateway: every interaction answered once or expired by deadline',
      pass: verdict.answeredOnce + verdict.expired.total === verdict.sent,
    },
    { name: 'gateway: 0 double acks', pass: verdict.doubleAcks === 0 },
    {
      name: 'gateway: 0 unanswered',
      pass: verdict.unanswered + verdict.undelivered + verdict.rejected === 0,
    },
    {
      name: `gateway: expired by deadline < ${MAX_EXPIRED_SHARE * 100} %`,
      pass: verdict.sent > 0 && verdict.expired.total / verdict.sent < MAX_EXPIRED_SHARE,
    },
    {
      name: 'gateway: sampled answers equal handleInteraction(payload)',
      pass: sample.checked > 0 && sample.mismatched === 0,
    },
    {
      name: `gateway: every fault kind injected${missingKinds.length > 0 ? ` (missing ${missingKinds.join(', ')})` : ''}`,
      pass: missingKinds.length === 0,
    },
  ];
}

export function httpTargets(result: HttpSoakResult): Target[] {
  const expected = Math.floor((result.rate * result.durationMs) / 1000);
  return [
    { name: `http: all ${expected} requests sent`, pass: result.sent === expected },
    {
      name: 'http: every valid request answered 200 with the core’s JSON',
      pass: result.valid.sent > 0 && result.valid.ok === result.valid.sent,
    },
    { name: 'http: 0 forged requests accepted', pass: result.invalid.accepted === 0 },
    {
      name: 'http: every forged/malformed request rejected with its 4xx',
      pass: result.invalid.sent > 0 && result.invalid.rejected === result.invalid.sent,
    },
    { name: 'http: 0 5xx', pass: result.status5xx === 0 },
    { name: 'http: 0 network errors', pass: result.errors === 0 },
    {
      name: 'http: server alive with /healthz 200 at the end',
      pass: result.aliveAtEnd && result.healthzAtEnd === 200,
    },
    { name: 'http: SIGTERM exits 0', pass: result.exitOnSigterm.code === 0 },
  ];
}
