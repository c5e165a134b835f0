import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { SlashCommand } from '../../command-kit/slash-command.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';
import { createLogger, type Logger } from '../../logging/logger.js';
import { createInteractionMetrics, kindOf, outcomeOf } from '../../metrics/interaction-metrics.js';
import { trackConnections } from '../../shutdown/connection-drain.js';
import { answerHealthCheck, sendMetrics } from '../health/health-check.js';
import {
  answerBody,
  checkHeaders,
  ERROR_JSON,
  interactionLabel,
  MAX_BODY_BYTES,
  REFUSED,
  routeRequest,
  type Reply,
} from './signed-request.js';
import { createSignatureVerifier } from './verify-signature.js';

export interface InteractionsServerOptions {
  /** The application's Ed25519 public key, 64 hex characters (Developer Portal > General Information). */
  readonly publicKey: string;
  readonly commands: readonly SlashCommand[];
  readonly logger?: Logger | undefined;
  /** Answers every other path (the web pages); without it they get a JSON 404. */
  readonly otherPaths?: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  /** Counts every interaction here and serves it on GET /metrics; undefined: no counting, /metrics 404. */
  readonly metrics?: Registry | undefined;
}

export type InteractionsServer = ReturnType<typeof createInteractionsServer>;

/**
 * The body, or undefined the moment it crosses the limit (chunked uploads declare no length); a
 * client gone mid-body gets no call, there is no one to answer. A callback: a promise's microtask
 * hop is CPU the bare-node ceiling does not pay (docs/benchmarks.md, HTTP endpoint).
 */
function readBody(req: IncomingMessage, done: (body: Buffer | undefined) => void): void {
  const chunks: Buffer[] = [];
  let received = 0;
  const onData = (chunk: Buffer): void => {
    received += chunk.length;
    if (received <= MAX_BODY_BYTES) {
      chunks.push(chunk);
      return;
    }
    req.off('data', onData);
    req.off('end', onEnd);
    req.pause();
    done(undefined);
  };
  const onEnd = (): void => {
    // The common case is one chunk; skip the copy Buffer.concat would make.
    done(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received));
  };
  req.on('data', onData);
  req.on('end', onEnd);
}

export function createInteractionsServer(options: InteractionsServerOptions) {
  const verify = createSignatureVerifier(options.publicKey);
  const handler = createInteractionHandler(options.commands);
  const logger = options.logger ?? createLogger('silent', false);
  const registry = options.metrics;
  const metrics = registry && createInteractionMetrics(registry);
  let draining = false;
  // Read once: checking the level on every request is work the ceiling does not do.
  const debug = logger.isLevelEnabled('debug');
  // The clock is read per request only when a log line or a metric will use it.
  const timed = debug || metrics !== undefined;

  /** JSON with an exact Content-Length; `close` when the body was left unread or while draining. */
  const send = (res: ServerResponse, status: number, body: string, close: boolean, allow = '') => {
    const bytes = Buffer.from(body);
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': bytes.length,
    };
    if (close || draining) headers.connection = 'close';
    if (allow) headers.allow = allow;
    res.writeHead(status, headers);
    res.end(bytes);
  };

  const respond = (res: ServerResponse, reply: Reply, close: boolean, started: number) => {
    send(res, reply.status, reply.body, close);
    if (!reply.ok) {
      metrics?.record('unknown', 'rejected', started);
      if (debug) logger.debug({ status: reply.status, reason: reply.reason }, 'Rejected request');
      return;
    }
    const { interaction, response, status } = reply;
    metrics?.record(kindOf(interaction.type), outcomeOf(response), started);
    if (debug) {
      const { id, type } = interaction;
      const ms = Math.round((performance.now() - started) * 100) / 100;
      logger.debug(
        { id, type, name: interactionLabel(interaction), status, ms },
        'Interaction answered',
      );
    }
  };

  const onInteraction = (req: IncomingMessage, res: ServerResponse): void => {
    const started = timed ? performance.now() : 0;
    // Cheap checks first: a refusal leaves the body unread, so the connection is closed, not drained.
    const headers = checkHeaders((name) => req.headers[name]);
    if (!headers.ok) {
      respond(res, headers, true, started);
      return;
    }
    readBody(req, (body) => {
      try {
        const reply =
          body === undefined
            ? REFUSED.tooLarge
            : verify(headers.timestamp, body, headers.signature)
              ? answerBody(handler, body.toString('utf8'))
              : REFUSED.badSignature;
        respond(res, reply, body === undefined, started);
      } catch (err) {
        // The safety net: a throw on the way is answered as a 500, never a crash.
        logger.error({ err }, 'Unexpected failure while answering an interaction');
        if (!res.headersSent) send(res, 500, ERROR_JSON.internal, true);
      }
    });
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const route = routeRequest(req.method, req.url ?? '', registry !== undefined);
    if (route === 'interaction') {
      onInteraction(req, res);
    } else if (route === 'health') {
      // While draining, a load balancer should stop routing here before the socket closes.
      answerHealthCheck(res, () =>
        draining ? { healthy: false, reason: 'shutting down' } : { healthy: true },
      );
    } else if (route === 'metrics') {
      if (registry) sendMetrics(res, registry);
    } else if (route !== 'other') {
      send(res, 405, ERROR_JSON.methodNotAllowed, true, route.allow);
    } else if (options.otherPaths) {
      options.otherPaths(req, res);
    } else {
      send(res, 404, ERROR_JSON.notFound, true);
    }
  };

  // Slow clients must not be able to pin sockets: these bound idle keep-alive, header and body time.
  // Both request timeouts stay under SHUTDOWN_GRACE_MS, so a drain outlasts any slow client.
  const server = createServer({
    keepAliveTimeout: 5_000,
    headersTimeout: 5_000,
    requestTimeout: 6_000,
    // Node enforces the two timeouts above only when it sweeps connections; the default sweep is 30 s.
    connectionsCheckingInterval: 1_000,
  });
  server.timeout = 30_000;
  const connections = trackConnections(server, onRequest);

  return {
    server,
    async listen(port: number, host?: string) {
      server.listen(port, host);
      await once(server, 'listening');
      return server.address() as AddressInfo;
    },
    /** Stops accepting, lets in-flight requests finish, then resolves. */
    close() {
      // Busy sockets get `Connection: close` on their last answer (see `draining`).
      draining = true;
      return connections.drain();
    },
  };
}
