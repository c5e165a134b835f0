import { COMMANDS } from '../../../commands/index.js';
import type { Config } from '../../config/config-schema.js';
import {
  createInteractionHandler,
  type InteractionHandler,
} from '../../core/handle-interaction.js';
import { homePage } from './home-page.js';
import {
  layout,
  PAGE_CONTENT_SECURITY_POLICY,
  SERVED_PATHS,
  STATIC_PATHS,
  type SitePaths,
} from './page-layout.js';
import { privacyPage, termsPage } from './policy-pages.js';
import { FAVICON_SVG } from './render-message.js';
import { SITE_CSS } from './site-styles.js';
import { TRY_SCRIPT, tryPage } from './try-box.js';

/** The Add to Discord link's id (without it the page says how to set one) and the contact line. */
export type BotSiteConfig = Pick<Config, 'DISCORD_APPLICATION_ID' | 'SITE_CONTACT'>;

export interface SiteRequest {
  readonly method: string;
  /** Path and query, as in an HTTP request line: `/try?film=rocky`. */
  readonly url: string;
  readonly ifNoneMatch?: string | undefined;
}

export interface SiteResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Empty for HEAD and 304; `content-length` still tells the full size. */
  readonly body: Uint8Array;
}

export type Site = ReturnType<typeof createBotSite>;

/** A body and its headers, ready for any status. */
type Prepared = Omit<SiteResponse, 'status'>;

/** Sent with every page and file the site serves, errors included. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': `${PAGE_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // For browsers too old for frame-ancestors.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Request URLs are paths; any base turns them into a URL to read. */
const BASE = 'http://site.invalid';
/** Pages may change on a restart (a new contact, a new id), so caches revalidate after a while. */
const PAGE_CACHE = 'public, max-age=300';
const ASSET_CACHE = 'public, max-age=86400';
/** Each answer is cheap to recompute; a shared cache need not hold visitors' queries. */
const TRY_CACHE = 'private, no-cache';

/** FNV-1a and the length tell versions apart; a Worker has no node:crypto, only async WebCrypto. */
function etagOf(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  // An index loop: three times faster than for-of here, and /try hashes every answer.
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return `"${bytes.length.toString(36)}-${(hash >>> 0).toString(36)}"`;
}

function prepare(text: string, cacheControl: string, contentType = 'text/html; charset=utf-8') {
  const body = new TextEncoder().encode(text);
  const headers = { 'content-type': contentType, 'cache-control': cacheControl };
  return { body, headers: { ...SECURITY_HEADERS, ...headers, etag: etagOf(body) } };
}

/** Every file of the site at `paths`: the three pages, rendered once, and the files they use. */
function siteFiles(config: BotSiteConfig, answer: InteractionHandler, paths: SitePaths) {
  return {
    [paths.home]: layout(homePage(answer, config.DISCORD_APPLICATION_ID, paths), paths),
    [paths.privacy]: layout(privacyPage(config.SITE_CONTACT), paths),
    [paths.terms]: layout(termsPage(config.SITE_CONTACT, paths), paths),
    [paths.styles]: SITE_CSS,
    [paths.icon]: FAVICON_SVG,
    ...(paths.tryScript === undefined ? {} : { [paths.tryScript]: TRY_SCRIPT }),
  };
}

/** What `npm run build:site` writes: the pages and their files, for any static host. */
export const staticSiteFiles = (config: BotSiteConfig) =>
  siteFiles(config, createInteractionHandler(COMMANDS), STATIC_PATHS);

const ASSET_TYPES: Readonly<Record<string, string>> = {
  [SERVED_PATHS.styles]: 'text/css; charset=utf-8',
  [SERVED_PATHS.tryScript]: 'text/javascript; charset=utf-8',
  [SERVED_PATHS.icon]: 'image/svg+xml',
};

/** Rendered once (only /try asks the core per request); no Node API, so a Worker serves it too. */
export function createBotSite(config: BotSiteConfig, answer = createInteractionHandler(COMMANDS)) {
  const fixed = new Map(
    Object.entries(siteFiles(config, answer, SERVED_PATHS)).map(([path, text]) => {
      const type = ASSET_TYPES[path];
      return [path, prepare(text, type ? ASSET_CACHE : PAGE_CACHE, type)];
    }),
  );
  const notFoundPage = {
    title: 'Not found',
    description: 'There is no page here.',
    main: `<article class="prose"><h1>Not found</h1><p>There is no page here. The <a href="${SERVED_PATHS.home}">home page</a> shows everything the bot does.</p></article>`,
  };
  const notFound = prepare(layout(notFoundPage, SERVED_PATHS), 'no-store');
  const notAllowed = { ...notFound, headers: { ...notFound.headers, allow: 'GET, HEAD' } };

  return {
    /** Answers any GET or HEAD path; pure apart from the core it was given. */
    handle(request: SiteRequest): SiteResponse {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return respond(request, 405, notAllowed);
      }
      if (!URL.canParse(request.url, BASE)) return respond(request, 400, notFound);
      const url = new URL(request.url, BASE);
      if (url.pathname === SERVED_PATHS.tryPage) {
        const film = url.searchParams.get('film') ?? '';
        const { status, page } = tryPage(film, answer);
        return respond(request, status, prepare(layout(page, SERVED_PATHS), TRY_CACHE));
      }
      const page = fixed.get(url.pathname);
      return page ? respond(request, 200, page) : respond(request, 404, notFound);
    },
  };
}

function respond(request: SiteRequest, status: number, { body, headers }: Prepared): SiteResponse {
  const tags = request.ifNoneMatch?.split(',').map((tag) => tag.trim()) ?? [];
  const etag = headers['etag'];
  if (status === 200 && tags.some((tag) => tag === '*' || tag.replace(/^W\//, '') === etag)) {
    return { status: 304, headers, body: new Uint8Array(0) };
  }
  return {
    status,
    headers: { ...headers, 'content-length': String(body.length) },
    body: request.method === 'HEAD' ? new Uint8Array(0) : body,
  };
}
