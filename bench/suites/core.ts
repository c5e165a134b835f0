import { performance } from 'node:perf_hooks';
import {
  ApplicationCommandOptionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import { COMMANDS } from '../../commands/index.js';
import { MAX_QUERY_LENGTH } from '../../src/lookup/find-montage.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { asMessage, buttons, messageData } from '../../fixtures/core-responses.js';
import { SECTION_TITLES, type SectionResult } from '../report/report-model.js';
import type { BenchConfig } from '../support/bench-config.js';
import { fixed, ratioText, whole } from '../support/format.js';
import { median, summarizeLatencies } from '../support/stats.js';

const handleInteraction = createInteractionHandler(COMMANDS);

/**
 * The pure core, in process: handleInteraction() per interaction kind. Baseline from the same
 * run: JSON.stringify of the very response the core returned — work every front door must do
 * anyway to send the answer — so "core ÷ baseline" says how the core compares to merely
 * serialising its own output. A constant handler shows the timing floor of the harness.
 */
interface Kind {
  readonly label: string;
  /** Distinct interactions (fresh ids and tokens), cycled so no single object stays hot. */
  readonly pool: readonly APIInteraction[];
}

const POOL_SIZE = 32;

function pool(build: () => APIInteraction): APIInteraction[] {
  return Array.from({ length: POOL_SIZE }, build);
}

/** Random letters, digits and spaces: no word the lookup knows, so every fuzzy path runs. */
function junk(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 ';
  return Array.from(
    { length },
    () => alphabet[Math.floor(Math.random() * alphabet.length)] ?? ' ',
  ).join('');
}

function kinds(): Kind[] {
  const rank = () =>
    chatInputInteraction('montage', [
      { name: 'rank', type: ApplicationCommandOptionType.Integer, value: 1 },
    ]);
  const shown = messageData(handleInteraction(rank()));
  // At #1 the "next" arrow is a disabled edge; "◀ #2" opens another montage, the real work.
  const next = buttons(shown).find((button) => button.custom_id.startsWith('montage:show:'));
  if (next === undefined) throw new Error('The /montage rank:1 answer has no montage button');
  return [
    { label: 'rank (`/montage rank:1`)', pool: pool(rank) },
    {
      label: 'fuzzy film (`/montage film:rokcy 4`)',
      pool: pool(() =>
        chatInputInteraction('montage', [
          { name: 'film', type: ApplicationCommandOptionType.String, value: 'rokcy 4' },
        ]),
      ),
    },
    {
      label: 'autocomplete (film: `rokcy 4`)',
      pool: pool(() => autocompleteInteraction('montage', { name: 'film', value: 'rokcy 4' })),
    },
    // The lookup reads at most MAX_QUERY_LENGTH characters, so these are the most one call costs.
    {
      label: `autocomplete worst case (${MAX_QUERY_LENGTH} chars of junk)`,
      pool: pool(() =>
        autocompleteInteraction('montage', { name: 'film', value: junk(MAX_QUERY_LENGTH) }),
      ),
    },
    {
      label: 'autocomplete, a 60 KB value',
      pool: pool(() => autocompleteInteraction('montage', { name: 'film', value: junk(60_000) })),
    },
    {
      label: `button (\`${next.label ?? 'next'}\`)`,
      pool: pool(() => buttonInteraction(next.custom_id, asMessage(shown))),
    },
  ];
}

interface LoopResult {
  readonly perSecond: number;
  readonly p50Us: number;
  readonly p99Us: number;
}

// Results flow into this so the optimiser cannot drop the measured calls as dead code.
let sink = 0;

/**
 * Two bounded loops over the same work: one untimed for throughput, one timing each call for
 * percentiles (the per-call clock read would otherwise be counted in throughput).
 */
function measure<T>(
  inputs: readonly T[],
  work: (input: T) => number,
  config: BenchConfig['core'],
): LoopResult {
  const size = inputs.length;
  const input = (index: number): T => inputs[index % size] as T;
  for (let i = 0; i < config.warmupIterations; i += 1) sink += work(input(i));

  const started = performance.now();
  let done = 0;
  while (done < config.iterations) {
    sink += work(input(done));
    done += 1;
    if ((done & 255) === 0 && performance.now() - started > config.maxLoopMs) break;
  }
  const perSecond = done / ((performance.now() - started) / 1000);

  const samples: number[] = [];
  const timedStart = performance.now();
  for (let i = 0; i < config.iterations; i += 1) {
    const before = performance.now();
    sink += work(input(i));
    samples.push((performance.now() - before) * 1000);
    if ((i & 255) === 0 && performance.now() - timedStart > config.maxLoopMs) break;
  }
  const latency = summarizeLatencies(samples);
  return { perSecond, p50Us: latency.p50, p99Us: latency.p99 };
}

interface KindRun {
  readonly core: LoopResult;
  readonly stringify: LoopResult;
  readonly constant: LoopResult;
}

export function runCoreSuite(config: BenchConfig): SectionResult {
  const allKinds = kinds();
  const runs: KindRun[][] = [];
  for (let run = 0; run < config.runs; run += 1) {
    runs.push(
      allKinds.map((kind) => {
        const responses: APIInteractionResponse[] = kind.pool.map(handleInteraction);
        const constantResponse = responses[0];
        return {
          core: measure(
            kind.pool,
            (interaction) => handleInteraction(interaction).type,
            config.core,
          ),
          stringify: measure(responses, (response) => JSON.stringify(response).length, config.core),
          constant: measure(
            kind.pool,
            (interaction) => (interaction.id.length > 0 ? (constantResponse?.type ?? 0) : 0),
            config.core,
          ),
        };
      }),
    );
  }
  if (sink === Number.NEGATIVE_INFINITY) process.stdout.write('unreachable\n');

  const across = (kindIndex: number, pick: (run: KindRun) => number): number =>
    median(runs.map((run) => pick(run[kindIndex] as KindRun)));

  const rows = allKinds.map((kind, index) => [
    kind.label,
    whole(across(index, (run) => run.core.perSecond)),
    fixed(across(index, (run) => run.core.p50Us)),
    fixed(across(index, (run) => run.core.p99Us)),
    whole(across(index, (run) => run.stringify.perSecond)),
    fixed(across(index, (run) => run.stringify.p50Us)),
    fixed(across(index, (run) => run.stringify.p99Us)),
    ratioText(across(index, (run) => run.core.perSecond / run.stringify.perSecond)),
  ]);
  const floor = [
    'floor: constant handler',
    whole(median(runs.flat().map((run) => run.constant.perSecond))),
    fixed(median(runs.flat().map((run) => run.constant.p50Us))),
    fixed(median(runs.flat().map((run) => run.constant.p99Us))),
    '',
    '',
    '',
    '',
  ];

  return {
    title: SECTION_TITLES.core,
    method:
      `\`handleInteraction()\` called in process on interactions built by the console's interaction factory (${POOL_SIZE} distinct interactions per kind, cycled), ` +
      `${whole(config.core.iterations)} calls per loop after ${whole(config.core.warmupIterations)} warm-up calls. ` +
      'Baseline, measured in the same run: `JSON.stringify` of the response the core returned for the same interaction — the serialisation every front door does anyway. ' +
      'Throughput comes from an untimed loop; percentiles from a second loop timing each call with `performance.now()`. ' +
      'The ratio is core responses/s ÷ baseline responses/s per run, then the median of those ratios (> 1 means the core is faster than serialising its own answer).',
    tables: [
      {
        headers: [
          'Interaction',
          'Core resp/s',
          'p50 µs',
          'p99 µs',
          'Baseline resp/s',
          'Baseline p50 µs',
          'Baseline p99 µs',
          'Core ÷ baseline',
        ],
        rows: [...rows, floor],
      },
    ],
    targets: [],
    notes: [
      'The constant-handler row returns a prebuilt response: its p50 is the cost of reading the clock, the resolution floor of the per-call figures.',
      `The two worst-case autocomplete rows bound what one call can cost: the lookup reads at most ${MAX_QUERY_LENGTH} characters (\`MAX_QUERY_LENGTH\` in \`src/lookup/find-montage.ts\`), so a 60 KB value must cost no more than ${MAX_QUERY_LENGTH} characters of junk.`,
    ],
  };
}
