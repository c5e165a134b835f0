import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

export interface WebhookRecorder {
  /** Stands in for DISCORD_API_BASE, e.g. http://127.0.0.1:PORT/api */
  readonly apiBase: string;
  readonly requests: RecordedRequest[];
  /** Resolves with the next request that arrives (or the earliest one not yet awaited). */
  next(): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** A tiny stand-in for Discord's webhook routes that records every request it receives. */
export async function startWebhookRecorder(): Promise<WebhookRecorder> {
  const requests: RecordedRequest[] = [];
  const waiting: ((request: RecordedRequest) => void)[] = [];
  let consumed = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const request: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        contentType: req.headers['content-type'],
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
      };
      requests.push(request);
      const waiter = waiting.shift();
      if (waiter !== undefined) {
        consumed++;
        waiter(request);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: '1', content: 'edited' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    requests,
    next() {
      const already = requests[consumed];
      if (already !== undefined) {
        consumed++;
        return Promise.resolve(already);
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}
