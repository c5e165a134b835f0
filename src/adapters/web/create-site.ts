import { createHash } from 'node:crypto';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import { FAVICON_SVG } from './steps-badge.js';
import { homePage, type Preview } from './home-page.js';
import { layout, SERVED_PATHS, STATIC_PATHS, type Page, type SitePaths } from './page-layout.js';
import { privacyPage } from './privacy-page.js';
import { SECURITY_HEADERS } from './security-headers.js';
import {
  previewedCommand,
  rankInvocation,
  rankingInvocation,
  type CommandDefinition,
  type PreviewedCommand,
} from './site-interactions.js';
import { SITE_CSS } from './site-styles.js';
import { termsPage } from './terms-page.js';
import { TRY_SCRIPT } from './try-script.js';
import { tryAnswer, tryForm, tryQuery } from './try-box.js';

export interface SiteOptions {
  readonly answer: InteractionHandler;
  /** The commands the bot registers; only their definitions are read. */
  readonly commands: readonly { readonly definition: CommandDefinition }[];
  /** For the Add to Discord link; without it the page says how to set one. */
  readonly applicationId?: string | undefined;
  /** The operator's contact line on the privacy and terms pages (SITE_CONTACT). */
  readonly contact?: string | undefined;
}

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
  readonly body: Buffer;
}

export interface Site {
  /** Answers any GET or HEAD path; pure apart from the core it was given. */
  handle(request: SiteRequest): SiteResponse;
}

interface Prepared {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly cacheControl: string;
}

const HTML = 'text/html; charset=utf-8';
/** Request URLs are paths; any base turns them into a URL to read. */
const BASE = 'http://site.invalid';
/** Pages may change on a restart (a new contact, a new id), so caches revalidate after a while. */
const PAGE_CACHE = 'public, max-age=300';
const ASSET_CACHE = 'public, max-age=86400';
/** Each answer is cheap to recompute; a shared cache need not hold visitors' queries. */
const TRY_CACHE = 'private, no-cache';

function prepare(text: string, contentType: string, cacheControl: string): Prepared {
  const body = Buffer.from(text);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag, contentType, cacheControl };
}

function previewsFor(previewed: PreviewedCommand, options: SiteOptions): Preview[] {
  const ranking = rankingInvocation(previewed);
  return [
    { typed: ranking.typed, response: options.answer(ranking.interaction) },
    ...[...previewed.ranks]
      .sort((a, b) => a - b)
      .map((rank) => {
        const invocation = rankInvocation(previewed, rank);
        return { typed: invocation.typed, response: options.answer(invocation.interaction), rank };
      }),
  ];
}

/** The three pages, rendered once, for either the server or the static export. */
function renderPages(
  options: SiteOptions,
  paths: SitePaths,
  policyInPage = false,
): Record<string, string> {
  const commands = options.commands.map((command) => command.definition);
  const previewed = previewedCommand(commands);
  const home = homePage(
    {
      commands,
      previewed,
      previews: previewsFor(previewed, options),
      applicationId: options.applicationId,
    },
    paths,
  );
  return {
    [paths.home]: layout(home, paths, policyInPage),
    [paths.privacy]: layout(privacyPage(options.contact), paths, policyInPage),
    [paths.terms]: layout(termsPage(options.contact, paths), paths, policyInPage),
  };
}

/** What `npm run build:site` writes: the pages and their files, for any static host. */
export function staticSiteFiles(options: SiteOptions): Record<string, string> {
  return {
    ...renderPages(options, STATIC_PATHS, true),
    [STATIC_PATHS.styles]: SITE_CSS,
    [STATIC_PATHS.icon]: FAVICON_SVG,
  };
}

function notFoundPage(): Page {
  return {
    title: 'Not found',
    description: 'There is no page here.',
    main: `<article class="prose"><h1>Not found</h1><p>There is no page here. The <a href="${SERVED_PATHS.home}">home page</a> shows everything the bot does.</p></article>`,
  };
}

/**
 * The bot's web pages as one request handler. Pages are rendered here, once; only /try runs the
 * core per request. Any front door (Node's HTTP server, a Worker) passes requests in.
 */
export function createSite(options: SiteOptions): Site {
  const paths = SERVED_PATHS;
  const previewed = previewedCommand(options.commands.map((command) => command.definition));
  const pages = renderPages(options, paths);
  const fixed = new Map<string, Prepared>([
    ...Object.entries(pages).map(
      ([path, html]) => [path, prepare(html, HTML, PAGE_CACHE)] as const,
    ),
    ['/site.css', prepare(SITE_CSS, 'text/css; charset=utf-8', ASSET_CACHE)],
    ['/try.js', prepare(TRY_SCRIPT, 'text/javascript; charset=utf-8', ASSET_CACHE)],
    ['/favicon.svg', prepare(FAVICON_SVG, 'image/svg+xml', ASSET_CACHE)],
  ]);
  const notFound = prepare(layout(notFoundPage(), paths), HTML, 'no-store');

  const tryPage = (query: URLSearchParams): { status: number; page: Prepared } => {
    const film = query.get('film') ?? '';
    const outcome = tryQuery(film, previewed, options.answer);
    // A refused query is shown back in the box only as far as the box itself would take it.
    const shown = film.slice(0, previewed.filmMaxLength);
    const page: Page = {
      title: outcome.kind === 'answered' ? 'Try it: the bot’s answer' : 'Try it',
      description: 'Ask the bot about a Rocky film and see its real answer.',
      main: `<section aria-labelledby="try-heading"><h1 id="try-heading">Try it</h1>${tryForm(shown, previewed, paths.tryPage ?? '/try')}${tryAnswer(outcome, previewed)}<p><a href="${paths.home}">See every answer on the home page</a></p></section>`,
    };
    return {
      status: outcome.kind === 'too-long' ? 400 : 200,
      page: prepare(layout(page, paths), HTML, TRY_CACHE),
    };
  };

  return {
    handle(request) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return respond(request, 405, notFound, { allow: 'GET, HEAD' });
      }
      if (!URL.canParse(request.url, BASE)) return respond(request, 400, notFound);
      const url = new URL(request.url, BASE);
      if (url.pathname === paths.tryPage) {
        const { status, page } = tryPage(url.searchParams);
        return respond(request, status, page);
      }
      const page = fixed.get(url.pathname);
      return page ? respond(request, 200, page) : respond(request, 404, notFound);
    },
  };
}

function respond(
  request: SiteRequest,
  status: number,
  prepared: Prepared,
  extra: Readonly<Record<string, string>> = {},
): SiteResponse {
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': prepared.contentType,
    'cache-control': prepared.cacheControl,
    etag: prepared.etag,
    ...extra,
  };
  if (status === 200 && matches(request.ifNoneMatch, prepared.etag)) {
    return { status: 304, headers, body: Buffer.alloc(0) };
  }
  const body = request.method === 'HEAD' ? Buffer.alloc(0) : prepared.body;
  return {
    status,
    headers: { ...headers, 'content-length': String(prepared.body.length) },
    body,
  };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
}
