import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInteractionsWorker } from '../../../src/adapters/workers/interactions-worker.js';
import { createBotSite } from '../../../src/adapters/web/bot-site.js';
import { COMMANDS } from '../../../commands/index.js';
import { createInteractionHandler } from '../../../src/core/handle-interaction.js';
import { pingInteraction } from '../../../fixtures/sample-interactions.js';

// The fetch handler itself, in Node: the misconfigured paths never reach the crypto, and a second
// workerd instance for them would double the Worker test's start-up.
const worker = createInteractionsWorker(createInteractionHandler(COMMANDS));

const interaction = () =>
  new Request('http://127.0.0.1/interactions', {
    method: 'POST',
    headers: {
      'x-signature-ed25519': 'a'.repeat(128),
      'x-signature-timestamp': String(Math.floor(Date.now() / 1000)),
    },
    body: JSON.stringify(pingInteraction()),
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given a Worker deployed without a usable DISCORD_PUBLIC_KEY', () => {
  it.each([
    ['no binding at all', {}],
    ['a key that is not 64 hex characters', { DISCORD_PUBLIC_KEY: 'not-a-key' }],
  ])(
    'with %s, interactions get 500 and the log names the binding, never its value',
    async (_label, env) => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const res = await worker.fetch(interaction(), env);
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: 'internal error' });
      const lines = logged.mock.calls.map((call) => call.join(' '));
      expect(lines.join('\n')).toMatch(/DISCORD_PUBLIC_KEY .*wrangler secret put/);
      expect(lines.join('\n')).not.toContain('not-a-key');
    },
  );

  it('GET /healthz still answers 200', async () => {
    const res = await worker.fetch(new Request('http://127.0.0.1/healthz'), {});
    expect(res.status).toBe(200);
  });
});

describe('given the site bindings', () => {
  it('when SITE_CONTACT changes, the pages are rendered again with the new contact', async () => {
    const withSite = createInteractionsWorker(createInteractionHandler(COMMANDS), createBotSite);
    const privacy = async (contact: string) =>
      (
        await withSite.fetch(new Request('http://127.0.0.1/privacy'), { SITE_CONTACT: contact })
      ).text();
    expect(await privacy('first@example.org')).toContain('first@example.org');
    const second = await privacy('second@example.org');
    expect(second).toContain('second@example.org');
    expect(second).not.toContain('first@example.org');
  });

  it('without a site, other paths get the JSON 404', async () => {
    const res = await worker.fetch(new Request('http://127.0.0.1/'), {});
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found' });
  });
});
