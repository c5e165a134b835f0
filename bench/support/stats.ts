/**
 * The few statistics the bench reports. Percentiles use the nearest-rank method on sorted
 * samples, so a reported p99 is always a latency that was actually observed.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Nearest-rank percentile, `p` in 0..100, of samples already sorted ascending. */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no values');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export interface LatencySummary {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly count: number;
}

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const values = Array.from(sorted);
  return {
    p50: percentileOfSorted(values, 50),
    p99: percentileOfSorted(values, 99),
    max: values[values.length - 1] ?? Number.NaN,
    count: values.length,
  };
}

/**
 * Medians of each field across runs. Ratios are taken per run first (figure and baseline come
 * from the same run, so they share that run's noise) and then the median of those ratios.
 */
export function medianOf<T>(runs: readonly T[], pick: (run: T) => number): number {
  return median(runs.map(pick));
}
