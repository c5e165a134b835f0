import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { InteractionType, type APIInteraction } from 'discord-api-types/v10';
import { handleInteraction } from '../../core/handle-interaction.js';
import { createLogger, type Logger } from '../../logging/logger.js';
import {
  createSlowReplies,
  DEFAULT_API_BASE,
  DEFAULT_DEFER_AFTER_MS,
  type InteractionHandler,
  type Reply,
} from './defer-slow-replies.js';
import { ERRORS, HEALTHY, PONG, sendJson } from './json-replies.js';
import { interactionLabel, parseInteraction } from './parse-interaction.js';
import { declaresTooLargeBody, readBody } from './read-body.js';
import { createSignatureVerifier, isFreshTimestamp } from './verify-signature.js';

export type { InteractionHandler } from './defer-slow-replies.js';

export interface InteractionsServerOptions {
  /** The application's Ed25519 public key, 64 hex characters (Developer Portal > General Information). */
  readonly publicKey: string;
  readonly applicationId: string;
  /** Where follow-ups to deferred replies go; defaults to https://discord.com/api. */
  readonly apiBase?: string | undefined;
  readonly handler?: InteractionHandler | undefined;
  readonly logger?: Logger | undefined;
  /** How long a reply may take before it is deferred; defaults to 2500 ms. */
  readonly deferAfterMs?: number | undefined;
  /** Clock for the replay window, in ms since the epoch; injectable for tests. */
  readonly now?: (() => number) | undefined;
  /** Answers every other path (the web pages); without it they get a JSON 404. */
  readonly otherPaths?: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
}

export interface InteractionsServer {
  readonly server: Server;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests and pending follow-ups finish, then resolves. */
  close(): Promise<void>;
}

// Slow clients must not be able to pin sockets: these bound idle keep-alive, header and body time.
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;
const SOCKET_IDLE_TIMEOUT_MS = 30_000;
// Node enforces the two timeouts above only when it sweeps connections; the default sweep is 30 s.
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

export function createInteractionsServer(options: InteractionsServerOptions): InteractionsServer {
  const verify = createSignatureVerifier(options.publicKey);
  const handler = options.handler ?? handleInteraction;
  const logger = options.logger ?? createLogger('silent', false);
  const now = options.now ?? Date.now;
  const slowReplies = createSlowReplies({
    applicationId: options.applicationId,
    apiBase: (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, ''),
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    logger,
  });
  let draining = false;

  const reject = (
    res: ServerResponse,
    status: number,
    body: Buffer,
    reason: string,
    close: boolean,
  ) => {
    sendJson(res, status, body, { close: close || draining });
    if (logger.isLevelEnabled('debug')) logger.debug({ status, reason }, 'Rejected request');
  };

  const answer = async (interaction: APIInteraction): Promise<Reply> => {
    const result = handler(interaction);
    return result instanceof Promise
      ? slowReplies.reply(interaction, result)
      : { response: result, deferred: false };
  };

  const onInteraction = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    // Cheap checks first, before a byte of body is read; the body is then left unread, so the
    // connection is closed rather than drained.
    if (declaresTooLargeBody(req)) {
      reject(res, 413, ERRORS.tooLarge, 'content-length too large', true);
      return;
    }
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string') {
      reject(res, 401, ERRORS.missingSignature, 'missing signature headers', true);
      return;
    }
    if (!isFreshTimestamp(timestamp, now())) {
      reject(res, 401, ERRORS.staleTimestamp, 'timestamp outside replay window', true);
      return;
    }

    const read = await readBody(req);
    if (read.kind === 'aborted') return;
    if (read.kind === 'too-large') {
      reject(res, 413, ERRORS.tooLarge, 'body too large', true);
      return;
    }
    if (!verify(timestamp, read.body, signature)) {
      reject(res, 401, ERRORS.badSignature, 'bad signature', false);
      return;
    }
    const interaction = parseInteraction(read.body);
    if (interaction === undefined) {
      reject(res, 400, ERRORS.notAnInteraction, 'not an interaction', false);
      return;
    }

    let status = 200;
    let deferred = false;
    if (interaction.type === InteractionType.Ping) {
      sendJson(res, 200, PONG, { close: draining });
    } else {
      try {
        const reply = await answer(interaction);
        deferred = reply.deferred;
        // Serialised exactly once; Content-Length comes from the same buffer.
        sendJson(res, 200, Buffer.from(JSON.stringify(reply.response)), { close: draining });
      } catch (err) {
        status = 500;
        logger.error(
          { id: interaction.id, type: interaction.type, err },
          'Interaction handler failed',
        );
        sendJson(res, 500, ERRORS.internal, { close: draining });
      }
    }
    if (logger.isLevelEnabled('debug')) {
      logger.debug(
        {
          id: interaction.id,
          type: interaction.type,
          name: interactionLabel(interaction),
          status,
          deferred,
          ms: Math.round((performance.now() - started) * 100) / 100,
        },
        'Interaction answered',
      );
    }
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (path === '/interactions') {
      if (req.method === 'POST') {
        onInteraction(req, res).catch((err: unknown) => {
          logger.error({ err }, 'Unexpected failure while answering an interaction');
          if (!res.headersSent) sendJson(res, 500, ERRORS.internal, { close: true });
        });
        return;
      }
      sendJson(res, 405, ERRORS.methodNotAllowed, { allow: 'POST', close: true });
      return;
    }
    if (path === '/healthz') {
      if (req.method === 'GET' || req.method === 'HEAD') {
        const headOnly = req.method === 'HEAD';
        // While draining, a load balancer should stop routing here before the socket closes.
        if (draining) sendJson(res, 503, ERRORS.shuttingDown, { close: true, headOnly });
        else sendJson(res, 200, HEALTHY, { headOnly });
        return;
      }
      sendJson(res, 405, ERRORS.methodNotAllowed, { allow: 'GET, HEAD', close: true });
      return;
    }
    if (options.otherPaths) options.otherPaths(req, res);
    else sendJson(res, 404, ERRORS.notFound, { close: true });
  };

  const server = createServer(
    {
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
    },
    onRequest,
  );
  server.timeout = SOCKET_IDLE_TIMEOUT_MS;

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
      closing ??= new Promise<void>((resolve, rejectClose) => {
        draining = true;
        server.close((err) => {
          if (
            err !== undefined &&
            (err as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING'
          ) {
            rejectClose(err);
          } else {
            resolve();
          }
        });
        // Idle keep-alive sockets would otherwise hold close() open until they time out; busy
        // ones get `Connection: close` on their last answer (see `draining`).
        server.closeIdleConnections();
      }).then(() => slowReplies.settled());
      return closing;
    },
  };
}
