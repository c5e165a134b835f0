import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { InteractionType } from 'discord-api-types/v10';
import type { Registry } from 'prom-client';
import type { SlashCommand } from '../../command-kit/slash-command.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';
import { createLogger, type Logger } from '../../logging/logger.js';
import { createInteractionMetrics, kindOf, outcomeOf } from '../../metrics/interaction-metrics.js';
import { sendMetrics } from '../../metrics/send-metrics.js';
import { trackConnections } from '../../shutdown/connection-drain.js';
import { answerHealthCheck } from '../health/health-check.js';
import { ERRORS, PONG, sendJson } from './json-replies.js';
import { interactionLabel, parseInteraction } from './parse-interaction.js';
import { declaresTooLargeBody, readBody } from './read-body.js';
import { checkSignatureHeaders, routeRequest } from './signed-request.js';
import { createSignatureVerifier } from './verify-signature.js';

export interface InteractionsServerOptions {
  /** The application's Ed25519 public key, 64 hex characters (Developer Portal > General Information). */
  readonly publicKey: string;
  readonly commands: readonly SlashCommand[];
  readonly logger?: Logger | undefined;
  /** Clock for the replay window, in ms since the epoch; injectable for tests. */
  readonly now?: (() => number) | undefined;
  /** Answers every other path (the web pages); without it they get a JSON 404. */
  readonly otherPaths?: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  /**
   * Counts every interaction into this registry and serves it on GET /metrics (see
   * src/metrics/process-registry.ts). Undefined turns metrics off: nothing counted, /metrics 404.
   */
  readonly metrics?: Registry | undefined;
}

export interface InteractionsServer {
  readonly server: Server;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
}

// Slow clients must not be able to pin sockets: these bound idle keep-alive, header and body time.
// Both request timeouts stay under SHUTDOWN_GRACE_MS, so a drain outlasts any slow client.
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const HEADERS_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 6_000;
const SOCKET_IDLE_TIMEOUT_MS = 30_000;
// Node enforces the two timeouts above only when it sweeps connections; the default sweep is 30 s.
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

export function createInteractionsServer(options: InteractionsServerOptions): InteractionsServer {
  const verify = createSignatureVerifier(options.publicKey);
  const handler = createInteractionHandler(options.commands);
  const logger = options.logger ?? createLogger('silent', false);
  const now = options.now ?? Date.now;
  const registry = options.metrics;
  const metrics = registry && createInteractionMetrics(registry);
  let draining = false;
  // Read once: checking the level on every request is work the ceiling does not do.
  const debug = logger.isLevelEnabled('debug');

  // Read once: the clock is read per request only when something will use it.
  const timed = debug || metrics !== undefined;

  const reject = (
    res: ServerResponse,
    status: number,
    body: Buffer,
    reason: string,
    close: boolean,
    started: number,
  ) => {
    sendJson(res, status, body, { close: close || draining });
    metrics?.record('unknown', 'rejected', started);
    if (debug) logger.debug({ status, reason }, 'Rejected request');
  };

  /** Everything after the body has arrived; any throw here is answered as a 500. */
  const answer = (
    res: ServerResponse,
    body: Buffer,
    signature: string,
    timestamp: string,
    started: number,
  ): void => {
    if (!verify(timestamp, body, signature)) {
      reject(res, 401, ERRORS.badSignature, 'bad signature', false, started);
      return;
    }
    const interaction = parseInteraction(body.toString('utf8'));
    if (interaction === undefined) {
      reject(res, 400, ERRORS.notAnInteraction, 'not an interaction', false, started);
      return;
    }

    let status = 200;
    if (interaction.type === InteractionType.Ping) {
      sendJson(res, 200, PONG, { close: draining });
      metrics?.record('ping', 'answered', started);
    } else {
      try {
        const response = handler(interaction);
        // Serialised exactly once; Content-Length comes from the same buffer.
        sendJson(res, 200, Buffer.from(JSON.stringify(response)), { close: draining });
        metrics?.record(kindOf(interaction.type), outcomeOf(response), started);
      } catch (err) {
        status = 500;
        metrics?.record(kindOf(interaction.type), 'failed', started);
        logger.error(
          { id: interaction.id, type: interaction.type, err },
          'Interaction handler failed',
        );
        sendJson(res, 500, ERRORS.internal, { close: draining });
      }
    }
    if (debug) {
      logger.debug(
        {
          id: interaction.id,
          type: interaction.type,
          name: interactionLabel(interaction),
          status,
          ms: Math.round((performance.now() - started) * 100) / 100,
        },
        'Interaction answered',
      );
    }
  };

  const failed = (res: ServerResponse, err: unknown): void => {
    logger.error({ err }, 'Unexpected failure while answering an interaction');
    if (!res.headersSent) sendJson(res, 500, ERRORS.internal, { close: true });
  };

  const onInteraction = (req: IncomingMessage, res: ServerResponse): void => {
    const started = timed ? performance.now() : 0;
    // Cheap checks first, before a byte of body is read; the body is then left unread, so the
    // connection is closed rather than drained.
    if (declaresTooLargeBody(req)) {
      reject(res, 413, ERRORS.tooLarge, 'content-length too large', true, started);
      return;
    }
    const headers = checkSignatureHeaders(
      req.headers['x-signature-ed25519'],
      req.headers['x-signature-timestamp'],
      now(),
    );
    if (!headers.ok) {
      reject(res, 401, ERRORS[headers.error], headers.error, true, started);
      return;
    }
    const { signature, timestamp } = headers;
    readBody(req, (read) => {
      if (read.kind === 'aborted') return;
      if (read.kind === 'too-large') {
        reject(res, 413, ERRORS.tooLarge, 'body too large', true, started);
        return;
      }
      try {
        answer(res, read.body, signature, timestamp, started);
      } catch (err) {
        failed(res, err);
      }
    });
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const route = routeRequest(req.method, path, registry !== undefined);
    switch (route.kind) {
      case 'interaction':
        try {
          onInteraction(req, res);
        } catch (err) {
          failed(res, err);
        }
        return;
      case 'health':
        // While draining, a load balancer should stop routing here before the socket closes.
        answerHealthCheck(req, res, () =>
          draining ? { healthy: false, reason: 'shutting down' } : { healthy: true },
        );
        return;
      case 'metrics':
        if (registry) sendMetrics(res, registry);
        return;
      case 'method-not-allowed':
        sendJson(res, 405, ERRORS.methodNotAllowed, { allow: route.allow, close: true });
        return;
      case 'not-found':
        if (options.otherPaths) options.otherPaths(req, res);
        else sendJson(res, 404, ERRORS.notFound, { close: true });
    }
  };

  const server = createServer({
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
  });
  server.timeout = SOCKET_IDLE_TIMEOUT_MS;
  const connections = trackConnections(server, onRequest);

  let closing: Promise<void> | undefined;

  return {
    server,
    listen(port, host) {
      return new Promise<AddressInfo>((resolve, rejectListen) => {
        server.once('error', rejectListen);
        server.listen(port, host, () => {
          server.off('error', rejectListen);
          const address = server.address();
          if (address === null || typeof address === 'string') {
            rejectListen(new Error('The server is not listening on a TCP port'));
          } else {
            resolve(address);
          }
        });
      });
    },
    close() {
      // Busy sockets get `Connection: close` on their last answer (see `draining`).
      draining = true;
      closing ??= connections.drain();
      return closing;
    },
  };
}
