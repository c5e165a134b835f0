import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logging/logger.js';

/** Whether this process can answer now, plus what an operator may want to see (e.g. shards). */
export type HealthCheck = () => { readonly healthy: boolean } & Record<string, unknown>;

function send(res: ServerResponse, status: number, body: object, headers: object = {}): boolean {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
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
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(
      res,
      405,
      { error: 'method not allowed' },
      { allow: 'GET, HEAD', connection: 'close' },
    );
  }
  const { healthy, ...detail } = check();
  return healthy
    ? send(res, 200, { status: 'ok', ...detail })
    : send(res, 503, { status: 'unavailable', ...detail }, { connection: 'close' });
}

/** The health check on its own port, for processes that serve nothing else over HTTP. */
export async function startHealthServer(
  check: HealthCheck,
  port: number,
  host: string,
  logger: Logger,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (!answerHealthCheck(req, res, check)) send(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  logger.info(
    { port: (server.address() as AddressInfo).port },
    'health check listening on /healthz',
  );
  return server;
}
