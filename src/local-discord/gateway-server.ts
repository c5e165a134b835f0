import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayOpcodes,
  type APIUser,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';
import { WebSocketServer, type WebSocket } from 'ws';
import { ChangeSignal, type WaitOptions } from './change-signal.js';
import { isEnumValue } from './discord-enums.js';
import type { GatewayFaults } from './fault-injection.js';
import { guildCreatePayload, type FixtureGuild } from './fixtures.js';
import { GatewaySession } from './gateway-session.js';
import { shardForGuild } from './snowflake.js';

/**
 * The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE per guild of the shard, heartbeats,
 * RESUME with replay, and the failure modes Discord produces (close codes, op 7, op 9, drops).
 *
 * Protocol notes that matter to clients:
 * - Only `encoding=json` is spoken. `compress=zlib-stream` is accepted but frames are still sent
 *   as uncompressed text; @discordjs/ws parses text frames directly in either mode.
 * - `resume_gateway_url` points at `/resume` on the same port so tests can tell which URL a
 *   client reconnected to.
 * - A client closing with 1000/1001 invalidates its session (Discord's documented behaviour);
 *   any other close, or a dropped connection, keeps it resumable.
 */
export interface GatewayServerOptions {
  readonly host: string;
  readonly port: number;
  readonly token: string;
  readonly bot: APIUser;
  readonly applicationId: string;
  readonly applicationFlags: number;
  readonly heartbeatIntervalMs: number;
  readonly replayBufferSize: number;
  readonly guilds: readonly FixtureGuild[];
}

export interface GatewayStats {
  /** WebSocket connections accepted. */
  connections: number;
  /** IDENTIFY payloads that produced a READY. */
  identified: number;
  /** RESUME payloads that produced a RESUMED. */
  resumed: number;
  /** Connections made to the resume URL rather than the initial gateway URL. */
  resumeUrlConnections: number;
  heartbeats: number;
  /** op 9 INVALID_SESSION frames sent (by knob or because a resume failed). */
  invalidSessionsSent: number;
  /** Close codes the clients used when they closed their side. */
  clientCloseCodes: number[];
  /** Close codes the stand-in closed sockets with. */
  serverCloseCodes: number[];
}

export interface ShardView {
  readonly shardId: number;
  readonly shardCount: number;
  readonly sessionId: string;
  readonly connected: boolean;
  readonly sequence: number;
  /** True once every GUILD_CREATE of the READY burst was written. */
  readonly guildsSent: boolean;
}

interface Connection {
  readonly socket: WebSocket;
  session: GatewaySession | null;
  closedByServer: boolean;
}

const CloseReason: Partial<Record<number, string>> = {
  [GatewayCloseCodes.UnknownError]: 'Unknown error.',
  [GatewayCloseCodes.UnknownOpcode]: 'Unknown opcode.',
  [GatewayCloseCodes.DecodeError]: 'Error while decoding payload.',
  [GatewayCloseCodes.NotAuthenticated]: 'Not authenticated.',
  [GatewayCloseCodes.AuthenticationFailed]: 'Authentication failed.',
  [GatewayCloseCodes.AlreadyAuthenticated]: 'Already authenticated.',
  [GatewayCloseCodes.InvalidSeq]: 'Invalid seq.',
  [GatewayCloseCodes.SessionTimedOut]: 'Session timed out.',
  [GatewayCloseCodes.InvalidShard]: 'Invalid shard.',
  [GatewayCloseCodes.InvalidAPIVersion]: 'Invalid API version.',
  [GatewayCloseCodes.InvalidIntents]: 'Invalid intent(s).',
};

// Frames are tiny except READY bursts; yield every N GUILD_CREATEs so timers and heartbeats
// keep running while thousands of guilds stream out.
const GUILD_CREATES_PER_TICK = 100;

type JsonRecord = Record<string, unknown>;

// discord-api-types marks `application.flags_new` required; Discord's READY only carries id + flags.
type ReadyData = Omit<GatewayReadyDispatchData, 'application'> &
  JsonRecord & { application: { id: string; flags: number } };

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class GatewayServer implements GatewayFaults {
  readonly changes = new ChangeSignal();
  readonly stats: GatewayStats = {
    connections: 0,
    identified: 0,
    resumed: 0,
    resumeUrlConnections: 0,
    heartbeats: 0,
    invalidSessionsSent: 0,
    clientCloseCodes: [],
    serverCloseCodes: [],
  };
  readonly #options: GatewayServerOptions;
  readonly #wss: WebSocketServer;
  readonly #sessionsByShard = new Map<number, GatewaySession>();
  readonly #sessionsById = new Map<string, GatewaySession>();
  readonly #guildsSent = new WeakSet<GatewaySession>();
  readonly #connections = new Set<Connection>();
  readonly #identifyRejections: number[] = [];
  #url = '';

  private constructor(options: GatewayServerOptions, wss: WebSocketServer) {
    this.#options = options;
    this.#wss = wss;
    wss.on('connection', (socket, request) => {
      this.#accept(socket, request);
    });
  }

  static async start(options: GatewayServerOptions): Promise<GatewayServer> {
    const wss = new WebSocketServer({ host: options.host, port: options.port });
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', resolve);
      wss.once('error', reject);
    });
    const server = new GatewayServer(options, wss);
    const address = wss.address() as AddressInfo;
    server.#url = `ws://${options.host}:${address.port}`;
    return server;
  }

  /** What GET /gateway(/bot) reports; clients append `?v=10&encoding=json`. */
  get url(): string {
    return this.#url;
  }

  get resumeUrl(): string {
    return `${this.#url}/resume`;
  }

  shards(): ShardView[] {
    return [...this.#sessionsByShard.values()].map((session) => ({
      shardId: session.shardId,
      shardCount: session.shardCount,
      sessionId: session.sessionId,
      connected: session.connected,
      sequence: session.sequence,
      guildsSent: this.#guildsSent.has(session),
    }));
  }

  /** The shard a guild's events go to under the shard count the connected client chose. */
  shardForGuild(guildId: string): number {
    const anySession = this.#sessionsByShard.values().next().value;
    if (anySession === undefined) throw new Error('No shard has identified yet');
    return shardForGuild(guildId, anySession.shardCount);
  }

  /** Sends (or, while the shard is down, buffers) a dispatch event for one shard. */
  dispatch(shardId: number, event: string, data: unknown, onFirstDelivery?: () => void): number {
    const session = this.#sessionsByShard.get(shardId);
    if (session === undefined) throw new Error(`Shard ${shardId} has no gateway session`);
    const seq = session.dispatch(event, data, onFirstDelivery);
    this.changes.notify();
    return seq;
  }

  waitForShardReady(shardId: number, options?: WaitOptions): Promise<ShardView> {
    return this.changes.waitFor(
      () =>
        this.shards().find(
          (shard) => shard.shardId === shardId && shard.connected && shard.guildsSent,
        ),
      `shard ${shardId} to be connected and have received its guilds`,
      options,
    );
  }

  waitForStats(
    predicate: (stats: Readonly<GatewayStats>) => boolean,
    description: string,
    options?: WaitOptions,
  ): Promise<GatewayStats> {
    return this.changes.waitFor(
      () => (predicate(this.stats) ? this.stats : undefined),
      description,
      options,
    );
  }

  // ---- fault knobs -------------------------------------------------------------------------

  closeShard(shardId: number, code: number, reason?: string): void {
    const connection = this.#connectionFor(shardId);
    this.#close(connection, code, reason);
  }

  dropShard(shardId: number): void {
    const connection = this.#connectionFor(shardId);
    connection.closedByServer = true;
    connection.socket.terminate();
  }

  requestReconnect(shardId: number): void {
    const connection = this.#connectionFor(shardId);
    // Like Discord, send nothing more on a socket told to reconnect: later events wait in the
    // session's buffer and are replayed on RESUME.
    connection.session?.detach(connection.socket);
    this.#sendOp(connection.socket, GatewayOpcodes.Reconnect, null);
  }

  invalidateSession(shardId: number, resumable: boolean): void {
    const connection = this.#connectionFor(shardId);
    if (!resumable && connection.session !== null) this.#forget(connection.session);
    // An invalidated socket carries no more events. discord.js reads its sequence when op 9
    // arrives and resumes from there, so an event still sent here would be replayed and handled
    // twice; Discord never does that, and neither does the stand-in.
    connection.session?.detach(connection.socket);
    this.#sendInvalidSession(connection.socket, resumable);
  }

  rejectNextIdentify(code: number): void {
    this.#identifyRejections.push(code);
  }

  async close(): Promise<void> {
    for (const connection of this.#connections) {
      connection.closedByServer = true;
      connection.socket.terminate();
    }
    this.changes.cancelAll('gateway closed');
    await new Promise<void>((resolve, reject) => {
      this.#wss.close((error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  }

  // ---- protocol ----------------------------------------------------------------------------

  #accept(socket: WebSocket, request: IncomingMessage): void {
    const connection: Connection = { socket, session: null, closedByServer: false };
    this.#connections.add(connection);
    this.stats.connections += 1;
    const url = new URL(request.url ?? '/', 'ws://local');
    if (url.pathname.startsWith('/resume')) this.stats.resumeUrlConnections += 1;
    this.changes.notify();

    socket.on('close', (code) => {
      this.#connections.delete(connection);
      if (!connection.closedByServer) this.stats.clientCloseCodes.push(code);
      const session = connection.session;
      if (session !== null) {
        session.detach(socket);
        // Discord's rule: a client's 1000/1001 close ends the session; anything else can resume.
        if (!connection.closedByServer && (code === 1000 || code === 1001)) this.#forget(session);
      }
      this.changes.notify();
    });
    socket.on('error', () => {
      // Socket errors are followed by 'close', which does the bookkeeping.
    });
    socket.on('message', (raw, isBinary) => {
      // Clients speak JSON text frames; a binary frame is undecodable (we never negotiate ETF).
      const text = isBinary || !Buffer.isBuffer(raw) ? null : raw.toString('utf8');
      void this.#onMessage(connection, text);
    });

    if (url.searchParams.get('v') !== '10') {
      this.#close(connection, GatewayCloseCodes.InvalidAPIVersion);
      return;
    }
    if ((url.searchParams.get('encoding') ?? 'json') !== 'json') {
      this.#close(connection, GatewayCloseCodes.DecodeError);
      return;
    }
    this.#sendOp(socket, GatewayOpcodes.Hello, {
      heartbeat_interval: this.#options.heartbeatIntervalMs,
      _trace: ['["local-discord-gateway",{"micros":0}]'],
    });
  }

  async #onMessage(connection: Connection, text: string | null): Promise<void> {
    let payload: unknown;
    try {
      payload = text === null ? undefined : JSON.parse(text);
    } catch {
      payload = undefined;
    }
    if (!isRecord(payload) || typeof payload.op !== 'number') {
      this.#close(connection, GatewayCloseCodes.DecodeError);
      return;
    }
    if (!isEnumValue(GatewayOpcodes, payload.op)) {
      this.#close(connection, GatewayCloseCodes.UnknownOpcode);
      return;
    }
    const data = payload.d;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.stats.heartbeats += 1;
        this.#sendOp(connection.socket, GatewayOpcodes.HeartbeatAck, null);
        this.changes.notify();
        return;
      case GatewayOpcodes.Identify:
        await this.#identify(connection, data);
        return;
      case GatewayOpcodes.Resume:
        this.#resume(connection, data);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (connection.session === null)
          this.#close(connection, GatewayCloseCodes.NotAuthenticated);
        return;
      default:
        this.#close(connection, GatewayCloseCodes.UnknownOpcode);
    }
  }

  async #identify(connection: Connection, data: unknown): Promise<void> {
    if (connection.session !== null) {
      this.#close(connection, GatewayCloseCodes.AlreadyAuthenticated);
      return;
    }
    if (!isRecord(data) || data.token !== this.#options.token) {
      this.#close(connection, GatewayCloseCodes.AuthenticationFailed);
      return;
    }
    const injectedCode = this.#identifyRejections.shift();
    if (injectedCode !== undefined) {
      this.#close(connection, injectedCode);
      return;
    }
    const shard = Array.isArray(data.shard) ? (data.shard as unknown[]) : [0, 1];
    const [shardId, shardCount] = shard;
    if (
      typeof shardId !== 'number' ||
      typeof shardCount !== 'number' ||
      !Number.isInteger(shardId) ||
      !Number.isInteger(shardCount) ||
      shardCount < 1 ||
      shardId < 0 ||
      shardId >= shardCount
    ) {
      this.#close(connection, GatewayCloseCodes.InvalidShard);
      return;
    }
    if (typeof data.intents !== 'number') {
      this.#close(connection, GatewayCloseCodes.DecodeError);
      return;
    }

    const previous = this.#sessionsByShard.get(shardId);
    if (previous !== undefined) this.#forget(previous);
    const session = new GatewaySession({
      sessionId: randomBytes(16).toString('hex'),
      shardId,
      shardCount,
      intents: data.intents,
      bufferLimit: this.#options.replayBufferSize,
    });
    this.#sessionsByShard.set(shardId, session);
    this.#sessionsById.set(session.sessionId, session);
    connection.session = session;
    session.attach(connection.socket);

    const guilds = this.#options.guilds.filter(
      (guild) => shardForGuild(guild.id, shardCount) === shardId,
    );
    const ready: ReadyData = {
      v: 10,
      user_settings: {},
      user: this.#options.bot,
      session_type: 'normal',
      session_id: session.sessionId,
      resume_gateway_url: this.resumeUrl,
      relationships: [],
      private_channels: [],
      presences: [],
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['local'],
      auth: {},
      application: { id: this.#options.applicationId, flags: this.#options.applicationFlags },
      shard: [shardId, shardCount],
      _trace: ['["local-discord-gateway",{"micros":0}]'],
    };
    this.stats.identified += 1;
    session.dispatch(GatewayDispatchEvents.Ready, ready);
    this.changes.notify();

    for (let index = 0; index < guilds.length; index += 1) {
      const guild = guilds[index];
      if (guild === undefined) continue;
      session.dispatch(
        GatewayDispatchEvents.GuildCreate,
        guildCreatePayload(guild, this.#options.bot),
      );
      if ((index + 1) % GUILD_CREATES_PER_TICK === 0) await yieldToEventLoop();
      if (this.#sessionsById.get(session.sessionId) !== session) return;
    }
    this.#guildsSent.add(session);
    this.changes.notify();
  }

  #resume(connection: Connection, data: unknown): void {
    if (!isRecord(data) || typeof data.session_id !== 'string' || typeof data.seq !== 'number') {
      this.#close(connection, GatewayCloseCodes.DecodeError);
      return;
    }
    if (data.token !== this.#options.token) {
      this.#close(connection, GatewayCloseCodes.AuthenticationFailed);
      return;
    }
    const session = this.#sessionsById.get(data.session_id);
    if (session === undefined) {
      this.#sendInvalidSession(connection.socket, false);
      return;
    }
    const oldSocket = session.socket;
    if (oldSocket !== null && oldSocket !== connection.socket) {
      // A session lives on one socket at a time; the stale one is cut without a close frame.
      const stale = [...this.#connections].find((candidate) => candidate.socket === oldSocket);
      if (stale) stale.closedByServer = true;
      oldSocket.terminate();
    }
    connection.session = session;
    session.attach(connection.socket);
    if (!session.replayAfter(data.seq)) {
      this.#forget(session);
      this.#sendInvalidSession(connection.socket, false);
      return;
    }
    session.dispatch(GatewayDispatchEvents.Resumed, {
      _trace: ['["local-discord-gateway",{"micros":0}]'],
    });
    this.#guildsSent.add(session);
    this.stats.resumed += 1;
    this.changes.notify();
  }

  #forget(session: GatewaySession): void {
    this.#sessionsById.delete(session.sessionId);
    if (this.#sessionsByShard.get(session.shardId) === session) {
      this.#sessionsByShard.delete(session.shardId);
    }
    this.changes.notify();
  }

  #connectionFor(shardId: number): Connection {
    const session = this.#sessionsByShard.get(shardId);
    const socket = session?.socket;
    const connection = [...this.#connections].find((candidate) => candidate.socket === socket);
    if (connection === undefined) throw new Error(`Shard ${shardId} is not connected`);
    return connection;
  }

  #sendInvalidSession(socket: WebSocket, resumable: boolean): void {
    this.stats.invalidSessionsSent += 1;
    this.#sendOp(socket, GatewayOpcodes.InvalidSession, resumable);
    this.changes.notify();
  }

  #sendOp(socket: WebSocket, op: GatewayOpcodes, data: unknown): void {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(JSON.stringify({ op, d: data, s: null, t: null }));
  }

  #close(connection: Connection, code: number, reason?: string): void {
    connection.closedByServer = true;
    this.stats.serverCloseCodes.push(code);
    connection.socket.close(code, reason ?? CloseReason[code] ?? '');
    this.changes.notify();
  }
}
