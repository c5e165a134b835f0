/**
 * The HTTP endpoint fuzz's request generator, shared by the Node endpoint's fuzz (fuzz.test.ts)
 * and the Worker's (test/integration/workers/), so both front doors face the same inputs.
 */
import type { KeyObject } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  InteractionType,
  type APIInteraction,
} from 'discord-api-types/v10';
import { seededRandom } from '../../../fixtures/seeded-random.js';
import { rawExchange, requestHead, type RawResponse } from './raw-http.js';
import { nowSeconds, signBody, signedHeaders } from '../../../fixtures/ed25519-signer.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  pingInteraction,
} from '../../../fixtures/sample-interactions.js';

const withOptions = (options: unknown, user?: Record<string, unknown>): APIInteraction => {
  const base = chatInputInteraction() as APIInteraction & {
    data: Record<string, unknown>;
    member: { user: Record<string, unknown> };
  };
  return {
    ...base,
    ...(user ? { member: { ...base.member, user: { ...base.member.user, ...user } } } : {}),
    data: { ...base.data, options },
  } as unknown as APIInteraction;
};
const option = (name: string, type: number, value: unknown, focused?: true) => ({
  name,
  type,
  value,
  ...(focused ? { focused } : {}),
});
const STRING = ApplicationCommandOptionType.String;
const INTEGER = ApplicationCommandOptionType.Integer;

/**
 * Validly signed interactions meant to bend the answer (issue 9): each must still get one sane
 * answer within Discord's limits. Serialised as JSON, as they would arrive.
 */
export const HOSTILE_INTERACTIONS = {
  'an option named __proto__': () =>
    withOptions(JSON.parse('[{"name":"__proto__","type":3,"value":{"rank":1,"hide":true}}]')),
  'a 5,000-character unknown option name': () =>
    withOptions([option(`<@1>[x](https://e.vil)${'n'.repeat(5000)}`, STRING, 'x')]),
  'a 200-digit invoker id': () =>
    withOptions([option('rank', INTEGER, 4)], { id: '9'.repeat(200) }),
  'an invoker id holding ":"': () =>
    withOptions([option('rank', INTEGER, 4)], { id: '80351110224678912:show:1' }),
  'rank:1e308': () => withOptions([option('rank', INTEGER, 1e308)]),
  'film with a masked link, mentions, bidi controls and lone surrogates': () =>
    withOptions([
      option('film', STRING, 'xyzzy [x](http://e.vil) <id:customize> <@1> \u202e\u2066 \ud800 z'),
    ]),
  'a 60 KB focused film value': () => {
    const interaction = withOptions([option('film', STRING, `drago${' '.repeat(60_000)}`, true)]);
    return {
      ...interaction,
      type: InteractionType.ApplicationCommandAutocomplete,
    } as unknown as APIInteraction;
  },
} as const satisfies Record<string, () => APIInteraction>;

export interface SigningKeys {
  /** Signs as Discord does. */
  readonly discord: { readonly privateKey: KeyObject };
  /** Signs with a key the endpoint does not trust. */
  readonly impostor: { readonly privateKey: KeyObject };
}

/** Seeded, so a failing run can be replayed with FUZZ_SEED. */
function random(seed: number) {
  const source = seededRandom(seed);
  const next = (): number => source.next();
  const int = (max: number): number => source.int(0, max - 1);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const bytes = (length: number): Buffer => Buffer.from(Array.from({ length }, () => int(256)));
  const text = (length: number, alphabet: string): string =>
    Array.from({ length }, () => alphabet[int(alphabet.length)]).join('');
  return { next, int, pick, bytes, text };
}

export interface FuzzCase {
  readonly kind: string;
  /** A validly signed request may legitimately be answered 200; nothing else may. */
  readonly signed: boolean;
  /** Requests the server may reasonably answer by hanging up rather than with a status. */
  readonly mayHangUp: boolean;
  readonly head: string;
  readonly body: Buffer;
  /** The answers that make sense for this kind of request (Node itself gives 100, 400, 417, 431). */
  readonly expected: readonly number[];
  /** Send only part of the body, then half-close. */
  readonly truncateTo?: number;
}

const HEX = '0123456789abcdef';
const METHODS = ['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'FOO', 'post'];
const PATHS = [
  '/',
  '/interactions/',
  '/Interactions',
  '//interactions',
  '/interactions/../interactions',
  '/interactions%00',
  '/healthz/',
  '*',
  `/${'a'.repeat(4000)}`,
  '/interactions?x=1&y',
];

export function makeCases(seed: number, count: number, keys: SigningKeys): FuzzCase[] {
  const { discord, impostor } = keys;
  const r = random(seed);
  const interactions = [
    pingInteraction,
    chatInputInteraction,
    autocompleteInteraction,
    buttonInteraction,
  ];
  const validBody = (): Buffer => Buffer.from(JSON.stringify(r.pick(interactions)()));
  /**
   * The one request builder: `body` sent with an exact Content-Length to POST /interactions,
   * signed as Discord signs unless `sent.headers` replaces the signature headers.
   */
  const request = (
    kind: string,
    body: Buffer,
    answers: Pick<FuzzCase, 'expected'> & Partial<Pick<FuzzCase, 'signed' | 'mayHangUp'>>,
    sent: {
      readonly headers?: Record<string, string | number>;
      readonly method?: string;
      readonly path?: string;
      readonly truncateTo?: number;
    } = {},
  ): FuzzCase => ({
    kind,
    signed: false,
    mayHangUp: false,
    ...answers,
    head: requestHead(sent.method ?? 'POST', sent.path ?? '/interactions', {
      connection: 'close',
      'content-length': body.length,
      ...(sent.headers ?? signedHeaders(discord.privateKey, body)),
    }),
    body,
    ...(sent.truncateTo !== undefined && { truncateTo: sent.truncateTo }),
  });

  const mutate = (body: Buffer): Buffer => {
    const copy = Buffer.from(body);
    switch (r.int(4)) {
      case 0: {
        // Flip bits in 1-4 bytes; XOR with a non-zero mask guarantees a change.
        for (let i = 0; i <= r.int(4); i++) {
          const at = r.int(copy.length);
          copy[at] = (copy[at] ?? 0) ^ (1 + r.int(255));
        }
        return copy;
      }
      case 1:
        return copy.subarray(0, r.int(copy.length));
      case 2:
        return Buffer.concat([copy, r.bytes(1 + r.int(32))]);
      default: {
        const at = r.int(copy.length);
        return Buffer.concat([copy.subarray(0, at), r.bytes(1 + r.int(8)), copy.subarray(at)]);
      }
    }
  };

  const generators: (() => FuzzCase)[] = [
    // Random bytes, with plausible-looking but unrelated signature headers.
    () => {
      const body = r.bytes(r.int(2048));
      const headers = {
        'x-signature-ed25519': r.text(128, HEX),
        'x-signature-timestamp': nowSeconds(),
      };
      return request('random-body', body, { expected: [401] }, { headers });
    },
    // A real interaction, mutated after signing: the original signature no longer matches.
    () => {
      const original = validBody();
      const timestamp = nowSeconds();
      const headers = {
        'x-signature-ed25519': signBody(discord.privateKey, timestamp, original),
        'x-signature-timestamp': timestamp,
      };
      return request('mutated-body', mutate(original), { expected: [401] }, { headers });
    },
    // A real interaction with broken signature headers.
    () => {
      const body = validBody();
      const good = signedHeaders(discord.privateKey, body);
      const signature = r.pick([
        '',
        r.text(r.int(300), HEX),
        r.text(128, 'ghijklmnopqrstuvwxyz'),
        signBody(impostor.privateKey, good['x-signature-timestamp'] ?? '', body),
        `${good['x-signature-ed25519'] ?? ''}00`,
        `${good['x-signature-ed25519'] ?? ''}, ${good['x-signature-ed25519'] ?? ''}`,
        ' '.repeat(128),
      ]);
      const timestamp = r.pick([
        good['x-signature-timestamp'] ?? '',
        '',
        '-1',
        '0',
        '1e12',
        '99999999999999999999999',
        `${nowSeconds()}.5`,
        String(Number(nowSeconds()) - 330),
        String(Number(nowSeconds()) + 330),
        r.text(10, 'abc123 '),
      ]);
      const headers: Record<string, string> = {};
      if (r.next() < 0.85) headers['x-signature-ed25519'] = signature;
      if (r.next() < 0.85) headers['x-signature-timestamp'] = timestamp;
      return request('bad-headers', body, { expected: [401] }, { headers });
    },
    // Random extra headers on an unsigned request, some of them malformed.
    () => {
      const body = validBody();
      const headers: Record<string, string> = {};
      for (let i = 0; i < 1 + r.int(6); i++) {
        headers[
          r.pick(['x-', 'content-type', 'transfer-encoding', 'expect', r.text(8, 'abcxyz-')]) +
            (i > 0 ? String(i) : '')
        ] = r.pick(['chunked', 'gzip', '100-continue', r.text(r.int(64), 'abc\t !"#~'), '']);
      }
      const answers = { expected: [100, 400, 401, 417], mayHangUp: true };
      return request('random-headers', body, answers, { headers });
    },
    // Content-Length promises more than is sent, then the client hangs up.
    () => {
      const body = validBody();
      const truncateTo = r.int(body.length);
      return request('truncated', body, { expected: [400], mayHangUp: true }, { truncateTo });
    },
    // Oversized headers.
    () => {
      const body = validBody();
      const headers = {
        ...signedHeaders(discord.privateKey, body),
        'x-padding': 'p'.repeat(17_000 + r.int(64_000)),
      };
      return request('huge-headers', body, { expected: [431], mayHangUp: true }, { headers });
    },
    // Wrong methods and paths.
    () => {
      const body = validBody();
      const method = r.next() < 0.5 ? r.pick(METHODS) : 'POST';
      const path = method === 'POST' ? r.pick(PATHS) : '/interactions';
      // Signed with the real key, so only routing stands between these and a 200; the one route
      // that is an interaction (a query string is ignored) may legitimately answer.
      const signed = path.startsWith('/interactions?');
      const answers = { expected: signed ? [200] : [400, 404, 405], signed, mayHangUp: true };
      return request('method-or-path', body, answers, { method, path });
    },
    // Bytes that are not HTTP at all.
    () => ({
      kind: 'not-http',
      expected: [400],
      signed: false,
      mayHangUp: true,
      head: '',
      body: r.bytes(1 + r.int(512)),
    }),
    // Validly signed but hostile interactions: always one sane answer.
    () => {
      const body = Buffer.from(JSON.stringify(r.pick(Object.values(HOSTILE_INTERACTIONS))()));
      return request('signed-hostile', body, { expected: [200], signed: true });
    },
    // Validly signed garbage: exercises the JSON and shape checks behind the signature.
    () => {
      const body = r.pick([
        () => r.bytes(r.int(256)),
        () => mutate(validBody()),
        () =>
          Buffer.from(
            JSON.stringify(
              r.pick([null, 1, 'x', [], {}, { type: r.int(8) }, { ...pingInteraction(), id: 1 }]),
            ),
          ),
      ])();
      return request('signed-garbage', body, { expected: [200, 400], signed: true });
    },
  ];

  return Array.from({ length: count }, () => r.pick(generators)());
}

export function exchange(port: number, fuzz: FuzzCase): Promise<RawResponse> {
  return rawExchange(port, {
    write: (socket) => {
      socket.on('error', () => undefined);
      if (fuzz.truncateTo === undefined) {
        socket.write(Buffer.concat([Buffer.from(fuzz.head, 'latin1'), fuzz.body]));
      } else {
        socket.end(
          Buffer.concat([Buffer.from(fuzz.head, 'latin1'), fuzz.body.subarray(0, fuzz.truncateTo)]),
        );
      }
    },
  });
}

/** Sends every case over its own socket, `concurrency` at a time; returns each problem found. */
export async function runCases(
  port: number,
  cases: readonly FuzzCase[],
  concurrency: number,
): Promise<{ readonly failures: string[]; readonly kinds: ReadonlyMap<string, number> }> {
  const failures: string[] = [];
  const kinds = new Map<string, number>();
  let next = 0;

  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const index = next++;
      const fuzz = cases[index] as FuzzCase;
      kinds.set(fuzz.kind, (kinds.get(fuzz.kind) ?? 0) + 1);
      let status: number | undefined;
      try {
        ({ status } = await exchange(port, fuzz));
      } catch (err) {
        // A server that neither answers nor hangs up is a failure of this case, not of the run.
        failures.push(
          `#${index} ${fuzz.kind}: ${err instanceof Error ? err.message : String(err)}`,
        );
        continue;
      }
      const problem =
        status === undefined
          ? fuzz.mayHangUp
            ? undefined
            : 'no answer'
          : status >= 500
            ? `status ${status}`
            : status === 200 && !fuzz.signed
              ? 'status 200 without a valid signature'
              : fuzz.expected.includes(status)
                ? undefined
                : `unexpected status ${status}`;
      if (problem !== undefined) failures.push(`#${index} ${fuzz.kind}: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, kinds };
}
