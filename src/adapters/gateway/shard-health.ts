import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logging/logger.js';

/**
 * Which of this process's shards hold a live session. Kept from shard events rather than
 * `client.isReady()`, which stays true after a shard closes for good.
 */
export class ShardHealth {
  private readonly connected = new Set<number>();

  constructor(private readonly expectedShards: () => number) {}

  markConnected(shardId: number): void {
    this.connected.add(shardId);
  }

  markDisconnected(shardId: number): void {
    this.connected.delete(shardId);
  }

  get connectedShards(): readonly number[] {
    return [...this.connected].sort((a, b) => a - b);
  }

  get healthy(): boolean {
    const expected = this.expectedShards();
    return expected > 0 && this.connected.size === expected;
  }
}

/** `GET /healthz`: 200 while every shard is connected, 503 otherwise. For load balancers and k8s. */
export async function startHealthServer(
  health: ShardHealth,
  port: number,
  host: string,
  logger: Logger,
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url !== '/healthz') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const body = JSON.stringify({ healthy: health.healthy, shards: health.connectedShards });
    response
      .writeHead(health.healthy ? 200 : 503, { 'content-type': 'application/json' })
      .end(body);
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
