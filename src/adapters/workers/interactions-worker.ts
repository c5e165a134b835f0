import type { InteractionHandler } from '../../core/handle-interaction.js';
import {
  answerBody,
  checkHeaders,
  ERROR_JSON,
  HEALTHY_JSON,
  MAX_BODY_BYTES,
  REFUSED,
  routeRequest,
  type Refusal,
} from '../http/signed-request.js';
import type { Site } from '../web/bot-site.js';
import { createWebCryptoVerifier } from './verify-signature.js';

/** Bindings from wrangler.toml `[vars]` or `wrangler secret put`, named like the Node endpoint's variables. */
export interface WorkerEnv {
  readonly DISCORD_PUBLIC_KEY?: string;
  /** For the home page's Add to Discord link (the core answers within the request, so no follow-up webhook). */
  readonly DISCORD_APPLICATION_ID?: string;
  /** The operator's contact line on the privacy and terms pages. */
  readonly SITE_CONTACT?: string;
}

const json = (status: number, body: string | null, allow?: string): Response =>
  new Response(body, {
    status,
    headers: { 'content-type': 'application/json', ...(allow && { allow }) },
  });

const decoder = new TextDecoder();

/** Counted as it arrives: over the limit the rest is cancelled unread (chunked has no length). */
async function readBody(request: Request): Promise<Uint8Array | Refusal> {
  if (request.body === null) return new Uint8Array(0);
  const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      received += read.value.length;
      if (received > MAX_BODY_BYTES) {
        void reader.cancel().catch(() => undefined);
        return REFUSED.tooLarge;
      }
      chunks.push(read.value);
    }
  } catch {
    // The client is gone (Node simply drops these); what workerd can still deliver is a 400.
    return REFUSED.notAnInteraction;
  }
  // The common case is one chunk; skip the copy.
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
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
  let verifier: { readonly publicKey: string; readonly verify: Verify } | undefined;

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
      if (verifier?.publicKey !== publicKey) {
        verifier = { publicKey, verify: createWebCryptoVerifier(publicKey) };
      }
    } catch {
      // Name the binding and the fix, never its value.
      console.error(
        'DISCORD_PUBLIC_KEY is missing or not 64 hex characters: set it with wrangler secret put (or in .dev.vars locally)',
      );
      return json(500, ERROR_JSON.internal);
    }
    const { verify } = verifier;
    // Cheap checks first, in the Node endpoint's order, before a byte of body is read.
    const headers = checkHeaders(
      request.headers.get('content-length'),
      request.headers.get('x-signature-ed25519'),
      request.headers.get('x-signature-timestamp'),
      Date.now(),
    );
    if (!headers.ok) return json(headers.status, headers.body);
    const body = await readBody(request);
    const reply = !(body instanceof Uint8Array)
      ? body
      : (await verify(headers.timestamp, body, headers.signature))
        ? answerBody(handler, decoder.decode(body))
        : REFUSED.badSignature;
    if (reply.ok && reply.response === undefined) {
      const { id, type } = reply.interaction;
      console.error('Interaction handler failed', { id, type }, reply.error);
    }
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

type Verify = ReturnType<typeof createWebCryptoVerifier>;
