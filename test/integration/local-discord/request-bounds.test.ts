import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDiscord, type LocalDiscord } from '../../../src/local-discord/local-discord.js';
import { DEFAULT_REST_LOG_LIMITS, RestLog } from '../../../src/local-discord/rest-log.js';
import { MAX_REQUEST_BYTES } from '../../../src/local-discord/rest-server.js';

let discord: LocalDiscord;

beforeAll(async () => {
  discord = await startLocalDiscord();
});
afterAll(async () => {
  await discord.close();
});

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly connection: string | undefined;
}

/**
 * POSTs `size` bytes of a JSON message body, streamed in 1 MiB chunks; `declare` sends a
 * Content-Length (otherwise chunked). Resolves with the answer even if the server stops reading.
 */
function postBody(size: number, declare: boolean): Promise<Answer> {
  const channel = discord.guilds[0]?.channels[0]?.id ?? '';
  const url = new URL(`${discord.restBaseUrl}/v10/channels/${channel}/messages`);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        authorization: `Bot ${discord.token}`,
        'content-type': 'application/json',
        ...(declare ? { 'content-length': String(size) } : {}),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(text) as unknown,
          connection: res.headers.connection,
        });
      });
    });
    // The server hanging up on a refused upload is expected; a missing response is not.
    req.on('error', (error) => {
      setTimeout(() => {
        reject(error);
      }, 1000);
    });
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    let sent = 0;
    const head = Buffer.from('{"content":"');
    const tail = Buffer.from('"}');
    const write = (): void => {
      while (sent < size) {
        const start = sent === 0 ? head : undefined;
        const room = size - sent - tail.length - (start?.length ?? 0);
        const piece = Buffer.concat([
          start ?? Buffer.alloc(0),
          chunk.subarray(0, Math.min(room, chunk.length)),
        ]);
        const last = sent + piece.length + tail.length >= size;
        const data = last ? Buffer.concat([piece, tail]) : piece;
        sent += data.length;
        if (!req.write(data)) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

describe('given the local Discord bounded as Discord is', { timeout: 30_000 }, () => {
  it('when a body over 25 MiB is declared, then 413 with Discord error 40005 before a byte is kept', async () => {
    const answer = await postBody(MAX_REQUEST_BYTES + 1, true);
    expect(answer).toEqual({
      status: 413,
      body: { message: 'Request entity too large', code: 40005 },
      connection: 'close',
    });
    expect(discord.restLog.records({ method: 'POST' }).at(-1)).toMatchObject({
      status: 413,
      body: null,
      bodyBytes: MAX_REQUEST_BYTES + 1,
    });
  });

  it('when a chunked body grows past 25 MiB, then 413 with Discord error 40005', async () => {
    const answer = await postBody(MAX_REQUEST_BYTES + 1024 * 1024, false);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ message: 'Request entity too large', code: 40005 });
  });

  it('when a body of exactly 25 MiB arrives, then the route judges it (here: content too long)', async () => {
    const answer = await postBody(MAX_REQUEST_BYTES, true);
    expect(answer.status).toBe(400);
  });

  it('when 10 requests of 5 MB arrive, then the log keeps only the newest within its byte budget', async () => {
    discord.restLog.clear();
    for (let i = 0; i < 10; i += 1) expect((await postBody(5_000_000, true)).status).toBe(400);

    const kept = discord.restLog.records();
    const keptBytes = kept.reduce((sum, record) => sum + record.bodyBytes, 0);
    expect(keptBytes).toBeLessThanOrEqual(DEFAULT_REST_LOG_LIMITS.maxBodyBytes);
    expect(kept.length).toBe(Math.floor(DEFAULT_REST_LOG_LIMITS.maxBodyBytes / 5_000_000));
  });
});

describe('given the REST log', () => {
  const record = (index: number, bodyBytes = 0) => ({
    at: index,
    method: 'GET',
    path: `/${index}`,
    query: {},
    body: null,
    files: [],
    bodyBytes,
    status: 200,
    injectedFault: false,
  });

  it('when more requests than its limit arrive, then it keeps the newest, oldest first', () => {
    const log = new RestLog({ maxRecords: 3, maxBodyBytes: 1000 });
    for (let i = 1; i <= 5; i += 1) log.add(record(i));
    expect(log.records().map((kept) => kept.path)).toEqual(['/3', '/4', '/5']);
  });

  it('when one request alone exceeds the byte budget, then it is still kept, alone', () => {
    const log = new RestLog({ maxRecords: 3, maxBodyBytes: 1000 });
    log.add(record(1, 400));
    log.add(record(2, 500));
    expect(log.records()).toHaveLength(2);
    log.add(record(3, 5000));
    expect(log.records().map((kept) => kept.path)).toEqual(['/3']);
    log.add(record(4, 10));
    expect(log.records().map((kept) => kept.path)).toEqual(['/4']);
  });
});
