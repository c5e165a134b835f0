import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  ApplicationCommandOptionType as OptionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
} from 'discord-api-types/v10';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  selectInteraction,
} from '../../../src/adapters/console/interaction-factory.js';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../../src/adapters/http/interactions-server.js';
import { createBotSite } from '../../../src/adapters/web/bot-site.js';
import { escapeHtml } from '../../../src/adapters/web/page-layout.js';
import { serveSite } from '../../../src/adapters/web/serve-site.js';
import { COMMANDS } from '../../../commands/index.js';
import { createInteractionHandler } from '../../../src/core/handle-interaction.js';
import { asMessage, buttons, messageData, selectMenu } from '../../../fixtures/core-responses.js';
import { makeCases, runCases } from '../http/fuzz-cases.js';
import {
  describeRefusedRequests,
  toAnswer,
  type Answer,
  type Sent,
} from '../http/refused-requests.js';
import { generateEd25519Pair, signedHeaders } from '../../../fixtures/ed25519-signer.js';
import {
  APPLICATION_ID,
  chatInputInteraction as envelopedCommand,
  pingInteraction,
} from '../../../fixtures/sample-interactions.js';
import { buildWorker } from '../../../fixtures/build-worker.js';

// Today: 1.44 MiB unminified, 0.25 MiB gzipped, pages included. Cloudflare's limit is 3 MiB gzipped on the free
// plan; this budget flags a dependency that doubles the bundle long before that.
const handleInteraction = createInteractionHandler(COMMANDS);

const MAX_BUNDLE_BYTES = 1.75 * 1024 * 1024;
const MAX_GZIPPED_BYTES = 0.3 * 1024 * 1024;
const FUZZ_CASES = 300;
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);
/**
 * Fuzz kinds aimed at the HTTP/1.1 parser in front of the code rather than the code: Node's own
 * parser in the Node endpoint; in production Cloudflare's edge, which workerd's local parser
 * does not imitate (501 for an unknown method, 500 for an unknown transfer-encoding, no time
 * limit on a request line that never ends, headers up to 128 KiB, dot segments resolved). The
 * Worker gets every kind that reaches its own code: bodies, signatures, timestamps, truncation.
 */
const PARSER_KINDS = new Set(['random-headers', 'huge-headers', 'not-http', 'method-or-path']);

const CONTACT = 'rocky-bot@example.org';
/** What Node's HTTP server adds to every response, not part of what the site answers. */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

const discord = generateEd25519Pair();
const impostor = generateEd25519Pair();

let workDir: string | undefined;
let bundle: string;
let worker: Miniflare | undefined;
let workerUrl: URL;
let node: InteractionsServer | undefined;
let nodeBase: string;

beforeAll(async () => {
  // Miniflare starts wrangler's own workerd; neither may phone home.
  process.env.WRANGLER_SEND_METRICS = 'false';
  workDir = await mkdtemp(join(tmpdir(), 'rocky-worker-'));
  const built = await buildWorker(workDir);
  bundle = await readFile(built.scriptPath, 'utf8');
  worker = new Miniflare({
    scriptPath: built.scriptPath,
    modules: true,
    // Module paths are resolved under this folder; the default (the cwd) is outside the temp dir.
    modulesRoot: dirname(built.scriptPath),
    compatibilityDate: built.compatibilityDate,
    bindings: {
      DISCORD_PUBLIC_KEY: discord.publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      SITE_CONTACT: CONTACT,
    },
    host: '127.0.0.1',
    port: 0,
    // The fallback request.cf instead of downloading Cloudflare's.
    cf: false,
  });
  workerUrl = await worker.ready;
  // The Node endpoint, as `npm run serve` wires it, to prove both front doors send the same bytes.
  node = createInteractionsServer({
    publicKey: discord.publicKeyHex,
    commands: COMMANDS,
    otherPaths: serveSite(
      createBotSite({ DISCORD_APPLICATION_ID: APPLICATION_ID, SITE_CONTACT: CONTACT }),
    ),
  });
  nodeBase = `http://127.0.0.1:${(await node.listen(0, '127.0.0.1')).port}`;
}, 60_000);

afterAll(async () => {
  await worker?.dispose();
  await node?.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

/** Plain fetch to workerd's socket: Miniflare's dispatchFetch drops headers whose value is empty. */
const toWorker = async (path: string, sent: Sent = {}): Promise<Answer> =>
  toAnswer(await fetch(new URL(path, workerUrl), sent));

const toNode = async (path: string, sent: Sent = {}): Promise<Answer> =>
  toAnswer(await fetch(`${nodeBase}${path}`, sent));

const signed = (interaction: APIInteraction): Sent => {
  const body = JSON.stringify(interaction);
  return { method: 'POST', headers: signedHeaders(discord.privateKey, body), body };
};

const option = (
  name: string,
  value: string | number,
): APIApplicationCommandInteractionDataBasicOption =>
  typeof value === 'number'
    ? { name, type: OptionType.Integer, value }
    : { name, type: OptionType.String, value };

describe('given the built bundle', () => {
  it('then it imports no node: module, so it needs no nodejs_compat', () => {
    expect(bundle.match(/["']node:[\w/]+["']/g) ?? []).toEqual([]);
  });

  it('then it stays within the size budget, unminified and gzipped', () => {
    const size = Buffer.byteLength(bundle);
    expect(size).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
    expect(gzipSync(bundle).length).toBeLessThanOrEqual(MAX_GZIPPED_BYTES);
  });
});

describe('given a validly signed PING in workerd', () => {
  it('then 200 {"type":1} as application/json', async () => {
    const res = await toWorker('/interactions', signed(pingInteraction()));
    expect(res).toEqual({
      status: 200,
      contentType: 'application/json',
      allow: null,
      text: '{"type":1}',
    });
  });
});

describe('given a validly signed interaction, the Worker sends the bytes the core and the Node endpoint send', () => {
  const ranking = messageData(handleInteraction(chatInputInteraction('montage')));
  const shown = messageData(
    handleInteraction(chatInputInteraction('montage', [option('rank', 1)])),
  );
  const cases: [string, APIInteraction][] = [
    ...[1, 2, 3, 4, 5, 6].map((rank): [string, APIInteraction] => [
      `/montage rank:${rank}`,
      chatInputInteraction('montage', [option('rank', rank)]),
    ]),
    ['/montage film:rocky 4 (fuzzy)', chatInputInteraction('montage', [option('film', 'rocky 4')])],
    ['/montage film:balboa (fuzzy)', chatInputInteraction('montage', [option('film', 'balboa')])],
    [
      '/montage film:Apollo (several match)',
      chatInputInteraction('montage', [option('film', 'Apollo')]),
    ],
    ['/montage (the ranking)', chatInputInteraction('montage')],
    ['autocomplete film:roc', autocompleteInteraction('montage', { name: 'film', value: 'roc' })],
    ['a button', buttonInteraction(buttons(shown)[0]?.custom_id ?? '', asMessage(shown))],
    ['a select', selectInteraction(selectMenu(ranking).custom_id, ['2'], asMessage(ranking))],
    ['the signed-requests fixture command', envelopedCommand()],
  ];

  it.each(cases)('%s', async (_label, interaction) => {
    const expected = handleInteraction(structuredClone(interaction));
    const [fromWorker, fromNode] = await Promise.all([
      toWorker('/interactions', signed(interaction)),
      toNode('/interactions', signed(interaction)),
    ]);
    expect(fromWorker.status).toBe(200);
    expect(fromWorker.contentType).toBe('application/json');
    expect(JSON.parse(fromWorker.text)).toEqual(expected);
    expect(fromWorker.text).toBe(JSON.stringify(expected));
    expect(fromWorker.text).toBe(fromNode.text);
  });
});

describe('given what the Node endpoint refuses, the Worker answers it with the same bytes', () => {
  describeRefusedRequests(
    { send: toWorker, port: () => Number(workerUrl.port), servesPages: true },
    { discord, impostor },
    { send: toNode, port: () => Number(new URL(nodeBase).port), servesPages: true },
  );
});

/** A site response as both front doors send it: status, the site's headers, and the bytes. */
async function page(res: {
  readonly status: number;
  readonly headers: Iterable<[string, string]>;
  text(): Promise<string>;
}): Promise<{
  status: number;
  headers: Record<string, string>;
  body: string;
}> {
  const headers = Object.fromEntries(
    [...res.headers].filter(([name]) => !TRANSPORT_HEADERS.has(name)),
  );
  return { status: res.status, headers, body: await res.text() };
}

/** The same request to both; `identity`, or workerd gzips text and drops its content-length. */
async function pageFromBoth(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  if (worker === undefined) throw new Error('Miniflare did not start');
  const sent = { ...init, headers: { 'accept-encoding': 'identity', ...init.headers } };
  const [fromWorker, fromNode] = await Promise.all([
    worker.dispatchFetch(new URL(path, workerUrl), sent).then(page),
    fetch(`${nodeBase}${path}`, sent).then(page),
  ]);
  return { fromWorker, fromNode };
}

describe("given the web pages, the Worker serves the Node endpoint's bytes and headers", () => {
  const previewTitles = [1, 2, 3, 4, 5, 6].map(
    (rank) =>
      messageData(handleInteraction(chatInputInteraction('montage', [option('rank', rank)])))
        .embeds?.[0]?.title ?? '',
  );

  it('GET / shows the six previews, byte for byte what the Node site sends', async () => {
    const { fromWorker, fromNode } = await pageFromBoth('/');
    expect(fromWorker.status).toBe(200);
    expect(previewTitles.filter((title) => title !== '')).toHaveLength(6);
    for (const title of previewTitles) expect(fromWorker.body).toContain(escapeHtml(title));
    // The bindings reached the pages: the Add to Discord link names the application.
    expect(fromWorker.body).toContain(`client_id=${APPLICATION_ID}`);
    expect(fromWorker).toEqual(fromNode);
  });

  it.each(['/privacy', '/terms', '/site.css', '/try.js', '/favicon.svg', '/missing'])(
    '%s',
    async (path) => {
      const { fromWorker, fromNode } = await pageFromBoth(path);
      expect(fromWorker.status).toBe(path === '/missing' ? 404 : 200);
      if (path === '/privacy' || path === '/terms') expect(fromWorker.body).toContain(CONTACT);
      expect(fromWorker).toEqual(fromNode);
    },
  );

  it("/try?film=rokcy+4 shows the core's answer about Rocky IV", async () => {
    const { fromWorker, fromNode } = await pageFromBoth('/try?film=rokcy+4');
    expect(fromWorker.status).toBe(200);
    expect(fromWorker.body).toContain('Rocky IV');
    expect(fromWorker).toEqual(fromNode);
  });

  it('/try with 101 characters or more is refused with 400; exactly 100 is answered', async () => {
    for (const length of [101, 10_000]) {
      const { fromWorker, fromNode } = await pageFromBoth(`/try?film=${'x'.repeat(length)}`);
      expect(fromWorker.status, String(length)).toBe(400);
      expect(fromWorker.body).toContain('at most 100');
      expect(fromWorker).toEqual(fromNode);
    }
    const { fromWorker } = await pageFromBoth(`/try?film=${'r'.repeat(100)}`);
    expect(fromWorker.status).toBe(200);
  });

  it('every page carries the security headers and a cache policy', async () => {
    for (const path of ['/', '/try?film=drago', '/privacy', '/site.css', '/missing']) {
      const { headers } = (await pageFromBoth(path)).fromWorker;
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], path).toContain("default-src 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['cache-control'], path).toMatch(/max-age=\d+|no-cache|no-store/);
    }
  });

  it('given the ETag back in If-None-Match, then 304 without a body; HEAD gets headers only', async () => {
    const first = (await pageFromBoth('/')).fromWorker;
    const etag = first.headers['etag'] ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const { fromWorker, fromNode } = await pageFromBoth('/', {
      headers: { 'if-none-match': `W/"other", ${etag}` },
    });
    expect(fromWorker).toMatchObject({ status: 304, body: '' });
    expect(fromWorker.headers['etag']).toBe(etag);
    expect(fromNode).toMatchObject({ status: 304, body: '' });
    const head = await pageFromBoth('/', { method: 'HEAD' });
    expect(head.fromWorker).toMatchObject({ status: 200, body: '' });
    expect(head.fromWorker.headers['content-length']).toBe(
      String(new TextEncoder().encode(first.body).length),
    );
  });

  it("a signed POST to an unknown path gets the pages' 405, as on Node", async () => {
    const body = JSON.stringify(pingInteraction());
    const { fromWorker, fromNode } = await pageFromBoth('/interaction', {
      method: 'POST',
      headers: signedHeaders(discord.privateKey, body),
      body,
    });
    expect(fromWorker.status).toBe(405);
    expect(fromWorker.headers['allow']).toBe('GET, HEAD');
    expect(fromWorker).toEqual(fromNode);
  });
});

describe('GET /healthz', () => {
  it('answers 200 {"status":"ok"}, and HEAD the same status without a body', async () => {
    expect(await toWorker('/healthz')).toEqual({
      status: 200,
      contentType: 'application/json',
      allow: null,
      text: '{"status":"ok"}',
    });
    expect(await toWorker('/healthz', { method: 'HEAD' })).toMatchObject({ status: 200, text: '' });
  });
});

describe(`given ${FUZZ_CASES} of the Node endpoint's fuzz requests (seed ${FUZZ_SEED})`, () => {
  it('then never a 5xx, never a 200 without a valid signature, and PING still works', async () => {
    const cases = makeCases(FUZZ_SEED, FUZZ_CASES * 2, { discord, impostor })
      .filter((fuzz) => !PARSER_KINDS.has(fuzz.kind))
      .slice(0, FUZZ_CASES);
    expect(cases).toHaveLength(FUZZ_CASES);
    const { failures, kinds } = await runCases(Number(workerUrl.port), cases, 16);
    expect(failures).toEqual([]);
    // Every kind but those Node's HTTP parser answers, including the signed hostile interactions.
    expect(kinds.size).toBe(6);
    expect((await toWorker('/interactions', signed(pingInteraction()))).text).toBe('{"type":1}');
  });
});
