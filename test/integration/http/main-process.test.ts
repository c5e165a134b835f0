import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../fixtures/free-port.js';
import { requestHead } from './raw-http.js';
import { generateEd25519Pair, nowSeconds, signBody } from '../../../fixtures/ed25519-signer.js';
import { APPLICATION_ID, pingInteraction } from '../../../fixtures/sample-interactions.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const discord = generateEd25519Pair();

interface Started {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  /** Resolves with the first JSON log line whose msg contains `text`. */
  readonly logLine: (text: string) => Promise<Record<string, unknown>>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];

// afterAll, not afterEach: the tests run concurrently and must not kill each other's process.
afterAll(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startServe(env: Record<string, string>): Started {
  // The built service on plain node, as `npm run serve` runs it (vitest's global setup builds).
  const child = spawn(process.execPath, ['dist/adapters/http/main.js'], {
    cwd: root,
    // Only what the process needs: a developer's own DISCORD_* variables must not leak in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let text = '';
  const waiters: (() => void)[] = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    text += chunk;
    for (const waiter of waiters.splice(0)) waiter();
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));

  const findLine = (needle: string): Record<string, unknown> | undefined => {
    for (const line of text.split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (typeof entry.msg === 'string' && entry.msg.includes(needle)) return entry;
    }
    return undefined;
  };
  const logLine = (needle: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = (): void => {
        const found = findLine(needle);
        if (found !== undefined) resolve(found);
        else if (child.exitCode !== null) reject(new Error(`exited before "${needle}":\n${text}`));
        else waiters.push(check);
      };
      check();
    });
  return { child, stderr: () => text, logLine, exited };
}

// Starting takes seconds on a busy machine; these budgets are for that, not for the server.
describe.concurrent('npm run serve (the real process)', { timeout: 45_000 }, () => {
  it('given SIGTERM twice while a request is in flight, then it stops accepting, answers that request, and exits 0', async () => {
    const port = await freePort();
    const serve = startServe({
      DISCORD_PUBLIC_KEY: discord.publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    const listening = await serve.logLine('listening');
    expect(listening).toMatchObject({ port, path: '/interactions' });

    // Half a request: the server has the headers and is waiting for the rest of the body.
    const body = JSON.stringify(pingInteraction());
    const timestamp = nowSeconds();
    const socket = connect({ port, host: '127.0.0.1' });
    await once(socket, 'connect');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = once(socket, 'close');
    // Expect: 100-continue makes the server say when it has parsed the headers, so SIGTERM
    // provably lands while this request is in flight (no sleep, no race).
    socket.write(
      requestHead('POST', '/interactions', {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-signature-ed25519': signBody(discord.privateKey, timestamp, body),
        'x-signature-timestamp': timestamp,
        expect: '100-continue',
      }) + body.slice(0, 10),
    );
    while (!received.includes('100 Continue')) await once(socket, 'data');

    serve.child.kill('SIGTERM');
    await serve.logLine('Shutting down');
    // A supervisor that signals the whole group, or a relay, sends it again: still no exit.
    await sleep(50);
    serve.child.kill('SIGTERM');
    await serve.logLine('Already shutting down');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    socket.write(body.slice(10));
    await closed;
    const response = received.slice(received.indexOf('\r\n\r\n') + 4);
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(response.endsWith('{"type":1}')).toBe(true);

    expect(await serve.exited).toEqual({ code: 0, signal: null });
    // Every line reached stderr, in the order it was logged: none was still being written at exit.
    const messages = serve
      .stderr()
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.slice(-3)).toEqual([
      'Shutting down: finishing in-flight requests',
      'Already shutting down; signal ignored',
      'Stopped',
    ]);
  });

  it('given a malformed DISCORD_PUBLIC_KEY, then one clear line naming it, no secret echoed, exit 1', async () => {
    const serve = startServe({
      DISCORD_PUBLIC_KEY: 'not-the-key-s3cr3t-value',
      DISCORD_APPLICATION_ID: APPLICATION_ID,
    });
    const { code } = await serve.exited;
    expect(code).toBe(1);
    const lines = serve.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('DISCORD_PUBLIC_KEY must be 64 hex characters');
    expect(lines[0]).toContain('Developer Portal');
    expect(serve.stderr()).not.toContain('s3cr3t');
  });

  it('given no DISCORD_PUBLIC_KEY, then one clear line saying how to set it, exit 1', async () => {
    const serve = startServe({ DISCORD_PUBLIC_KEY: '', DISCORD_APPLICATION_ID: APPLICATION_ID });
    const { code } = await serve.exited;
    expect(code).toBe(1);
    const lines = serve.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DISCORD_PUBLIC_KEY is missing: set DISCORD_PUBLIC_KEY in \.env/);
  });
});
