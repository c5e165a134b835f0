import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer } from '../../../src/adapters/health/health-check.js';
import { createLogger } from '../../../src/logging/logger.js';

let server: Awaited<ReturnType<typeof startHealthServer>> | undefined;
let healthy = true;

async function start(): Promise<string> {
  server = await startHealthServer(
    () => ({ healthy, shards: [0, 1] }),
    0,
    '127.0.0.1',
    createLogger('silent', false),
  );
  return `http://127.0.0.1:${String(server.port)}`;
}

afterEach(async () => {
  await server?.close();
  healthy = true;
});

describe('the one health check (gateway, sharding manager and HTTP endpoint share it)', () => {
  it('given a healthy process, when GET /healthz, then 200 {"status":"ok"} with its details', async () => {
    const base = await start();
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', shards: [0, 1] });
  });

  it('given an unhealthy process, when GET /healthz, then 503 {"status":"unavailable"}', async () => {
    const base = await start();
    healthy = false;
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', shards: [0, 1] });
  });

  it('when HEAD /healthz, then the GET status and headers without a body', async () => {
    const base = await start();
    const res = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await res.text()).toBe('');
  });

  it('when POST /healthz, then 405 with Allow: GET, HEAD; another path is 404 JSON', async () => {
    const base = await start();
    const post = await fetch(`${base}/healthz`, { method: 'POST', body: '' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const other = await fetch(`${base}/status`);
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: 'not found' });
  });
});
