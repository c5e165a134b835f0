import { ChangeSignal, type WaitOptions } from './change-signal.js';

/** Every REST request the stand-in received, so tests can assert e.g. "no PUT was sent". */
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

export class RestLog {
  readonly #records: RestRequestRecord[] = [];
  readonly changes = new ChangeSignal();

  add(record: RestRequestRecord): void {
    this.#records.push(record);
    this.changes.notify();
  }

  records(filter: RestLogFilter = {}): RestRequestRecord[] {
    return this.#records.filter((record) => matches(record, filter));
  }

  clear(): void {
    this.#records.length = 0;
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
