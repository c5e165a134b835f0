import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';

const ROOT = resolve(import.meta.dirname, '../../..');
// An absolute loader URL, so a child can run from a directory without node_modules.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const CONSOLE = join(ROOT, 'src/adapters/console/main.ts');
const START = join(ROOT, 'src/main.ts');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A child without the developer's Discord settings, so only what each test sets is seen. */
function run(
  entry: string,
  args: readonly string[],
  options: { stdin?: string; cwd?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(DISCORD_|DOTENV_|FORCE_COLOR)/.test(name)),
  );
  const child = spawn(process.execPath, ['--import', TSX, entry, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...env, NO_COLOR: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(options.stdin ?? '');
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      done({ code, stdout, stderr });
    });
  });
}

describe('npm run console as a process', () => {
  it('given a command as an argument, when run, then it answers it once and exits 0', async () => {
    const result = await run(CONSOLE, ['/montage film:Rocky IV']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^│ #2 · Rocky IV \(1985\)$/m);
    expect(result.stdout).toContain('[3] Full ranking');
    expect(result.stdout).not.toContain('\x1b[');
  });

  it('given lines on stdin, when run, then each is answered in order and presses use the last reply', async () => {
    const result = await run(CONSOLE, [], {
      stdin: '/montage rank:1\n\nfull ranking\n/montage 4\n',
    });
    expect(result.code).toBe(0);
    const answers = result.stdout.split(/^› /m).slice(1);
    expect(answers.map((answer) => answer.split('\n')[0])).toEqual([
      '/montage rank:1',
      'full ranking',
      '/montage 4',
    ]);
    expect(answers[1]).toContain('▾ Open a montage…');
    expect(answers[2]).toContain('Did you mean `/montage rank:4` or `/montage film:4`?');
  });

  it('given --json, when lines are piped, then stdout holds exactly one JSON line per non-empty line', async () => {
    const commands = ['/montage rank:1', '/montage film:Rocky IV hide:true', '/help'];
    const stdin = `${commands[0] ?? ''}\n\n${commands[1] ?? ''}\n/montage rank:zero\n\n${commands[2] ?? ''}\n`;
    const result = await run(CONSOLE, ['--json'], { stdin });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(4);
    const printed = lines.map((line) => JSON.parse(line) as unknown);
    expect(printed[0]).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { embeds: [{ title: '#1 · Rocky Balboa (2006)' }], allowed_mentions: { parse: [] } },
    });
    expect(printed[0]).not.toHaveProperty('data.flags');
    expect(printed[1]).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { embeds: [{ title: '#2 · Rocky IV (1985)' }], flags: MessageFlags.Ephemeral },
    });
    expect(printed[2]).toEqual({ error: expect.stringContaining('`rank`') as unknown });
    expect(printed[3]).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        embeds: [{ title: 'Rocky training montages, ranked' }],
        flags: MessageFlags.Ephemeral,
      },
    });
  });
});

describe('npm start without a token', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'console-start-'));
    // A developer's .env with a token: an explicitly empty DISCORD_TOKEN must still win.
    await writeFile(join(directory, '.env'), 'DISCORD_TOKEN=aaaa.bbbb.cccc\n');
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('given DISCORD_TOKEN set to empty, when started, then the offline playground answers stdin lines through the local Discord', async () => {
    const result = await run(START, [], {
      cwd: directory,
      env: { DISCORD_TOKEN: '' },
      stdin: '/montage rank:3\nfull ranking\npick 2\n',
    });
    expect(result.code).toBe(0);
    const [notice, summary] = result.stderr.split('\n');
    expect(notice).toBe(
      'No DISCORD_TOKEN set: starting a local Discord and logging the real bot in to it. See README to run on Discord.',
    );
    expect(summary).toMatch(/commands deployed, .+ logged in over the gateway/);
    const answers = result.stdout.split(/^› /m).slice(1);
    expect(answers[0]).toMatch(/^│ #3 · Rocky \(1976\)$/m);
    expect(answers[0]).toMatch(/ms round trip/);
    // Presses travel as component interactions on the message the bot really posted.
    expect(answers[1]).toContain('▾ Open a montage…');
    expect(answers[2]).toMatch(/^│ #2 · Rocky IV \(1985\)$/m);
  });

  it('given a malformed setting, when started, then the config problem is printed without a stack and it exits 1', async () => {
    const result = await run(START, [], {
      cwd: directory,
      env: { DISCORD_TOKEN: '', PORT: 'lots' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT must be a port number');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
