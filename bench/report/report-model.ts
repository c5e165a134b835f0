/**
 * What every suite hands to the report: tables of figures already formatted, the targets it
 * checked, and notes on method. Suites measure; the report only lays out.
 */
export interface Table {
  readonly caption?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface TargetCheck {
  readonly name: string;
  /** The target as the issue states it, e.g. "≥ 2.00x the peer". */
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

export interface SectionResult {
  /** Markdown heading; the smoke test asserts each one is present. */
  readonly title: string;
  /** One paragraph on what was measured and against which baseline. */
  readonly method: string;
  readonly tables: readonly Table[];
  readonly targets: readonly TargetCheck[];
  readonly notes: readonly string[];
  /** Markdown that follows the tables verbatim, e.g. an embedded chart. */
  readonly extra?: string;
}

export const SECTION_TITLES = {
  core: 'Core',
  http: 'HTTP endpoint',
  gateway: 'Gateway',
  memory: 'Memory',
  startup: 'Startup',
  worker: 'Cloudflare Worker',
} as const;
