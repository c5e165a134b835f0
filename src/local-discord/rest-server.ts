import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  methodNotAllowed,
  notFoundRoute,
  requestEntityTooLarge,
  unauthorized,
} from './discord-errors.js';
import { faultResponse, type RestFaultQueue } from './fault-injection.js';
import { parseRequestBody } from './request-body.js';
import type { RestLog } from './rest-log.js';
import type { RestResponse, RestRoute } from './rest-route.js';

/**
 * The HTTP side: `/api/v10/...` only. Order of checks mirrors Discord's edge: injected faults
 * (rate limits, 5xx) first, then routing, then authentication, then the route itself.
 */
export interface RestServerOptions {
  readonly host: string;
  readonly port: number;
  readonly token: string;
  readonly routes: readonly RestRoute[];
  readonly faults: RestFaultQueue;
  readonly log: RestLog;
  /** Told of every request a fault knob answered, so the interaction ledger can keep it. */
  readonly onFaultServed?: (method: string, path: string, status: number) => void;
  /** Largest request body accepted; larger ones get Discord's 413. Default MAX_REQUEST_BYTES. */
  readonly maxRequestBytes?: number;
}

const API_PREFIX = '/api/v10';

/** Discord's documented cap on a request ("the maximum request size when sending a message"). */
export const MAX_REQUEST_BYTES = 25 * 1024 * 1024;

/** The body, or undefined once it passes `limit` (the rest is never buffered). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        chunks.length = 0;
        request.removeAllListeners('data');
        request.pause();
        resolve(undefined);
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

export class RestServer {
  readonly #server: Server;
  readonly #options: RestServerOptions;
  #baseUrl = '';

  private constructor(options: RestServerOptions) {
    this.#options = options;
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch((error: unknown) => {
        // A bug in a route must surface as a 500 to the client, not a hung request.
        if (!response.headersSent) {
          this.#write(response, {
            status: 500,
            body: { message: '500: Internal Server Error', code: 0 },
          });
        }
        console.error('[local-discord] route failed', error);
      });
    });
    // Keep-alive sockets would hold the process open after close(); Discord closes idle ones too.
    this.#server.keepAliveTimeout = 1000;
  }

  static async start(options: RestServerOptions): Promise<RestServer> {
    const server = new RestServer(options);
    await new Promise<void>((resolve, reject) => {
      server.#server.once('error', reject);
      server.#server.listen(options.port, options.host, () => {
        resolve();
      });
    });
    const address = server.#server.address() as AddressInfo;
    server.#baseUrl = `http://${options.host}:${address.port}/api`;
    return server;
  }

  /** What discord.js takes as `rest.api`; it appends `/v10` itself. */
  get baseUrl(): string {
    return this.#baseUrl;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server.close(() => {
        resolve();
      });
      this.#server.closeAllConnections();
    });
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request, this.#options.maxRequestBytes ?? MAX_REQUEST_BYTES);
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://local');
    // discord.js percent-encodes `@original`; routes match on the decoded path.
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname;
    const parsed =
      raw === undefined ? undefined : parseRequestBody(raw, request.headers['content-type']);
    const base = {
      at: Date.now(),
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: parsed?.ok ? parsed.json : null,
      files: parsed?.ok ? parsed.files : [],
      bodyBytes: raw?.length ?? Number(request.headers['content-length'] ?? 0),
    };

    if (parsed === undefined) {
      const failure = requestEntityTooLarge();
      this.#options.log.add({ ...base, status: failure.status, injectedFault: false });
      // Close rather than drain the unread rest of the body.
      this.#write(response, { ...failure, headers: { Connection: 'close' } });
      return;
    }

    const fault = this.#options.faults.take(method, path);
    if (fault !== undefined) {
      const result = faultResponse(fault);
      this.#options.log.add({ ...base, status: result.status, injectedFault: true });
      this.#options.onFaultServed?.(method, path, result.status);
      this.#write(response, result);
      return;
    }

    const result = this.#route(
      request,
      method,
      path,
      url.searchParams,
      parsed.ok ? parsed.json : undefined,
      pathname,
    );
    this.#options.log.add({ ...base, status: result.status, injectedFault: false });
    this.#write(response, result);
  }

  #route(
    request: IncomingMessage,
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    fullPath: string,
  ): RestResponse {
    if (!fullPath.startsWith(`${API_PREFIX}/`)) return { status: 404, body: notFoundRoute().body };
    const candidates = this.#options.routes.filter((route) => route.pattern.test(path));
    if (candidates.length === 0) return { status: 404, body: notFoundRoute().body };
    const route = candidates.find((candidate) => candidate.method === method);
    if (route === undefined) return { status: 405, body: methodNotAllowed().body };
    if (route.auth === 'bot' && request.headers.authorization !== `Bot ${this.#options.token}`) {
      const failure = unauthorized();
      return { status: failure.status, body: failure.body };
    }
    if (body === undefined) {
      return {
        status: 400,
        body: { message: 'The request body contains invalid JSON.', code: 50109 },
      };
    }
    const params = route.pattern.exec(path)?.slice(1) ?? [];
    return route.handle({ method, path, query, body, params });
  }

  #write(response: ServerResponse, result: RestResponse): void {
    const headers: Record<string, string> = { ...(result.headers ?? {}) };
    let payload: string | undefined;
    if (result.body !== undefined && result.status !== 204) {
      payload = JSON.stringify(result.body);
      headers['Content-Type'] = 'application/json';
    }
    response.writeHead(result.status, headers);
    response.end(payload);
  }
}
