import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** Runs `npm run bench -- --smoke --out <dir>` as CI would, bounded by a kill timer. */
function runSmokeBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'bench/main.ts'), '--smoke', '--out', out],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      done({ code, output });
    });
  });
}

describe('npm run bench --smoke', () => {
  it('given the smoke profile, then it exits 0 and writes a report with every section and the charts', async () => {
    const { code, output } = await runSmokeBench();
    expect(code, output).toBe(0);

    const report = readFileSync(join(out, 'benchmarks.md'), 'utf8');
    // Spelled out rather than imported, so the tests never import bench/ (one-way folders).
    for (const heading of [
      'Machine',
      'Versions',
      'Targets',
      'Core',
      'HTTP endpoint',
      'Gateway',
      'Memory',
      'Startup',
      'Cloudflare Worker',
      'Reproduce',
    ]) {
      expect(report).toContain(`\n## ${heading}\n`);
    }
    expect(report).not.toContain('## Failures');
    expect(report).toMatch(/\| discord\.js \| \d+\.\d+\.\d+ \|/);
    for (const chart of ['memory', 'http', 'gateway']) {
      expect(report).toContain(`benchmarks-${chart}.svg`);
      expect(readFileSync(join(out, `benchmarks-${chart}.svg`), 'utf8')).toMatch(
        /^<svg [^]*<\/svg>\n$/,
      );
    }
    // The summary table reaches stdout too.
    expect(output).toContain('== Targets ==');
  }, 180_000);
});
