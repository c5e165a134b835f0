import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../../logging/logger.js';

/** Whether this process can answer now, plus what an operator may want to see (e.g. shards). */
type HealthCheck = () => { readonly healthy: boolean } & Record<string, unknown>;

/** Node writes no body for HEAD; the headers stay those of GET. */
function send(res: ServerResponse, status: number, text: string, headers: object = {}): boolean {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
  return true;
}

/**
 * `GET|HEAD /healthz`, the same for every process (gateway, sharding manager, HTTP endpoint):
 * 200 `{"status":"ok",...}` while it can answer, 503 `{"status":"unavailable",...}` otherwise, so a
 * load balancer stops routing before the socket closes. Returns false for any other path.
 */
export function answerHealthCheck(
  req: IncomingMessage,
  res: ServerResponse,
  check: HealthCheck,
): boolean {
  if (req.url?.split('?')[0] !== '/healthz') return false;
  if (refusedUnlessRead(req, res)) return true;
  const { healthy, ...detail } = check();
  return healthy
    ? send(res, 200, JSON.stringify({ status: 'ok', ...detail }))
    : send(res, 503, JSON.stringify({ status: 'unavailable', ...detail }), { connection: 'close' });
}

/** Answers a GET or HEAD /metrics with the registry in Prometheus text format. */
export function sendMetrics(res: ServerResponse, registry: Registry): void {
  registry.metrics().then(
    (text) => send(res, 200, text, { 'content-type': registry.contentType }),
    (err: unknown) => {
      const text = `metrics unavailable: ${err instanceof Error ? err.message : String(err)}\n`;
      send(res, 500, text, { 'content-type': 'text/plain; charset=utf-8' });
    },
  );
}

/** Answers 405 to anything but GET or HEAD, as /healthz and /metrics both do. */
function refusedUnlessRead(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  const headers = { allow: 'GET, HEAD', connection: 'close' };
  return send(res, 405, '{"error":"method not allowed"}', headers);
}

/** /healthz, and /metrics given a registry, on a port of its own; close() drops every socket. */
export async function startHealthServer(
  check: HealthCheck,
  port: number,
  host: string,
  logger: Logger,
  metrics?: Registry,
): Promise<{ readonly port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (answerHealthCheck(req, res, check)) return;
    if (metrics !== undefined && req.url?.split('?')[0] === '/metrics') {
      if (!refusedUnlessRead(req, res)) sendMetrics(res, metrics);
      return;
    }
    send(res, 404, '{"error":"not found"}');
  });
  server.listen(port, host);
  await once(server, 'listening');
  const listening = (server.address() as AddressInfo).port;
  logger.info({ port: listening }, 'health check listening on /healthz');
  return {
    port: listening,
    close: async () => {
      server.close();
      // A silent or half-sent connection would hold close() open.
      server.closeAllConnections();
      await once(server, 'close');
    },
  };
}
