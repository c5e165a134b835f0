import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../../logging/logger.js';

/** Whether this process can answer now, plus what an operator may want to see (e.g. shards). */
type HealthCheck = () => { readonly healthy: boolean } & Record<string, unknown>;

/** Node writes no body for HEAD; the headers stay those of GET. */
function send(res: ServerResponse, status: number, text: string, headers: object = {}) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  return res.end(text);
}

/**
 * Answers `GET|HEAD /healthz` the same for every process (gateway, sharding manager, HTTP endpoint):
 * 200 `{"status":"ok",...}` while it can answer, 503 `{"status":"unavailable",...}` otherwise, so a
 * load balancer stops routing before the socket closes.
 */
export function answerHealthCheck(res: ServerResponse, check: HealthCheck): void {
  const { healthy, ...detail } = check();
  const body = JSON.stringify({ status: healthy ? 'ok' : 'unavailable', ...detail });
  send(res, healthy ? 200 : 503, body, healthy ? {} : { connection: 'close' });
}

/**
 * Healthy while every shard, here or across the sharding manager's processes, holds a live session
 * (discord.js keeps `client.isReady()` true after a shard closes for good).
 */
export function shardHealth(shards: () => readonly { id: number; ready: boolean }[]) {
  return () => {
    const all = shards();
    const ready = all.filter((shard) => shard.ready).map((shard) => shard.id);
    return {
      healthy: all.length > 0 && ready.length === all.length,
      shards: ready.sort((a, b) => a - b),
    };
  };
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

/** /healthz, and /metrics given a registry, on a port of its own; close() drops every socket. */
export async function startHealthServer(
  check: HealthCheck,
  port: number,
  host: string,
  logger: Logger,
  metrics?: Registry,
): Promise<{ readonly port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (path !== '/healthz' && (path !== '/metrics' || metrics === undefined)) {
      send(res, 404, '{"error":"not found"}');
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, '{"error":"method not allowed"}', { allow: 'GET, HEAD', connection: 'close' });
    } else if (metrics !== undefined && path === '/metrics') {
      sendMetrics(res, metrics);
    } else {
      answerHealthCheck(res, check);
    }
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
