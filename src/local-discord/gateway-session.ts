import type { WebSocket } from 'ws';
import { GatewayOpcodes } from 'discord-api-types/v10';

/**
 * One gateway session (what IDENTIFY creates and RESUME continues). It owns the sequence numbers
 * and a bounded replay buffer, independent of any socket: while the shard is disconnected,
 * dispatches are only buffered, and a RESUME replays everything after the client's last seq.
 */
interface BufferedDispatch {
  readonly seq: number;
  readonly frame: string;
  /** Called the first time the frame reaches a live socket (interaction deadlines start then). */
  onFirstDelivery: (() => void) | undefined;
}

export class GatewaySession {
  readonly sessionId: string;
  readonly shardId: number;
  readonly shardCount: number;
  readonly intents: number;
  #seq = 0;
  #socket: WebSocket | null = null;
  readonly #buffer: BufferedDispatch[] = [];
  readonly #bufferLimit: number;

  constructor(options: {
    sessionId: string;
    shardId: number;
    shardCount: number;
    intents: number;
    bufferLimit: number;
  }) {
    this.sessionId = options.sessionId;
    this.shardId = options.shardId;
    this.shardCount = options.shardCount;
    this.intents = options.intents;
    this.#bufferLimit = options.bufferLimit;
  }

  get sequence(): number {
    return this.#seq;
  }

  get connected(): boolean {
    return this.#socket !== null;
  }

  get socket(): WebSocket | null {
    return this.#socket;
  }

  attach(socket: WebSocket): void {
    this.#socket = socket;
  }

  /** Forgets the socket only if it is still the current one (a newer RESUME may have replaced it). */
  detach(socket: WebSocket): void {
    if (this.#socket === socket) this.#socket = null;
  }

  /** Assigns the next sequence number, buffers the frame and sends it if a socket is attached. */
  dispatch(event: string, data: unknown, onFirstDelivery?: () => void): number {
    this.#seq += 1;
    const entry: BufferedDispatch = {
      seq: this.#seq,
      frame: JSON.stringify({ op: GatewayOpcodes.Dispatch, t: event, s: this.#seq, d: data }),
      onFirstDelivery,
    };
    this.#buffer.push(entry);
    if (this.#buffer.length > this.#bufferLimit) this.#buffer.shift();
    this.#send(entry);
    return this.#seq;
  }

  /**
   * Replays everything after `seq` to the attached socket. Returns false when the buffer no
   * longer reaches back that far, in which case Discord answers the RESUME with op 9 (false).
   */
  replayAfter(seq: number): boolean {
    if (seq > this.#seq) return false;
    const oldest = this.#buffer[0]?.seq ?? this.#seq + 1;
    if (seq + 1 < oldest) return false;
    for (const entry of this.#buffer) {
      if (entry.seq > seq) this.#send(entry);
    }
    return true;
  }

  #send(entry: BufferedDispatch): void {
    const socket = this.#socket;
    if (socket === null || socket.readyState !== socket.OPEN) return;
    socket.send(entry.frame);
    const callback = entry.onFirstDelivery;
    entry.onFirstDelivery = undefined;
    callback?.();
  }
}
