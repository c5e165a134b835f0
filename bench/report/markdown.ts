import type { MachineInfo } from '../support/machine.js';
import type { BenchConfig } from '../support/bench-config.js';
import { fixed } from '../support/format.js';
import type { SectionResult, Table, TargetCheck } from './report-model.js';

/** Why parts of the code are shaped as they are; the code itself keeps only a one-line why. */
const DECISIONS = [
  '## What the figures decided',
  'Choices in the code that rest on these measurements; the code keeps a one-line why and points here.',
  '- **Channel caches off** (`src/adapters/gateway/client-options.ts`). Channels were almost all of the bot\'s heap: at 2,500 guilds x 50 channels, 120 of 155 MiB. Both `ChannelManager` and `GuildChannelManager` must be limited, as every guild channel sits in `client.channels` and in its `guild.channels`. discord.js warns that limiting these "will break functionality" (channel lookups, permission checks, channel events, and a process warning at start) and leaves them out of its typings; its `cacheWithLimits` honours them at run time. The bot uses none of that: it answers from raw INTERACTION_CREATE payloads, which carry their own channel. Roles and permission overwrites were measured too: next to nothing once channels are gone, so they stay cached. Guilds stay cached: discord.js\'s ready tracking needs them.',
  "- **Own interaction callback poster** (`src/adapters/gateway/interaction-callback.ts`). discord.js's REST client puts every callback in one rate-limit bucket and sends that bucket's requests one at a time, so under load, or during one 429, every answer queues behind the others and misses Discord's 3 s deadline. Callbacks are authorised by their own token and are not under the bot's global rate limit, so each one is sent at once and retried on its own: after Retry-After for a 429, quickly for a 5xx or a dropped connection, and never past the deadline, after which Discord would refuse it anyway (10062).",
  "- **node:http with kept-alive sockets for callbacks**, not the global `fetch`: about half the latency and tail of undici's WHATWG layer for these small POSTs.",
  '- **The HTTP hot path pays only for what the ceiling lacks on purpose** (body cap, replay window, header checks, drain count). Profiling the built endpoint under load (`node --cpu-prof`) showed the rest: a zod parse of every body (about a third as much again as the `JSON.parse` itself) is now a few `typeof` checks of the same fields (`src/adapters/http/signed-request.ts`); reading the body resolves through a callback, not a promise and its microtask hop (`readBody` in `interactions-server.ts`); the drain count rides on the one request listener with one shared close listener instead of a second listener and a closure per request (`src/shutdown/connection-drain.ts`); the debug level is read once. esbuild adds no helpers to this bundle (no `__name`, no down-levelled async), so there were none to remove.',
  "- **Montage embeds built once** (`commands/montage/messages.ts`): an embed depends only on its montage (the owner's id lives in the buttons), so all six are built when the module loads and shared, deep-frozen so no answer can change another's.",
];

/** docs/benchmarks.md: machine, versions, targets, then one section per suite. */
export interface ReportInput {
  readonly machine: MachineInfo;
  readonly config: BenchConfig;
  readonly startedAt: Date;
  readonly durationSeconds: number;
  /** 1-minute load average before and after: other work on the machine skews every figure. */
  readonly loadAverage: { readonly before: number; readonly after: number };
  readonly sections: readonly SectionResult[];
  readonly failures: readonly { readonly title: string; readonly error: string }[];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(table: Table): string {
  const lines = [
    `| ${table.headers.map(escapeCell).join(' | ')} |`,
    `| ${table.headers.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
  return [table.caption, lines.join('\n')].filter((part) => part !== undefined).join('\n\n');
}

export function allTargets(sections: readonly SectionResult[]): TargetCheck[] {
  return sections.flatMap((section) => section.targets);
}

function targetsTable(targets: readonly TargetCheck[]): Table {
  return {
    headers: ['Target', 'Goal', 'Measured', 'Result'],
    rows: targets.map((target) => [
      target.name,
      target.target,
      target.measured,
      target.pass ? 'pass' : '**miss**',
    ]),
  };
}

function section(result: SectionResult): string {
  return [
    `## ${result.title}`,
    result.method,
    ...result.tables.map(markdownTable),
    ...(result.extra === undefined ? [] : [result.extra]),
    ...(result.targets.length === 0 ? [] : [markdownTable(targetsTable(result.targets))]),
    ...result.notes.map((note) => `- ${note}`),
  ].join('\n\n');
}

export function renderMarkdown(input: ReportInput): string {
  const { machine, config } = input;
  const targets = allTargets(input.sections);
  const profile =
    config.profile === 'smoke'
      ? '**Smoke profile** (`--smoke`): tiny runs that check the machinery works; the figures mean nothing.'
      : `Every figure is the median of ${config.runs} runs; every ratio is taken within a run against its baseline from that same run, then the median across runs.`;
  const parts = [
    '# Benchmarks',
    `Generated by \`npm run bench\` on ${input.startedAt.toISOString()} at commit \`${machine.commit}\` in ${fixed(input.durationSeconds, 0)} s. ${profile} Machines are noisy: compare the ratios, not the absolute figures, across machines.`,
    '## Machine',
    markdownTable({
      headers: ['', ''],
      rows: [
        ['CPU', machine.cpuModel],
        ['Cores', String(machine.cores)],
        ['Memory', `${fixed(machine.memoryGiB, 1)} GiB`],
        ['OS', machine.os],
        ['Node', machine.node],
        [
          'Load average (1 min) before / after',
          `${fixed(input.loadAverage.before, 2)} / ${fixed(input.loadAverage.after, 2)}`,
        ],
      ],
    }),
    '## Versions',
    markdownTable({
      headers: ['Package', 'Version'],
      rows: Object.entries(machine.versions).map(([name, version]) => [name, version]),
    }),
    '## Targets',
    targets.length === 0 ? 'No targets were checked.' : markdownTable(targetsTable(targets)),
    ...(input.failures.length === 0
      ? []
      : [
          '## Failures',
          ...input.failures.map(
            (failure) => `- **${failure.title}**: ${escapeCell(failure.error)}`,
          ),
        ]),
    ...input.sections.map(section),
    ...DECISIONS,
    '## Reproduce',
    [
      '```sh',
      'npm ci',
      'npm run bench                      # full run (builds first); writes docs/benchmarks.md and its three charts',
      'npm run bench -- --only http,worker   # a subset while working on one part',
      'npm run bench -- --no-targets      # measure only; do not exit non-zero on a missed target',
      'npm run bench -- --smoke --out /tmp/bench   # seconds; checks the machinery, not the targets',
      '```',
    ].join('\n'),
    'Needs two CPU cores for the HTTP and Worker suites (servers on CPU 0, load generators on CPU 1, pinned with `taskset` when it exists) and nothing else running: the load average above shows whether the machine was quiet. Reads CPU time and RSS from Linux `/proc`. All traffic stays on 127.0.0.1.',
  ];
  return `${parts.join('\n\n')}\n`;
}
