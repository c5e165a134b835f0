/**
 * Failure knobs. REST faults are queued specs consumed by matching requests before any routing,
 * so the bot sees them exactly where Discord would emit them (in front of the real handler).
 * Gateway faults are declared here and implemented by the gateway server.
 */
export type RestFaultStatus = 429 | 500 | 502 | 503 | 504;

export interface RestFaultSpec {
  readonly status: RestFaultStatus;
  /** How many matching requests to fail. Defaults to 1. */
  readonly count?: number;
  /** Only requests with this HTTP method (case-insensitive). */
  readonly method?: string;
  /**
   * Only requests whose path (after `/api/v10`, without query) matches: a RegExp, or a string
   * that must occur in the path, e.g. `'/callback'` or `'/interactions/'`.
   */
  readonly route?: string | RegExp;
  /** 429 only: seconds for `Retry-After`, `retry_after` and `X-RateLimit-Reset-After`. Default 1. */
  readonly retryAfterSeconds?: number;
  /** 429 only: a global rate limit (adds `X-RateLimit-Global`, scope `global`). */
  readonly global?: boolean;
  /** 429 only: `X-RateLimit-Scope` for a non-global limit. Default `user`. */
  readonly scope?: 'user' | 'shared';
}

export interface FaultResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

interface PendingFault {
  readonly spec: RestFaultSpec;
  remaining: number;
}

function matches(spec: RestFaultSpec, method: string, path: string): boolean {
  if (spec.method !== undefined && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  if (spec.route === undefined) return true;
  return typeof spec.route === 'string' ? path.includes(spec.route) : spec.route.test(path);
}

export class RestFaultQueue {
  readonly #pending: PendingFault[] = [];

  add(spec: RestFaultSpec): void {
    this.#pending.push({ spec, remaining: spec.count ?? 1 });
  }

  /** Consumes one use of the first fault matching this request, if any. */
  take(method: string, path: string): RestFaultSpec | undefined {
    const index = this.#pending.findIndex((fault) => matches(fault.spec, method, path));
    const fault = this.#pending[index];
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#pending.splice(index, 1);
    return fault.spec;
  }

  get pendingCount(): number {
    return this.#pending.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  clear(): void {
    this.#pending.length = 0;
  }
}

/** The response Discord sends for this fault, with the headers @discordjs/rest reads. */
export function faultResponse(spec: RestFaultSpec, now = Date.now()): FaultResponse {
  if (spec.status !== 429) {
    const text = spec.status === 500 ? 'Internal Server Error' : 'Server Error';
    return {
      status: spec.status,
      headers: {},
      body: { message: `${spec.status}: ${text}`, code: 0 },
    };
  }
  const retryAfter = spec.retryAfterSeconds ?? 1;
  const global = spec.global ?? false;
  const headers: Record<string, string> = {
    // Discord rounds this header up to whole seconds; the stand-in keeps fractions so tests stay fast.
    'Retry-After': String(retryAfter),
    'X-RateLimit-Scope': global ? 'global' : (spec.scope ?? 'user'),
  };
  if (global) {
    headers['X-RateLimit-Global'] = 'true';
  } else {
    headers['X-RateLimit-Limit'] = '5';
    headers['X-RateLimit-Remaining'] = '0';
    headers['X-RateLimit-Reset'] = ((now + retryAfter * 1000) / 1000).toFixed(3);
    headers['X-RateLimit-Reset-After'] = retryAfter.toFixed(3);
    headers['X-RateLimit-Bucket'] = 'local0discord0fault0bucket';
  }
  return {
    status: 429,
    headers,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global },
  };
}

/** Gateway-side knobs, implemented by the gateway server and exposed on `LocalDiscord.faults`. */
export interface GatewayFaults {
  /** Closes the shard's socket with a close code (4000 = resumable unknown error, 4004 = fatal…). */
  closeShard(shardId: number, code: number, reason?: string): void;
  /** Terminates the TCP connection without a close frame; the client observes 1006. */
  dropShard(shardId: number): void;
  /** Sends op 7 RECONNECT; the client is expected to reconnect and resume. */
  requestReconnect(shardId: number): void;
  /** Sends op 9 INVALID_SESSION; a non-resumable one also forgets the session on the server. */
  invalidateSession(shardId: number, resumable: boolean): void;
  /**
   * Answers the next IDENTIFY (any shard) by closing with `code` instead of READY, e.g. 4004 to
   * see a gateway-level auth failure although REST accepted the token.
   */
  rejectNextIdentify(code: number): void;
}
