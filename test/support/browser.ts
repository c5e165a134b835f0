import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Debian's chromium package; Playwright's own browser download cannot work on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const NO_CHROMIUM_MESSAGE = `Skipping the browser tests: no browser at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (.ci/run does this).`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LocalBrowser {
  readonly context: BrowserContext;
  /** Every request that tried to leave 127.0.0.1; each was aborted. */
  readonly escaped: readonly string[];
  close(): Promise<void>;
}

/**
 * Chromium with a fresh profile, whose requests may only go to 127.0.0.1: anything else is
 * aborted and recorded, so a test can assert that nothing tried.
 */
export async function openLocalBrowser(options: BrowserContextOptions = {}): Promise<LocalBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'rocky-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    ...options,
  });
  const escaped: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') {
      await route.continue();
    } else {
      escaped.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  return {
    context,
    escaped,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
