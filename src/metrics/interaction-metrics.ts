import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { Counter, Histogram, type MetricType, type Registry } from 'prom-client';

// 'unknown': a request refused before its body could be read or trusted has no kind.
const KINDS = ['ping', 'command', 'autocomplete', 'component', 'modal', 'unknown'] as const;
type InteractionKind = (typeof KINDS)[number];

// answered: a reply, update or autocomplete result; notice: a short private notice (a mistake, a
// miss); rejected: refused (bad signature or body over HTTP, Discord refusing the callback on the
// gateway); failed: the bot could not produce or send an answer.
const OUTCOMES = ['answered', 'notice', 'rejected', 'failed'] as const;
type Outcome = (typeof OUTCOMES)[number];

const KIND_BY_TYPE: Readonly<Record<number, InteractionKind>> = {
  [InteractionType.Ping]: 'ping',
  [InteractionType.ApplicationCommand]: 'command',
  [InteractionType.ApplicationCommandAutocomplete]: 'autocomplete',
  [InteractionType.MessageComponent]: 'component',
  [InteractionType.ModalSubmit]: 'modal',
};

export function kindOf(type: number): InteractionKind {
  return KIND_BY_TYPE[type] ?? 'unknown';
}

/** A notice is the one ephemeral text-only message; ephemeral embeds (/help, hidden) answer. */
export function outcomeOf(response: APIInteractionResponse): 'answered' | 'notice' {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return 'answered';
  const { data } = response;
  return data.embeds === undefined && ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0
    ? 'notice'
    : 'answered';
}

// Discord allows 3 s for the first answer; the core answers in well under a millisecond, so the
// buckets are fine below 10 ms and reach past the deadline to show how close a slow answer came.
const LATENCY_BUCKETS_SECONDS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3, 5,
];

export type InteractionMetrics = ReturnType<typeof createInteractionMetrics>;

const LABELS = ['kind', 'outcome'] as const;
const NAME = 'rocky_interaction_duration_seconds';
const HELP =
  'Seconds from receipt to response (HTTP: response written; gateway: callback accepted).';

/**
 * The interaction counter and latency histogram of one front door. `record` only adds numbers that
 * prom-client reads when scraped: its labelled inc and observe cost microseconds per interaction.
 */
export function createInteractionMetrics(registry: Registry) {
  // Series number = kind index + outcome index * KINDS.length, the order they are listed in.
  const series = OUTCOMES.flatMap((outcome) =>
    KINDS.map((kind) => ({
      labels: { kind, outcome },
      count: 0,
      sum: 0,
      // How many landed in each bucket (not cumulative), the last one past every bound (+Inf).
      buckets: new Float64Array(LATENCY_BUCKETS_SECONDS.length + 1),
    })),
  );

  new Counter({
    name: 'rocky_interactions_total',
    help: 'Interactions and refused interaction requests, by kind and outcome.',
    labelNames: LABELS,
    registers: [registry],
    collect() {
      // Every series is shown from the start at 0, so rate() and ratio alerts see no gaps.
      this.reset();
      for (const { labels, count } of series) this.inc(labels, count);
    },
  });

  // The latency histogram as the registry reads it (getForPromString for text, get for JSON).
  const histogram = () => {
    const values = series
      .filter(({ count }) => count > 0)
      .flatMap(({ labels, count, sum, buckets }) => {
        let cumulative = 0;
        return [
          ...Array.from(buckets, (landed, slot) => ({
            metricName: `${NAME}_bucket`,
            labels: { ...labels, le: LATENCY_BUCKETS_SECONDS[slot] ?? '+Inf' },
            value: (cumulative += landed),
          })),
          { metricName: `${NAME}_sum`, labels, value: sum },
          { metricName: `${NAME}_count`, labels, value: count },
        ];
      });
    // prom-client's typings give `type` as a numeric enum; at run time (and in the text) it is the name.
    const type = 'histogram' as unknown as MetricType;
    return Promise.resolve({ name: NAME, help: HELP, type, aggregator: 'sum' as const, values });
  };
  Object.assign(
    new Histogram({ name: NAME, help: HELP, labelNames: LABELS, registers: [registry] }),
    { get: histogram, getForPromString: histogram },
  );

  return {
    /** One interaction (or refused request) done, `startedMs` from performance.now() at receipt. */
    record(kind: InteractionKind, outcome: Outcome, startedMs: number): void {
      const entry = series[KINDS.indexOf(kind) + OUTCOMES.indexOf(outcome) * KINDS.length];
      if (entry === undefined) return;
      const seconds = (performance.now() - startedMs) / 1000;
      entry.count += 1;
      entry.sum += seconds;
      let slot = 0;
      // Past the last bound, undefined ends the walk in the +Inf slot.
      while (seconds > (LATENCY_BUCKETS_SECONDS[slot] ?? Infinity)) slot++;
      entry.buckets[slot] = (entry.buckets[slot] ?? 0) + 1;
    },
  };
}
