import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import axe from 'axe-core';
import { ApplicationCommandOptionType, type APIEmbed } from 'discord-api-types/v10';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInputInteraction } from '../../src/adapters/console/interaction-factory.js';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../src/adapters/http/interactions-server.js';
import { createBotSite } from '../../src/adapters/web/bot-site.js';
import { serveSite } from '../../src/adapters/web/serve-site.js';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { generateEd25519Pair } from '../../fixtures/ed25519-signer.js';
import {
  HAS_CHROMIUM,
  NO_CHROMIUM_MESSAGE,
  openLocalBrowser,
  type LocalBrowser,
} from '../../fixtures/browser.js';
import { messageData } from '../../fixtures/core-responses.js';

const handleInteraction = createInteractionHandler(COMMANDS);

const APPLICATION_ID = '123456789012345678';
const CONTACT = 'rocky-bot@example.org';
/** Review copies, git-ignored. `SCREENSHOTS=docs` also refreshes the README's one under docs/. */
const SCREENSHOT_DIR = 'test-results/screenshots';
const README_SCREENSHOT = 'docs/web-home.png';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

if (!HAS_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

/** The core's own answer to a /montage line, as the pages must show it. */
function coreEmbed(option: { name: string; value: string | number }): APIEmbed {
  const type =
    typeof option.value === 'number'
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.String;
  const response = handleInteraction(
    chatInputInteraction('montage', [{ ...option, type } as never]),
  );
  const embed = messageData(response).embeds?.[0];
  if (!embed) throw new Error('expected the core to answer with an embed');
  return embed;
}

function coreContent(film: string): string {
  const response = handleInteraction(
    chatInputInteraction('montage', [
      { name: 'film', type: ApplicationCommandOptionType.String, value: film },
    ]),
  );
  return messageData(response).content ?? '';
}

/** The one browser global these tests use; they compile without the DOM's types. */
interface BrowserWindow {
  getComputedStyle(element: unknown): { readonly fill: string };
}

const rgb = (colour: number) =>
  `rgb(${String((colour >> 16) & 0xff)}, ${String((colour >> 8) & 0xff)}, ${String(colour & 0xff)})`;

// A real browser on a shared 2-core CI machine: give each step room, not the 20 s unit default.
describe.skipIf(!HAS_CHROMIUM)('the web pages in Chromium', { timeout: 90_000 }, () => {
  let endpoint: InteractionsServer;
  let base: string;
  let browser: LocalBrowser;
  let noScript: LocalBrowser;
  const problems: string[] = [];

  beforeAll(async () => {
    endpoint = createInteractionsServer({
      publicKey: generateEd25519Pair().publicKeyHex,
      commands: COMMANDS,
      otherPaths: serveSite(
        createBotSite({ DISCORD_APPLICATION_ID: APPLICATION_ID, SITE_CONTACT: CONTACT }),
      ),
    });
    const { port } = await endpoint.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${String(port)}`;
    browser = await openLocalBrowser({ viewport: DESKTOP });
    noScript = await openLocalBrowser({ viewport: DESKTOP, javaScriptEnabled: false });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    await noScript.close();
    await endpoint.close();
  });

  /** A page that records console errors, failed requests and script errors into `problems`. */
  async function open(from: LocalBrowser, path: string): Promise<Page> {
    const page = await from.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${path}: console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: script error: ${error.message}`));
    page.on('requestfailed', (request) =>
      problems.push(`${path}: request failed: ${request.url()}`),
    );
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    // Evaluated through DevTools, not injected as a <script>: the page's CSP rightly forbids that.
    await page.evaluate(axe.source);
    // A string, run in the page: these tests compile without the DOM's types.
    const results = await page.evaluate<axe.AxeResults>(
      "axe.run(document, { resultTypes: ['violations'] })",
    );
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
  }

  it('given the home page, then the ranking comes first and six embeds match the core’s titles and colours', async () => {
    const page = await open(browser, '/');
    const ids = await Promise.all(
      (await page.locator('.previews > .message').all()).map((node) => node.getAttribute('id')),
    );
    expect(ids).toEqual(['ranking', 'rank-1', 'rank-2', 'rank-3', 'rank-4', 'rank-5', 'rank-6']);

    const ranking = messageData(handleInteraction(chatInputInteraction('montage', []))).embeds?.[0];
    await expect(page.locator('#ranking .embed-title').textContent()).resolves.toBe(ranking?.title);
    for (let rank = 1; rank <= 6; rank += 1) {
      const expected = coreEmbed({ name: 'rank', value: rank });
      const embed = page.locator(`#rank-${String(rank)} .embed`);
      await expect(embed.locator('.embed-title').textContent()).resolves.toBe(expected.title);
      const fill = await embed
        .locator('.bar rect')
        .evaluate((rect) => (globalThis as unknown as BrowserWindow).getComputedStyle(rect).fill);
      expect(fill, `colour of #${String(rank)}`).toBe(rgb(expected.color ?? -1));
      const fieldNames = await embed.locator('.field h4').allTextContents();
      expect(fieldNames).toEqual(expected.fields?.map((field) => field.name));
      await expect(embed.locator('.footer').textContent()).resolves.toBe(expected.footer?.text);
    }
    await page.close();
  });

  it('given the invite links, then they carry the client id, scopes and integration types', async () => {
    const page = await open(browser, '/');
    const server = new URL((await page.locator('#invite-server').getAttribute('href')) ?? '');
    expect(server.origin + server.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(server.searchParams.get('client_id')).toBe(APPLICATION_ID);
    expect(server.searchParams.get('scope')?.split(' ')).toEqual(['bot', 'applications.commands']);
    expect(server.searchParams.get('integration_type')).toBe('0');
    expect(server.searchParams.get('permissions')).toBe('0');

    const user = new URL((await page.locator('#invite-user').getAttribute('href')) ?? '');
    expect(user.searchParams.get('client_id')).toBe(APPLICATION_ID);
    expect(user.searchParams.get('scope')).toBe('applications.commands');
    expect(user.searchParams.get('integration_type')).toBe('1');
    await page.close();
  });

  it('given script, when a film is typed, then the answer appears in place: Rocky IV for “rokcy 4”, the miss notice for junk', async () => {
    const page = await open(browser, '/');
    await page.fill('#film', 'rokcy 4');
    await page.press('#film', 'Enter');
    const title = page.locator('#try-answer .embed-title');
    await expect
      .poll(() => title.textContent())
      .toBe(coreEmbed({ name: 'film', value: 'rokcy 4' }).title);
    expect(await title.textContent()).toContain('Rocky IV');
    expect(new URL(page.url()).pathname).toBe('/');

    await page.fill('#film', 'qzxv wplk');
    await page.press('#film', 'Enter');
    const content = page.locator('#try-answer .content');
    await expect.poll(() => content.textContent()).toContain('No ranked montage matches');
    expect(coreContent('qzxv wplk')).toContain('No ranked montage matches');
    await page.close();
  });

  it('given no script, when the form is sent, then /try answers the same way', async () => {
    const page = await open(noScript, '/');
    await page.fill('#film', 'rokcy 4');
    await Promise.all([page.waitForURL('**/try?film=rokcy+4'), page.click('form.try button')]);
    await expect(page.locator('#try-answer .embed-title').textContent()).resolves.toBe(
      coreEmbed({ name: 'film', value: 'rokcy 4' }).title,
    );
    await expect(page.locator('#film').inputValue()).resolves.toBe('rokcy 4');

    await page.fill('#film', 'qzxv wplk');
    await Promise.all([page.waitForURL('**/try?film=qzxv+wplk'), page.click('form.try button')]);
    await expect(page.locator('#try-answer .content').textContent()).resolves.toContain(
      'No ranked montage matches “qzxv wplk”',
    );
    await page.close();
  });

  it('given hostile text in the try box, then it shows as text and nothing runs', async () => {
    const page = await open(browser, '/');
    for (const hostile of [
      '<script>window.pwned = 1</script>',
      '"><img src=x onerror="window.pwned = 1">',
      '<@123456789012345678> @everyone',
    ]) {
      await page.fill('#film', hostile);
      await page.press('#film', 'Enter');
      const invocation = page.locator('#try-answer .invocation code');
      await expect.poll(() => invocation.textContent()).toBe(`/montage film:${hostile}`);
      expect(await page.locator('#try-answer script, #try-answer img').count()).toBe(0);
      expect(await page.evaluate("'pwned' in window")).toBe(false);
    }
    await page.close();
  });

  it('given the privacy and terms pages, then both load with the contact line', async () => {
    for (const [path, heading] of [
      ['/privacy', 'Privacy Policy'],
      ['/terms', 'Terms of Service'],
    ] as const) {
      const page = await open(browser, path);
      await expect(page.locator('h1').textContent()).resolves.toBe(heading);
      await expect(page.locator(`a[href="mailto:${CONTACT}"]`).count()).resolves.toBe(1);
      await page.close();
    }
  });

  it('given every page in dark and light, then axe finds no serious or critical violations', async () => {
    for (const colorScheme of ['dark', 'light'] as const) {
      for (const path of ['/', '/try?film=rokcy+4', '/try?film=zzzz', '/privacy', '/terms']) {
        const page = await open(browser, path);
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page), `${path} (${colorScheme})`).toEqual([]);
        await page.close();
      }
    }
  });

  it('given desktop and phone widths, then screenshots are saved and nothing overflows sideways', async () => {
    const shots: [string, string, { width: number; height: number }, 'dark' | 'light'][] = [
      ['/', 'home-desktop', DESKTOP, 'dark'],
      ['/', 'home-desktop-light', DESKTOP, 'light'],
      ['/', 'home-phone', PHONE, 'dark'],
      ['/try?film=rokcy+4', 'try-phone', PHONE, 'dark'],
      ['/try?film=zzzz', 'try-miss-phone', PHONE, 'light'],
      ['/privacy', 'privacy-phone', PHONE, 'dark'],
    ];
    for (const [path, name, viewport, colorScheme] of shots) {
      const page = await open(browser, path);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const overflow = Number(
        await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        ),
      );
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
      if (name === 'home-desktop' && process.env['SCREENSHOTS'] === 'docs') {
        // The top of the page down to the first previews.
        await page.screenshot({
          path: README_SCREENSHOT,
          fullPage: true,
          clip: { x: 0, y: 0, width: DESKTOP.width, height: 1500 },
        });
      }
      await page.close();
    }
    const png = await readFile(join(SCREENSHOT_DIR, 'home-phone.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('given all of the above, then no console errors and no request left 127.0.0.1', () => {
    expect(problems).toEqual([]);
    expect(browser.escaped).toEqual([]);
    expect(noScript.escaped).toEqual([]);
  });
});
