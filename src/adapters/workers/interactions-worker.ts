import type { Config } from '../../config/config-schema.js';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import {
  answerBody,
  assertPublicKeyHex,
  checkHeaders,
  ERROR_JSON,
  MAX_BODY_BYTES,
  REFUSED,
  routeRequest,
  SIGNATURE_HEX,
  signedMessage,
  type Refusal,
} from '../http/signed-request.js';
import type { Site } from '../web/bot-site.js';

/**
 * Bindings (wrangler.toml `[vars]` or `wrangler secret put`) named like the Node endpoint's
 * variables; the application id only links the home page, as no answer needs a follow-up.
 */
type WorkerEnv = Pick<Config, 'DISCORD_PUBLIC_KEY' | 'DISCORD_APPLICATION_ID' | 'SITE_CONTACT'>;

const json = (status: number, body: string | null, allow?: string): Response =>
  new Response(body, {
    status,
    headers: { 'content-type': 'application/json', ...(allow && { allow }) },
  });

const decoder = new TextDecoder();
// The Node endpoint's /healthz body (../health/health-check.ts) when it is ready.
const HEALTHY_JSON = JSON.stringify({ status: 'ok' });

/** Counted as it arrives: over the limit the rest is cancelled unread (chunked has no length). */
async function readBody(request: Request): Promise<Uint8Array | Refusal> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    // Leaving this loop early cancels the stream. (The global Request types its chunks as any.)
    for await (const chunk of (request.body as ReadableStream<Uint8Array> | null) ?? []) {
      received += chunk.length;
      if (received > MAX_BODY_BYTES) return REFUSED.tooLarge;
      chunks.push(chunk);
    }
  } catch {
    // The client is gone (Node simply drops these); what workerd can still deliver is a 400.
    return REFUSED.notAnInteraction;
  }
  // The common case is one chunk; skip the copy.
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

/** Decodes hex already checked for shape (the caller tests it against a strict pattern). */
function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const ED25519 = { name: 'Ed25519' };

/**
 * WebCrypto Ed25519, the only verify workerd offers without nodejs_compat. The key is imported
 * once; each request pays only for the verify. Throws on a malformed key.
 */
function createWebCryptoVerifier(publicKeyHex: string) {
  assertPublicKeyHex(publicKeyHex);
  const key = crypto.subtle.importKey('raw', hexBytes(publicKeyHex), ED25519, false, ['verify']);
  const verify = async (timestamp: string, body: Uint8Array, signatureHex: string) => {
    if (!SIGNATURE_HEX.test(signatureHex)) return false;
    const message = signedMessage(timestamp, body);
    try {
      return await crypto.subtle.verify(ED25519, await key, hexBytes(signatureHex), message);
    } catch {
      return false;
    }
  };
  return { publicKeyHex, verify };
}

/**
 * The Node endpoint (../http/interactions-server.ts) as a Workers `fetch` handler, sharing all but
 * reading the body and the verify (WebCrypto). Other paths go to `siteFor`'s pages, else a JSON 404.
 */
export function createInteractionsWorker(
  handler: InteractionHandler,
  siteFor?: (env: WorkerEnv) => Site,
) {
  // One isolate serves many requests; the key is imported on the first and reused after.
  let verifier: ReturnType<typeof createWebCryptoVerifier> | undefined;

  // Rendering the pages runs the core for every preview: once per isolate, not per request.
  let site: { readonly key: string; readonly site: Site } | undefined;
  const onOtherPath = (request: Request, url: URL, env: WorkerEnv): Response => {
    if (siteFor === undefined) return json(404, ERROR_JSON.notFound);
    const key = JSON.stringify([env.DISCORD_APPLICATION_ID, env.SITE_CONTACT]);
    if (site?.key !== key) site = { key, site: siteFor(env) };
    const answer = site.site.handle({
      method: request.method,
      url: url.pathname + url.search,
      ifNoneMatch: request.headers.get('if-none-match') ?? undefined,
    });
    return new Response(answer.body.length === 0 ? null : answer.body, {
      status: answer.status,
      headers: answer.headers,
    });
  };

  const onInteraction = async (request: Request, env: WorkerEnv): Promise<Response> => {
    const publicKey = env.DISCORD_PUBLIC_KEY ?? '';
    try {
      if (verifier?.publicKeyHex !== publicKey) verifier = createWebCryptoVerifier(publicKey);
    } catch {
      // Name the binding and the fix, never its value.
      console.error(
        'DISCORD_PUBLIC_KEY is missing or not 64 hex characters: set it with wrangler secret put (or in .dev.vars locally)',
      );
      return json(500, ERROR_JSON.internal);
    }
    const { verify } = verifier;
    // Cheap checks first, in the Node endpoint's order, before a byte of body is read.
    const headers = checkHeaders((name) => request.headers.get(name));
    if (!headers.ok) return json(headers.status, headers.body);
    const body = await readBody(request);
    const reply = !(body instanceof Uint8Array)
      ? body
      : (await verify(headers.timestamp, body, headers.signature))
        ? answerBody(handler, decoder.decode(body))
        : REFUSED.badSignature;
    return json(reply.status, reply.body);
  };

  return {
    async fetch(request: Request, env: WorkerEnv): Promise<Response> {
      const url = new URL(request.url);
      const route = routeRequest(request.method, url.pathname);
      if (route === 'interaction') return onInteraction(request, env);
      if (route === 'health') return json(200, request.method === 'HEAD' ? null : HEALTHY_JSON);
      if (typeof route === 'object') return json(405, ERROR_JSON.methodNotAllowed, route.allow);
      // The Worker serves no metrics, so routeRequest sends only other paths here.
      return onOtherPath(request, url, env);
    },
  };
}
