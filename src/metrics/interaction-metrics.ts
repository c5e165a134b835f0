import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { Counter, Histogram, type Registry } from 'prom-client';

export const INTERACTION_KINDS = [
  'ping',
  'command',
  'autocomplete',
  'component',
  'modal',
  // A request refused before its body could be read or trusted has no kind.
  'unknown',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/**
 * answered: a reply, update or autocomplete result; notice: a short private notice (a mistake, a
 * miss); rejected: refused (bad signature or body over HTTP, Discord refusing the callback on the
 * gateway); failed: the bot could not produce or send an answer.
 */
export const OUTCOMES = ['answered', 'notice', 'rejected', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

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

/**
 * A notice (src/render's `notice`) is the one ephemeral message with text only; ephemeral embeds
 * (/help, a hidden montage) are answers. Two property reads, no allocation.
 */
export function outcomeOf(response: APIInteractionResponse): 'answered' | 'notice' {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return 'answered';
  const { data } = response;
  return data.embeds === undefined && ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0
    ? 'notice'
    : 'answered';
}

/**
 * Discord allows 3 s for the first answer; the core answers in well under a millisecond, so the
 * buckets are fine below 10 ms and reach past the deadline to show how close a slow answer came.
 */
export const LATENCY_BUCKETS_SECONDS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3, 5,
];

export interface InteractionMetrics {
  /** One interaction (or refused request) done, `startedMs` from performance.now() at receipt. */
  record(kind: InteractionKind, outcome: Outcome, startedMs: number): void;
}

type Label = 'kind' | 'outcome';
interface Children {
  readonly counted: ReturnType<Counter<Label>['labels']>;
  readonly timed: ReturnType<Histogram<Label>['labels']>;
}

/**
 * Counters and the latency histogram for one front door, on `registry`. Every labelled child is
 * made here, so `record` is two lookups, an increment and an observe.
 */
export function createInteractionMetrics(registry: Registry): InteractionMetrics {
  const answered = new Counter({
    name: 'rocky_interactions_total',
    help: 'Interactions and refused interaction requests, by kind and outcome.',
    labelNames: ['kind', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'rocky_interaction_duration_seconds',
    help: 'Seconds from receipt to response (HTTP: response written; gateway: callback accepted).',
    labelNames: ['kind', 'outcome'],
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  const childOf = (kind: InteractionKind, outcome: Outcome): Children => {
    const counted = answered.labels(kind, outcome);
    // Every counter series exists from the start at 0, so rate() and ratio alerts see no gaps.
    counted.inc(0);
    return { counted, timed: duration.labels(kind, outcome) };
  };
  const outcomesOf = (kind: InteractionKind) =>
    Object.fromEntries(OUTCOMES.map((outcome) => [outcome, childOf(kind, outcome)])) as Record<
      Outcome,
      Children
    >;
  const children = Object.fromEntries(
    INTERACTION_KINDS.map((kind) => [kind, outcomesOf(kind)]),
  ) as Record<InteractionKind, Record<Outcome, Children>>;

  return {
    record(kind, outcome, startedMs) {
      const child = children[kind][outcome];
      child.counted.inc();
      child.timed.observe((performance.now() - startedMs) / 1000);
    },
  };
}
