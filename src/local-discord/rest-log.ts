import { ChangeSignal, type WaitOptions } from './change-signal.js';

/** A REST request the stand-in received, so tests can assert e.g. "no PUT was sent". */
export interface RestRequestRecord {
  readonly at: number;
  readonly method: string;
  /** Path after `/api/v10`, without the query string, e.g. `/applications/1/commands`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Parsed JSON body (multipart: its `payload_json`), null when empty or unparsable. */
  readonly body: unknown;
  /** Field names of multipart file parts. */
  readonly files: readonly string[];
  /** Size of the request body as received (or as declared, when refused unread). */
  readonly bodyBytes: number;
  readonly status: number;
  /** True when a fault knob produced the response instead of the real route. */
  readonly injectedFault: boolean;
}

export interface RestLogFilter {
  readonly method?: string;
  /** Substring or RegExp matched against the path. */
  readonly path?: string | RegExp;
}

function matches(record: RestRequestRecord, filter: RestLogFilter): boolean {
  if (filter.method !== undefined && record.method !== filter.method.toUpperCase()) return false;
  if (filter.path === undefined) return true;
  return typeof filter.path === 'string'
    ? record.path.includes(filter.path)
    : filter.path.test(record.path);
}

/** How much of the past the log keeps: the newest requests up to both limits. */
export interface RestLogLimits {
  readonly maxRecords: number;
  /** Sum of `bodyBytes` over the kept records; the newest record is kept whatever its size. */
  readonly maxBodyBytes: number;
}

/** Enough for any test or playground session; bounded so a long run cannot grow without end. */
export const DEFAULT_REST_LOG_LIMITS: RestLogLimits = {
  maxRecords: 1000,
  maxBodyBytes: 32 * 1024 * 1024,
};

/** The most recent REST requests, oldest first; older ones are dropped past the limits. */
export class RestLog {
  readonly #records: RestRequestRecord[] = [];
  readonly #limits: RestLogLimits;
  #bodyBytes = 0;
  readonly changes = new ChangeSignal();

  constructor(limits: RestLogLimits = DEFAULT_REST_LOG_LIMITS) {
    this.#limits = limits;
  }

  add(record: RestRequestRecord): void {
    this.#records.push(record);
    this.#bodyBytes += record.bodyBytes;
    let drop = 0;
    let bytes = this.#bodyBytes;
    while (
      this.#records.length - drop > 1 &&
      (this.#records.length - drop > this.#limits.maxRecords || bytes > this.#limits.maxBodyBytes)
    ) {
      bytes -= this.#records[drop]?.bodyBytes ?? 0;
      drop += 1;
    }
    if (drop > 0) this.#records.splice(0, drop);
    this.#bodyBytes = bytes;
    this.changes.notify();
  }

  records(filter: RestLogFilter = {}): RestRequestRecord[] {
    return this.#records.filter((record) => matches(record, filter));
  }

  clear(): void {
    this.#records.length = 0;
    this.#bodyBytes = 0;
  }

  /** Resolves once at least `count` requests match the filter. */
  waitFor(filter: RestLogFilter, count = 1, options?: WaitOptions): Promise<RestRequestRecord[]> {
    return this.changes.waitFor(
      () => {
        const found = this.records(filter);
        return found.length >= count ? found : undefined;
      },
      `${count} REST request(s) matching ${filter.method ?? '*'} ${String(filter.path ?? '*')}`,
      options,
    );
  }
}
