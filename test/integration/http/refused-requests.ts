/**
 * The requests the interactions endpoint refuses, and the nearest ones it still accepts: one table
 * (request in, status, headers and body out) run against both front doors that share the request
 * flow of src/adapters/http/signed-request.ts, the Node endpoint (interactions-endpoint.test.ts)
 * and the Cloudflare Worker (test/integration/workers/worker-endpoint.test.ts).
 */
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { nowSeconds, signedHeaders } from '../../../fixtures/ed25519-signer.js';
import { chatInputInteraction, pingInteraction } from '../../../fixtures/sample-interactions.js';
import type { SigningKeys } from './fuzz-cases.js';
import { rawExchange, requestHead } from './raw-http.js';

/** What a front door answered, as the tests compare it. */
export interface Answer {
  /** Undefined when it hung up without answering. */
  readonly status: number | undefined;
  readonly contentType: string | null;
  readonly allow: string | null;
  readonly text: string;
}

export async function toAnswer(res: {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}): Promise<Answer> {
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    allow: res.headers.get('allow'),
    text: await res.text(),
  };
}

/** What a test sends: plain enough for both Miniflare's dispatchFetch and Node's fetch. */
export interface Sent {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface FrontDoor {
  readonly send: (path: string, sent: Sent) => Promise<Answer>;
  /** Its port on 127.0.0.1, for the requests only a bare socket can send. */
  readonly port: () => number;
  /** Web pages answer the paths the endpoint does not serve, instead of a JSON 404. */
  readonly servesPages: boolean;
}

/** Fetched, or written on a bare socket: what no well-behaved client sends. */
type Request = (Sent & { readonly path?: string }) | { readonly write: (socket: Socket) => void };

interface Expected {
  readonly status: number;
  readonly allow?: string;
  readonly text: string;
}

interface Case {
  readonly when: string;
  /** Built as the test runs, so its timestamp is fresh. */
  readonly request: () => Request;
  readonly then: Expected;
  /** Only where no web pages take the paths the endpoint does not serve. */
  readonly withoutPages?: true;
}

const refused = (status: number, error: string, allow?: string): Expected => ({
  status,
  text: JSON.stringify({ error }),
  ...(allow !== undefined && { allow }),
});

const UNSIGNED = refused(401, 'missing X-Signature-Ed25519 or X-Signature-Timestamp header');
const BAD_SIGNATURE = refused(401, 'invalid request signature');
const NOT_SECONDS = refused(401, 'X-Signature-Timestamp must be whole unix seconds');
const STALE = refused(401, 'X-Signature-Timestamp is outside the 5 minute window');
const NOT_AN_INTERACTION = refused(400, 'body is not a Discord interaction');
const TOO_LARGE = refused(413, 'body larger than 64 KiB');
const ONLY_POST = refused(405, 'method not allowed', 'POST');
const ONLY_GET = refused(405, 'method not allowed', 'GET, HEAD');
const PONG: Expected = { status: 200, text: '{"type":1}' };

/** Signature headers of a body over the limit: the endpoint must answer before checking them. */
const oversizedHead = (extra: Record<string, string | number>): string =>
  requestHead('POST', '/interactions', {
    'content-type': 'application/json',
    'x-signature-ed25519': 'a'.repeat(128),
    'x-signature-timestamp': nowSeconds(),
    ...extra,
  });

/** Declares 10 MB and sends none of it: the answer must come before any body byte. */
function declareTooLargeBody(socket: Socket): void {
  socket.write(oversizedHead({ 'content-length': 10_000_000 }));
}

/** 5 x 16 KiB chunks cross the limit; the terminating 0-chunk is never sent. */
function streamTooLargeChunkedBody(socket: Socket): void {
  const chunk = Buffer.alloc(16 * 1024, 0x20);
  socket.write(oversizedHead({ 'transfer-encoding': 'chunked' }));
  for (let i = 0; i < 5; i++)
    socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`);
}

/** A PING padded to exactly the limit. */
function pingOfExactly64KiB(): string {
  const ping = JSON.stringify(pingInteraction());
  const body = ping.slice(0, -1) + ',"padding":"' + 'x'.repeat(65536 - ping.length - 13) + '"}';
  expect(Buffer.byteLength(body)).toBe(65536);
  return body;
}

function without(headers: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));
}

/** The table, grouped by what is wrong with the request; `keys.discord` is the key the endpoint trusts. */
function refusedRequests({
  discord,
  impostor,
}: SigningKeys): Readonly<Record<string, readonly Case[]>> {
  const ping = JSON.stringify(pingInteraction());
  const signed = (body: string, timestamp?: string): Sent => ({
    method: 'POST',
    headers: signedHeaders(discord.privateKey, body, timestamp),
    body,
  });
  const pingWith = (headers: Record<string, string>): Sent => ({
    method: 'POST',
    headers,
    body: ping,
  });
  const secondsFromNow = (seconds: number) => String(Number(nowSeconds()) + seconds);

  return {
    'a request that is not validly signed': [
      {
        when: 'both signature headers are missing',
        request: () => pingWith({ 'content-type': 'application/json' }),
        then: UNSIGNED,
      },
      {
        when: 'only the timestamp header is missing',
        request: () =>
          pingWith(without(signedHeaders(discord.privateKey, ping), 'x-signature-timestamp')),
        then: UNSIGNED,
      },
      {
        when: 'only the signature header is missing',
        request: () =>
          pingWith(without(signedHeaders(discord.privateKey, ping), 'x-signature-ed25519')),
        then: UNSIGNED,
      },
      {
        when: 'it is signed with another key',
        request: () => pingWith(signedHeaders(impostor.privateKey, ping)),
        then: BAD_SIGNATURE,
      },
      {
        when: 'the signature is not hex',
        request: () =>
          pingWith({ ...signedHeaders(discord.privateKey, ping), 'x-signature-ed25519': 'zz' }),
        then: BAD_SIGNATURE,
      },
      {
        when: 'the signature belongs to a different body',
        request: () =>
          pingWith(signedHeaders(discord.privateKey, JSON.stringify(pingInteraction()))),
        then: BAD_SIGNATURE,
      },
      {
        when: 'the signature belongs to a different timestamp',
        request: () => {
          const headers = signedHeaders(discord.privateKey, ping);
          headers['x-signature-timestamp'] = String(Number(headers['x-signature-timestamp']) - 1);
          return pingWith(headers);
        },
        then: BAD_SIGNATURE,
      },
      // Said as it is, not as "outside the window": such a timestamp was never in any window.
      ...['', 'abc', '1e9', '-1', '1700000000x', '1700000000.5', '9'.repeat(16)].map(
        (timestamp): Case => ({
          when: `the timestamp ${JSON.stringify(timestamp)} is not whole unix seconds`,
          request: () => signed(ping, timestamp),
          then: NOT_SECONDS,
        }),
      ),
    ],
    'the 5 minute replay window': [
      ...[-86_400, -330, 330].map((offset): Case => ({
        when: `validly signed ${offset} s from now`,
        request: () => signed(ping, secondsFromNow(offset)),
        then: STALE,
      })),
      ...[-290, 290].map((offset): Case => ({
        when: `validly signed ${offset} s from now, inside the window`,
        request: () => signed(ping, secondsFromNow(offset)),
        then: PONG,
      })),
    ],
    'a validly signed body that is not an interaction': (
      [
        ['not JSON', '{"type":1,'],
        ['JSON but not an object', '[1,2,3]'],
        ['an object without an interaction shape', '{"hello":"world"}'],
        ['an unknown interaction type', JSON.stringify({ ...pingInteraction(), type: 42 })],
        ['a command without data', JSON.stringify({ ...chatInputInteraction(), data: undefined })],
        ['a numeric token', JSON.stringify({ ...pingInteraction(), token: 7 })],
      ] as const
    ).map(([what, body]): Case => ({
      when: `it is ${what}`,
      request: () => signed(body),
      then: NOT_AN_INTERACTION,
    })),
    'the 64 KiB body limit, enforced without reading the whole body': [
      {
        when: 'Content-Length declares more (answered before any body byte is sent)',
        request: () => ({ write: declareTooLargeBody }),
        then: TOO_LARGE,
      },
      {
        when: 'more arrives chunked (answered before the body ends)',
        request: () => ({ write: streamTooLargeChunkedBody }),
        then: TOO_LARGE,
      },
      {
        when: 'a validly signed body is exactly 64 KiB',
        request: () => signed(pingOfExactly64KiB()),
        then: PONG,
      },
    ],
    'the wrong method or path': [
      { when: 'GET /interactions', request: () => ({}), then: ONLY_POST },
      {
        when: 'PUT /interactions',
        request: () => ({ method: 'PUT', body: '{}' }),
        then: ONLY_POST,
      },
      {
        when: 'POST /healthz',
        request: () => ({ path: '/healthz', method: 'POST', body: '' }),
        then: ONLY_GET,
      },
      {
        when: 'a signed POST to an unknown path',
        request: () => ({ path: '/interaction', ...signed(ping) }),
        then: refused(404, 'not found'),
        withoutPages: true,
      },
    ],
  };
}

async function answerTo(door: FrontDoor, request: Request): Promise<Answer> {
  if ('write' in request) {
    const { status, headers, body } = await rawExchange(door.port(), request);
    return {
      status,
      contentType: headers['content-type'] ?? null,
      allow: headers.allow ?? null,
      text: body,
    };
  }
  const { path = '/interactions', ...sent } = request;
  return door.send(path, sent);
}

/**
 * Runs the table against `door`: each request gets exactly the expected status, JSON body and
 * Allow header, and, given `sameBytesAs`, the very bytes that front door sends for it.
 */
export function describeRefusedRequests(
  door: FrontDoor,
  keys: SigningKeys,
  sameBytesAs?: FrontDoor,
): void {
  for (const [given, cases] of Object.entries(refusedRequests(keys))) {
    describe(`given ${given}`, () => {
      for (const { when, request, then, withoutPages } of cases) {
        if (withoutPages && door.servesPages) continue;
        it(`when ${when}, then ${then.status}`, async () => {
          const sent = request();
          const [answer, reference] = await Promise.all([
            answerTo(door, sent),
            sameBytesAs && answerTo(sameBytesAs, sent),
          ]);
          expect(answer).toEqual({
            status: then.status,
            contentType: 'application/json',
            allow: then.allow ?? null,
            text: then.text,
          });
          if (reference !== undefined) expect(answer.text).toBe(reference.text);
        });
      }
    });
  }
}
