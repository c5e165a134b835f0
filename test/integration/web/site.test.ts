import type { APIInteraction } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../../src/adapters/http/interactions-server.js';
import { createBotSite, staticSiteFiles, type Site } from '../../../src/adapters/web/bot-site.js';
import { escapeHtml } from '../../../src/adapters/web/page-layout.js';
import { serveSite } from '../../../src/adapters/web/serve-site.js';
import { createInteractionHandler } from '../../../src/core/handle-interaction.js';
import { generateEd25519Pair, signedHeaders } from '../../../fixtures/ed25519-signer.js';
import { pingInteraction } from '../../../fixtures/sample-interactions.js';

const handleInteraction = createInteractionHandler(COMMANDS);

const APPLICATION_ID = '123456789012345678';

/** The real core, counting how often the site asks it. */
function countingCore() {
  const seen: APIInteraction[] = [];
  const answer = (interaction: APIInteraction) => {
    seen.push(interaction);
    return handleInteraction(interaction);
  };
  return { seen, answer };
}

const get = (site: Site, url: string, ifNoneMatch?: string) =>
  site.handle({ method: 'GET', url, ifNoneMatch });
const text = (response: { body: Uint8Array }) => new TextDecoder().decode(response.body);

describe('the site as a request handler', () => {
  it('given the site is created, then the seven previews are asked for once and pages cost no further answers', () => {
    const core = countingCore();
    const site = createBotSite({ DISCORD_APPLICATION_ID: APPLICATION_ID }, core.answer);
    expect(core.seen).toHaveLength(7);
    for (let i = 0; i < 3; i += 1) {
      expect(get(site, '/').status).toBe(200);
      expect(get(site, '/privacy').status).toBe(200);
    }
    expect(core.seen).toHaveLength(7);
    expect(get(site, '/try?film=drago').status).toBe(200);
    expect(core.seen).toHaveLength(8);
  });

  it('given any response, then it carries the security headers', () => {
    const site = createBotSite({});
    const responses = [
      get(site, '/'),
      get(site, '/try?film=rocky'),
      get(site, '/terms'),
      get(site, '/site.css'),
      get(site, '/try.js'),
      get(site, '/favicon.svg'),
      get(site, '/missing'),
      site.handle({ method: 'POST', url: '/' }),
    ];
    expect(responses.map((response) => response.status)).toEqual([
      200, 200, 200, 200, 200, 200, 404, 405,
    ]);
    for (const { headers } of responses) {
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('given a page with its ETag, then it answers 304 without a body; HEAD gets headers only', () => {
    const site = createBotSite({});
    const first = get(site, '/');
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    const etag = first.headers['etag'] ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = get(site, '/', `W/"other", ${etag}`);
    expect(again.status).toBe(304);
    expect(again.body).toHaveLength(0);
    const head = site.handle({ method: 'HEAD', url: '/' });
    expect(head.body).toHaveLength(0);
    expect(head.headers['content-length']).toBe(String(first.body.length));
    // Every page and answer gets its own tag, so a cached one is never taken for another.
    const tags = [
      '/',
      '/privacy',
      '/terms',
      '/try?film=drago',
      '/try?film=apollo',
      '/site.css',
    ].map((url) => get(site, url).headers['etag']);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('given hostile text in the try box, then it comes back as text, or 400 when longer than the film option allows', () => {
    const site = createBotSite({});
    for (const hostile of [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'><svg onload=alert(1)>",
      '<@123456789012345678> @everyone <#1> <t:0>',
    ]) {
      const response = get(site, `/try?film=${encodeURIComponent(hostile)}`);
      expect(response.status, hostile).toBe(200);
      const html = text(response);
      expect(html).not.toContain(hostile);
      expect(html.match(/<script/g)).toEqual(['<script']);
      expect(html).not.toMatch(/<img|<svg onload/);
      expect(html).toContain(`/montage film:${escapeHtml(hostile)}`);
    }
    const long = get(site, `/try?film=${'x'.repeat(10_000)}`);
    expect(long.status).toBe(400);
    expect(text(long)).toContain('at most 100');
    expect(text(long)).not.toContain('x'.repeat(101));
  });

  it('given odd request targets, then each gets a page or a plain refusal, never a crash', () => {
    const site = createBotSite({});
    for (const url of [
      '//evil.example/x',
      '/%zz',
      '/try?film=%E0%A4%A',
      '/try?film&film=2',
      '*',
      '/try?',
    ]) {
      expect([200, 400, 404], url).toContain(get(site, url).status);
    }
  });

  it('given exactly 100 characters, then the core answers them, as Discord would pass them on', () => {
    const core = countingCore();
    const site = createBotSite({}, core.answer);
    expect(get(site, `/try?film=${'r'.repeat(100)}`).status).toBe(200);
    expect(core.seen).toHaveLength(8);
  });

  it('given no application id, then the home page says how to set one instead of linking', () => {
    const html = text(get(createBotSite({}), '/'));
    expect(html).toContain('DISCORD_APPLICATION_ID');
    expect(html).not.toContain('oauth2/authorize');
  });

  it('given the static export, then pages link to each other as files and leave the try box out', () => {
    const files = staticSiteFiles({
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      SITE_CONTACT: 'https://example.org/contact',
    });
    expect(Object.keys(files).sort()).toEqual([
      'favicon.svg',
      'index.html',
      'privacy.html',
      'site.css',
      'terms.html',
    ]);
    const home = files['index.html'] ?? '';
    expect(home).toContain('href="privacy.html"');
    expect(home).toContain('client_id=123456789012345678');
    expect(home).not.toContain('<form');
    expect(home).not.toContain('<script');
    // A static host may send no headers, so the policy travels in the page.
    expect(home).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';',
    );
    expect(files['privacy.html']).toContain('href="https://example.org/contact"');
  });
});

describe('the site behind npm run serve', () => {
  const discord = generateEd25519Pair();
  let endpoint: InteractionsServer;
  let base: string;

  beforeEach(async () => {
    endpoint = createInteractionsServer({
      publicKey: discord.publicKeyHex,
      commands: COMMANDS,
      otherPaths: serveSite(createBotSite({})),
    });
    const { port } = await endpoint.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${String(port)}`;
  });

  afterEach(async () => {
    await endpoint.close();
  });

  it('given the pages are wired in, then /, /interactions and /healthz each still answer as before', async () => {
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await home.text()).toContain('<h1 id="title">');

    const body = JSON.stringify(pingInteraction());
    const pong = await fetch(`${base}/interactions`, {
      method: 'POST',
      headers: signedHeaders(discord.privateKey, body),
      body,
    });
    expect(await pong.json()).toEqual({ type: 1 });

    const health = await fetch(`${base}/healthz`);
    expect(health.headers.get('content-type')).toContain('application/json');

    const notModified = await fetch(`${base}/`, {
      headers: { 'if-none-match': home.headers.get('etag') ?? '' },
    });
    expect(notModified.status).toBe(304);
  });
});
