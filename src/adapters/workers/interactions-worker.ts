import { InteractionType } from 'discord-api-types/v10';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import { parseInteraction } from '../http/parse-interaction.js';
import {
  checkSignatureHeaders,
  ERROR_JSON,
  HEALTHY_JSON,
  PONG_JSON,
  routeRequest,
  type ErrorName,
} from '../http/signed-request.js';
import type { Site } from '../web/create-site.js';
import { declaresTooLargeBody, readRequestBody } from './read-request-body.js';
import { createWebCryptoVerifier, type AsyncSignatureVerifier } from './verify-signature.js';

/** Bindings from wrangler.toml `[vars]` or `wrangler secret put`, named like the Node endpoint's variables. */
export interface WorkerEnv {
  readonly DISCORD_PUBLIC_KEY?: string;
  /** For the home page's Add to Discord link (the core answers within the request, so no follow-up webhook). */
  readonly DISCORD_APPLICATION_ID?: string;
  /** The operator's contact line on the privacy and terms pages. */
  readonly SITE_CONTACT?: string;
}

/** Builds the web pages for the bindings; called once per isolate (again only if they change). */
export type SiteForEnv = (env: WorkerEnv) => Site;

export interface InteractionsWorker {
  fetch(request: Request, env: WorkerEnv): Promise<Response>;
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

function json(status: number, body: string | null, allow?: string): Response {
  return new Response(body, {
    status,
    headers: allow === undefined ? JSON_HEADERS : { ...JSON_HEADERS, allow },
  });
}

const error = (status: number, name: ErrorName, allow?: string): Response =>
  json(status, ERROR_JSON[name], allow);

const decoder = new TextDecoder();

/**
 * The Cloudflare Workers front door: what src/adapters/http/interactions-server.ts does on Node,
 * as a `fetch` handler. Routes, header checks, the replay window, parsing and the answer bytes are
 * the Node endpoint's own; only the signature check uses WebCrypto instead of node:crypto. Other
 * paths go to `siteFor`'s pages, as Node's go to `otherPaths`; without it they get a JSON 404.
 */
export function createInteractionsWorker(
  handler: InteractionHandler,
  siteFor?: SiteForEnv,
): InteractionsWorker {
  // One isolate serves many requests; the key is imported on the first and reused after.
  let verifier: { readonly publicKey: string; readonly verify: AsyncSignatureVerifier } | undefined;
  const verifierFor = (publicKey: string): AsyncSignatureVerifier => {
    if (verifier?.publicKey !== publicKey) {
      verifier = { publicKey, verify: createWebCryptoVerifier(publicKey) };
    }
    return verifier.verify;
  };

  // Rendering the pages runs the core for every preview: once per isolate, not per request.
  let site: { readonly key: string; readonly site: Site } | undefined;
  const onOtherPath = (request: Request, env: WorkerEnv): Response => {
    if (siteFor === undefined) return error(404, 'notFound');
    const key = JSON.stringify([env.DISCORD_APPLICATION_ID, env.SITE_CONTACT]);
    if (site?.key !== key) site = { key, site: siteFor(env) };
    const url = new URL(request.url);
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
    let verify: AsyncSignatureVerifier;
    try {
      verify = verifierFor(env.DISCORD_PUBLIC_KEY ?? '');
    } catch {
      // Name the binding and the fix, never its value.
      console.error(
        'DISCORD_PUBLIC_KEY is missing or not 64 hex characters: set it with wrangler secret put (or in .dev.vars locally)',
      );
      return error(500, 'internal');
    }
    // Cheap checks first, in the Node endpoint's order, before a byte of body is read.
    if (declaresTooLargeBody(request)) return error(413, 'tooLarge');
    const headers = checkSignatureHeaders(
      request.headers.get('x-signature-ed25519'),
      request.headers.get('x-signature-timestamp'),
      Date.now(),
    );
    if (!headers.ok) return error(401, headers.error);
    const read = await readRequestBody(request);
    if (read.kind === 'too-large') return error(413, 'tooLarge');
    // The client is gone (Node simply drops these); what workerd can still deliver is a 400.
    if (read.kind === 'aborted') return error(400, 'notAnInteraction');
    if (!(await verify(headers.timestamp, read.body, headers.signature))) {
      return error(401, 'badSignature');
    }
    const interaction = parseInteraction(decoder.decode(read.body));
    if (interaction === undefined) return error(400, 'notAnInteraction');
    if (interaction.type === InteractionType.Ping) return json(200, PONG_JSON);
    try {
      return json(200, JSON.stringify(handler(interaction)));
    } catch (err) {
      console.error(
        'Interaction handler failed',
        { id: interaction.id, type: interaction.type },
        err,
      );
      return error(500, 'internal');
    }
  };

  return {
    async fetch(request, env) {
      const route = routeRequest(request.method, new URL(request.url).pathname);
      switch (route.kind) {
        case 'interaction':
          return onInteraction(request, env);
        case 'health':
          return json(200, route.headOnly ? null : HEALTHY_JSON);
        case 'method-not-allowed':
          return error(405, 'methodNotAllowed', route.allow);
        // The Worker serves no metrics, so routeRequest never routes here.
        case 'metrics':
        case 'not-found':
          return onOtherPath(request, env);
      }
    },
  };
}
