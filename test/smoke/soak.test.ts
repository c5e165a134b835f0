import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run soak -- --smoke` as CI runs it: a real child process (its exit code is the contract),
 * a few hundred gateway interactions under every fault kind plus a few seconds of HTTP traffic.
 */
const ROOT = resolve(import.meta.dirname, '../..');
// The smoke takes ~15 s; the limit leaves room for a loaded CI machine, and the test's own
// timeout below is the hard stop.
const SMOKE_LIMIT_MS = 45_000;

function runSmoke(): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/soak.ts', '--smoke'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), SMOKE_LIMIT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output, ms: Date.now() - started });
    });
  });
}

describe('npm run soak -- --smoke', () => {
  it(
    'exits 0 with every interaction answered once, no forged request accepted and the server alive',
    async () => {
      const { code, output } = await runSmoke();
      expect(output).toMatch(/RESULT: PASS/);
      expect(code, output).toBe(0);
      expect(output).toMatch(/^ {2}double acks +0$/m);
      expect(output).toMatch(/^ {2}unanswered +0$/m);
      expect(output).toMatch(/^ {2}answers = core \(sample\) +(\d+) \/ \1$/m);
      expect(output).toMatch(
        /^ {2}faults injected +\d+: close-4000 [1-9]\d*, drop-1006 [1-9]\d*, op7-reconnect [1-9]\d*, op9-resumable [1-9]\d*, op9-fresh [1-9]\d*, 429-burst [1-9]\d*, 500-single [1-9]\d*$/m,
      );
      expect(output).toMatch(/^ {2}valid ok +(\d+) \/ \1 /m);
      expect(output).toMatch(/^ {2}forged accepted +0$/m);
      expect(output).toMatch(/^ {2}5xx +0$/m);
      expect(output).toMatch(/^ {2}errors +0$/m);
      expect(output).toMatch(/^ {2}server at end +alive, \/healthz 200, SIGTERM → exit 0$/m);
      expect(output).not.toMatch(/^ {2}FAIL/m);
    },
    SMOKE_LIMIT_MS + 5_000,
  );
});
