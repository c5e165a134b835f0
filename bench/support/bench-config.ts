/**
 * How much work each suite does. The full profile is what docs/benchmarks.md reports (≥ 3 runs
 * per figure); the smoke profile checks the machinery end to end in seconds, not the targets.
 */
export interface BenchConfig {
  readonly profile: 'full' | 'smoke';
  /** Repetitions of every measurement; each figure is the median across runs. */
  readonly runs: number;
  readonly core: {
    readonly iterations: number;
    readonly warmupIterations: number;
    /** Upper bound on one measurement loop, whatever the iteration count. */
    readonly maxLoopMs: number;
  };
  readonly http: {
    readonly warmupSeconds: number;
    readonly durationSeconds: number;
    /** Hold every server at 80 % for the latency columns, or only the project (smoke: faster). */
    readonly holdAllServers: boolean;
    readonly connections: number;
  };
  readonly gateway: {
    /** A p99 of a few hundred samples is nearly the worst sample: more runs, median of them. */
    readonly runs: number;
    readonly sequential: number;
    readonly concurrent: number;
  };
  readonly memory: {
    readonly guildCounts: readonly number[];
    readonly channelsPerGuild: number;
    /** Requests the HTTP-mode server answers before its memory is read. */
    readonly httpRequests: number;
  };
  readonly startup: { readonly guilds: number };
}

export const FULL_CONFIG: BenchConfig = {
  profile: 'full',
  runs: 3,
  core: { iterations: 20_000, warmupIterations: 5_000, maxLoopMs: 3_000 },
  http: { warmupSeconds: 3, durationSeconds: 5, connections: 10, holdAllServers: true },
  gateway: { runs: 5, sequential: 200, concurrent: 100 },
  memory: { guildCounts: [100, 1_000, 2_500], channelsPerGuild: 50, httpRequests: 2_000 },
  startup: { guilds: 100 },
};

export const SMOKE_CONFIG: BenchConfig = {
  profile: 'smoke',
  runs: 1,
  core: { iterations: 500, warmupIterations: 100, maxLoopMs: 500 },
  http: { warmupSeconds: 0, durationSeconds: 1, connections: 4, holdAllServers: false },
  gateway: { runs: 1, sequential: 20, concurrent: 20 },
  memory: { guildCounts: [10], channelsPerGuild: 50, httpRequests: 50 },
  startup: { guilds: 10 },
};
