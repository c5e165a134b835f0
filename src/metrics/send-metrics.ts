import type { ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

/** Answers a GET or HEAD /metrics with the registry in Prometheus text format. */
export function sendMetrics(res: ServerResponse, registry: Registry): void {
  registry.metrics().then(
    (text) => {
      res.writeHead(200, {
        'content-type': registry.contentType,
        'content-length': Buffer.byteLength(text),
      });
      res.end(res.req.method === 'HEAD' ? undefined : text);
    },
    (err: unknown) => {
      const text = `metrics unavailable: ${err instanceof Error ? err.message : String(err)}\n`;
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
    },
  );
}
