import { parseArgs } from 'node:util';

/**
 * Command-line flags. Every run is bounded: traffic stops after `durationSeconds` (or `count`
 * interactions, whichever the pacer reaches first) and each waiting phase has its own timeout.
 */
export interface SoakOptions {
  readonly smoke: boolean;
  /** Seconds of traffic per phase (gateway, then HTTP). */
  readonly durationSeconds: number;
  /** Gateway interactions to send, spread evenly over the duration. */
  readonly count: number;
  /** HTTP requests per second. */
  readonly httpRate: number;
  readonly seed: number;
  readonly phases: readonly ('gateway' | 'http')[];
}

const FULL = { durationSeconds: 60, count: 10_000 } as const;
// A few hundred interactions with every fault kind, short enough for CI (see the smoke test).
const SMOKE = { durationSeconds: 4, count: 400 } as const;
const HTTP_RATE = 200;

export const USAGE = `Usage: npm run soak -- [--duration <s>] [--count <n>] [--smoke] [--seed <n>] [--only gateway|http]

  --duration <s>   seconds of traffic per phase (default ${FULL.durationSeconds}, smoke ${SMOKE.durationSeconds})
  --count <n>      gateway interactions to send (default ${FULL.count}, smoke ${SMOKE.count})
  --smoke          short run for CI: same fault kinds, same checks
  --seed <n>       replay a run's traffic mix and fault schedule
  --only <phase>   run only the gateway or only the HTTP phase`;

function positiveNumber(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

export function parseSoakOptions(argv: readonly string[]): SoakOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: 'string' },
      count: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      seed: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const preset = values.smoke ? SMOKE : FULL;
  const durationSeconds = positiveNumber('duration', values.duration) ?? preset.durationSeconds;
  const count = Math.floor(positiveNumber('count', values.count) ?? preset.count);
  // Bounded on purpose: the soak must stop by itself, so an hour is the ceiling.
  if (durationSeconds > 3600) throw new Error('--duration must be at most 3600 seconds');
  if (count > 1_000_000) throw new Error('--count must be at most 1000000');
  const seed = Math.floor(positiveNumber('seed', values.seed) ?? Date.now() % 1_000_000_007);
  const only = values.only;
  if (only !== undefined && only !== 'gateway' && only !== 'http') {
    throw new Error('--only must be gateway or http');
  }
  return {
    smoke: values.smoke,
    durationSeconds,
    count,
    httpRate: HTTP_RATE,
    seed,
    phases: only === undefined ? ['gateway', 'http'] : [only],
  };
}
