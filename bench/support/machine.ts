import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/** What the numbers were measured on and with; the report is meaningless without it. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly versions: Readonly<Record<string, string>>;
  readonly commit: string;
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

function packageVersion(packageJsonPath: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed) {
      return String(parsed.version);
    }
  } catch {
    // A missing package is reported as such rather than failing the whole bench.
  }
  return 'not installed';
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1];
    if (pretty !== undefined) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux, or no os-release: the kernel name and release are still useful.
  }
  return `${os.type()} ${os.release()}`;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(): MachineInfo {
  const dependency = (name: string) =>
    packageVersion(join(REPO_ROOT, 'node_modules', name, 'package.json'));
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 1024 ** 3,
    os: osName(),
    node: process.version,
    versions: {
      'rocky-montage-bot': packageVersion(join(REPO_ROOT, 'package.json')),
      node: process.version,
      'discord.js': dependency('discord.js'),
      '@discordjs/ws': dependency('@discordjs/ws'),
      express: dependency('express'),
      'discord-interactions': dependency('discord-interactions'),
      autocannon: dependency('autocannon'),
    },
    commit: gitCommit(),
  };
}
