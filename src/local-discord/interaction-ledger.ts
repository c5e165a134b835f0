import type { APIInteraction, InteractionType } from 'discord-api-types/v10';
import { ChangeSignal, type WaitOptions } from './change-signal.js';

/**
 * Every interaction the stand-in created and everything the bot did about it. This is the
 * evidence tests assert on ("answered exactly once", "within the deadline", "edited later").
 */
export interface AcknowledgementAttempt {
  readonly at: number;
  /** `type` from the callback body, or null when the body had none. */
  readonly callbackType: number | null;
  readonly body: unknown;
  /** The HTTP status the stand-in answered with. */
  readonly status: number;
  /** Discord's JSON error code when the attempt was rejected, else null. */
  readonly errorCode: number | null;
  /** Milliseconds from delivery to the bot's socket until this attempt reached the stand-in. */
  readonly latencyMs: number | null;
}

/**
 * A callback request an injected REST fault (429, 5xx) answered before the callback route ran.
 * Not an acknowledgement (Discord's route never saw it), but evidence that the bot tried: a bot
 * that gives up because Retry-After outlasts the 3 s window is told apart from one that never tried.
 */
export interface RefusedCallback {
  readonly at: number;
  readonly status: number;
}

export interface MessageEdit {
  readonly at: number;
  readonly messageId: string;
  readonly body: unknown;
}

export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: InteractionType;
  readonly payload: APIInteraction;
  readonly shardId: number;
  readonly createdAt: number;
  /** When INTERACTION_CREATE was written to a live socket; null while its shard is down. */
  readonly deliveredAt: number | null;
  readonly acknowledgements: readonly AcknowledgementAttempt[];
  /** The one acknowledgement Discord accepted, if any. */
  readonly accepted: AcknowledgementAttempt | null;
  readonly refusedCallbacks: readonly RefusedCallback[];
  readonly originalMessageId: string | null;
  readonly originalEdits: readonly MessageEdit[];
  readonly followupMessageIds: readonly string[];
}

interface MutableInteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  payload: APIInteraction;
  shardId: number;
  createdAt: number;
  deliveredAt: number | null;
  acknowledgements: AcknowledgementAttempt[];
  accepted: AcknowledgementAttempt | null;
  refusedCallbacks: RefusedCallback[];
  originalMessageId: string | null;
  originalEdits: MessageEdit[];
  followupMessageIds: string[];
}

export class InteractionLedger {
  readonly #byId = new Map<string, MutableInteractionRecord>();
  readonly #byToken = new Map<string, MutableInteractionRecord>();
  readonly changes = new ChangeSignal();

  add(payload: APIInteraction, shardId: number): InteractionRecord {
    const record: MutableInteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      shardId,
      createdAt: Date.now(),
      deliveredAt: null,
      acknowledgements: [],
      accepted: null,
      refusedCallbacks: [],
      originalMessageId: null,
      originalEdits: [],
      followupMessageIds: [],
    };
    this.#byId.set(record.id, record);
    this.#byToken.set(record.token, record);
    this.changes.notify();
    return record;
  }

  get(id: string): InteractionRecord | undefined {
    return this.#byId.get(id);
  }

  byToken(token: string): InteractionRecord | undefined {
    return this.#byToken.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.#byId.values()];
  }

  markDelivered(id: string): void {
    const record = this.#byId.get(id);
    if (record === undefined || record.deliveredAt !== null) return;
    record.deliveredAt = Date.now();
    this.changes.notify();
  }

  recordAttempt(id: string, attempt: AcknowledgementAttempt, accepted: boolean): void {
    const record = this.#mutable(id);
    record.acknowledgements.push(attempt);
    if (accepted) record.accepted = attempt;
    this.changes.notify();
  }

  /** Ignored unless id and token name an interaction: a forged path proves nothing. */
  recordRefusedCallback(id: string, token: string, refusal: RefusedCallback): void {
    const record = this.#byId.get(id);
    if (record?.token !== token) return;
    record.refusedCallbacks.push(refusal);
    this.changes.notify();
  }

  setOriginalMessage(id: string, messageId: string): void {
    this.#mutable(id).originalMessageId = messageId;
    this.changes.notify();
  }

  recordEdit(id: string, edit: MessageEdit): void {
    this.#mutable(id).originalEdits.push(edit);
    this.changes.notify();
  }

  recordFollowup(id: string, messageId: string): void {
    this.#mutable(id).followupMessageIds.push(messageId);
    this.changes.notify();
  }

  /** Resolves with the record once Discord has accepted an acknowledgement for it. */
  waitForAcknowledgement(id: string, options?: WaitOptions): Promise<InteractionRecord> {
    return this.changes.waitFor(
      () => {
        const record = this.#byId.get(id);
        return record?.accepted ? record : undefined;
      },
      `interaction ${id} to be acknowledged`,
      options,
    );
  }

  /** Resolves once at least `count` edits of the interaction's original response were made. */
  waitForEdits(id: string, count: number, options?: WaitOptions): Promise<InteractionRecord> {
    return this.changes.waitFor(
      () => {
        const record = this.#byId.get(id);
        return record && record.originalEdits.length >= count ? record : undefined;
      },
      `${count} edit(s) of interaction ${id}'s original response`,
      options,
    );
  }

  /** Generic wait on the ledger, e.g. for a second (rejected) acknowledgement attempt. */
  waitUntil(
    predicate: (records: readonly InteractionRecord[]) => boolean,
    description: string,
    options?: WaitOptions,
  ): Promise<void> {
    return this.changes
      .waitFor(() => (predicate(this.all()) ? true : undefined), description, options)
      .then(() => undefined);
  }

  #mutable(id: string): MutableInteractionRecord {
    const record = this.#byId.get(id);
    if (record === undefined) throw new Error(`Unknown interaction ${id}`);
    return record;
  }
}
