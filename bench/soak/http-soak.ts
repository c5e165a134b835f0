import { Agent, request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { LOCAL_CONTEXT } from '../../src/adapters/console/interaction-factory.js';
import { latencyStats, type LatencyStats } from './latency-stats.js';
import type { Random } from '../../fixtures/seeded-random.js';
import { generateEd25519Pair } from '../../fixtures/ed25519-signer.js';
import { startServeProcess } from './serve-process.js';
import {
  createRequestFactory,
  INVALID_KINDS,
  type InvalidKind,
  type SoakRequest,
} from './signed-requests.js';

/**
 * The HTTP soak: a paced, open-loop stream of signed requests (10 % forged or malformed) at the
 * real endpoint process. Open loop on purpose: a slow server must not slow the sender down and
 * hide its own slowness. Plain node:http rather than autocannon, because each request carries a
 * fresh signature and each answer is checked against the core's response for that very request.
 */
export interface HttpSoakOptions {
  readonly durationMs: number;
  readonly rate: number;
  readonly random: Random;
}

export interface HttpSoakResult {
  readonly durationMs: number;
  readonly rate: number;
  readonly sent: number;
  readonly valid: {
    readonly sent: number;
    readonly ok: number;
    readonly wrongBody: number;
    readonly wrongStatus: number;
  };
  readonly invalid: {
    readonly sent: number;
    /** Answered with exactly the expected 4xx. */
    readonly rejected: number;
    /** 200 for a request whose signature is not valid: the one unforgivable outcome. */
    readonly accepted: number;
    /** Some other status (not 200, not 5xx, not the expected one). */
    readonly unexpected: number;
    readonly byKind: Readonly<Record<InvalidKind, number>>;
  };
  readonly status5xx: number;
  /** Network errors and timeouts. */
  readonly errors: number;
  readonly errorExamples: readonly string[];
  readonly latency: LatencyStats;
  readonly aliveAtEnd: boolean;
  readonly healthzAtEnd: number;
  readonly exitOnSigterm: { readonly code: number | null; readonly signal: string | null };
  /** The endpoint's output when something failed, else empty. */
  readonly serverOutput: string;
  /** Sends that left more than 100 ms behind schedule: the sender (not the server) lagged. */
  readonly lateSends: number;
}

const INVALID_SHARE = 0.1;
const TICK_MS = 5;
const REQUEST_TIMEOUT_MS = 5_000;
// Open loop, but bounded: if the server stalls, stop piling up sockets and count the backlog.
const MAX_IN_FLIGHT = 1_000;
const DRAIN_LIMIT_MS = 10_000;
const LATE_SEND_MS = 100;

interface Outcome {
  readonly status: number;
  readonly body: Buffer;
  readonly ms: number;
}

function send(port: number, agent: Agent, soakRequest: SoakRequest): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/interactions',
        method: soakRequest.method,
        agent,
        headers: { ...soakRequest.headers, 'content-length': String(soakRequest.body.length) },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          done({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks),
            ms: performance.now() - started,
          });
        });
        response.on('error', fail);
      },
    );
    outgoing.on('timeout', () => {
      outgoing.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`));
    });
    outgoing.on('error', fail);
    outgoing.end(soakRequest.body);
  });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export async function runHttpSoak(options: HttpSoakOptions): Promise<HttpSoakResult> {
  const { durationMs, rate, random } = options;
  const keys = generateEd25519Pair();
  const server = await startServeProcess({
    publicKeyHex: keys.publicKeyHex,
    applicationId: LOCAL_CONTEXT.applicationId,
    readyTimeoutMs: 20_000,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const factory = createRequestFactory(random, keys);

  let sent = 0;
  const valid = { sent: 0, ok: 0, wrongBody: 0, wrongStatus: 0 };
  const invalidByKind = Object.fromEntries(INVALID_KINDS.map((kind) => [kind, 0])) as Record<
    InvalidKind,
    number
  >;
  const invalid = { sent: 0, rejected: 0, accepted: 0, unexpected: 0 };
  let status5xx = 0;
  let errors = 0;
  let lateSends = 0;
  const errorExamples: string[] = [];
  const latencies: number[] = [];
  const inFlight = new Set<Promise<void>>();

  const judge = (soakRequest: SoakRequest, outcome: Outcome): void => {
    if (outcome.status >= 500) status5xx += 1;
    if (soakRequest.kind === 'valid') {
      latencies.push(outcome.ms);
      if (outcome.status !== 200) valid.wrongStatus += 1;
      else if (!isDeepStrictEqual(parseJson(outcome.body), soakRequest.expectedJson))
        valid.wrongBody += 1;
      else valid.ok += 1;
      return;
    }
    if (outcome.status === 200) invalid.accepted += 1;
    else if (outcome.status === soakRequest.expectedStatus) invalid.rejected += 1;
    else if (outcome.status < 500) invalid.unexpected += 1;
  };

  try {
    const started = performance.now();
    const total = Math.floor((rate * durationMs) / 1000);
    while (sent < total) {
      const elapsed = performance.now() - started;
      // Bounded even if the sender cannot keep up: it stops at the duration plus the drain limit.
      if (elapsed > durationMs + DRAIN_LIMIT_MS) break;
      const due = Math.min(total, Math.floor((rate * elapsed) / 1000));
      while (sent < due && inFlight.size < MAX_IN_FLIGHT) {
        if (elapsed - (sent * 1000) / rate > LATE_SEND_MS) lateSends += 1;
        sent += 1;
        const soakRequest = factory.next(INVALID_SHARE);
        if (soakRequest.kind === 'valid') valid.sent += 1;
        else {
          invalid.sent += 1;
          invalidByKind[soakRequest.kind] += 1;
        }
        const pending: Promise<void> = send(server.port, agent, soakRequest).then(
          (outcome) => {
            judge(soakRequest, outcome);
          },
          (error: unknown) => {
            errors += 1;
            if (errorExamples.length < 5) {
              errorExamples.push(
                `${soakRequest.kind}: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          },
        );
        inFlight.add(pending);
        void pending.finally(() => inFlight.delete(pending));
      }
      await sleep(TICK_MS);
    }
    const drainUntil = performance.now() + DRAIN_LIMIT_MS;
    while (inFlight.size > 0 && performance.now() < drainUntil) await sleep(20);

    const aliveAtEnd = server.alive();
    const healthzAtEnd = await fetch(`http://127.0.0.1:${server.port}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    agent.destroy();
    const exit = await server.stop(12_000);
    const failed =
      !aliveAtEnd || healthzAtEnd !== 200 || status5xx > 0 || errors > 0 || exit.code !== 0;
    return {
      durationMs,
      rate,
      sent,
      valid,
      invalid: { ...invalid, byKind: invalidByKind },
      status5xx,
      errors,
      errorExamples,
      latency: latencyStats(latencies),
      aliveAtEnd,
      healthzAtEnd,
      exitOnSigterm: { code: exit.code, signal: exit.signal },
      serverOutput: failed ? server.outputTail() : '',
      lateSends,
    };
  } finally {
    agent.destroy();
    if (server.alive()) await server.stop(5_000);
  }
}
