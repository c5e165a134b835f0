import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The folders of the layout, in the direction imports may flow (README, Architecture): a folder
 * may import its own layer and the layers before it, never one after it.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['data', 'src/config', 'src/logging', 'src/shutdown', 'src/metrics'],
  ['src/lookup'],
  ['src/render'],
  ['src/command-kit'],
  ['commands'],
  ['src/core'],
  [
    'src/adapters/health',
    'src/adapters/gateway',
    'src/adapters/http',
    'src/adapters/workers',
    'src/adapters/web',
    'src/adapters/console',
    'src/adapters/playground',
    'src/deploy',
    'src/local-discord',
    'src',
  ],
  // Fixtures shared by tests and benchmarks, so neither needs to import the other.
  ['fixtures'],
  ['bench'],
  ['test'],
];
const FOLDERS = LAYERS.flat().sort((a, b) => b.length - a.length);
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));
const folderOf = (file: string) => FOLDERS.find((folder) => file.startsWith(`${folder}/`));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.[jt]s$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import or re-export of a file, as a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)];
  return specifiers.map((match) =>
    relative(ROOT, resolve(ROOT, dirname(file), match[1] ?? '')).replace(/\.js$/, '.ts'),
  );
}

/** Folder -> the folders it imports from, built from every file under the layout's folders. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>(FOLDERS.map((folder) => [folder, new Set()]));
  for (const top of ['data', 'src', 'commands', 'fixtures', 'bench', 'test']) {
    for (const file of sourceFiles(top)) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (from !== undefined && to !== undefined && to !== from) graph.get(from)?.add(to);
      }
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const done = new Set<string>();
  const walk = (folder: string, path: string[]): string[] | undefined => {
    if (path.includes(folder)) return [...path.slice(path.indexOf(folder)), folder];
    if (done.has(folder)) return undefined;
    for (const next of graph.get(folder) ?? []) {
      const cycle = walk(next, [...path, folder]);
      if (cycle) return cycle;
    }
    done.add(folder);
    return undefined;
  };
  for (const folder of graph.keys()) {
    const cycle = walk(folder, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the folder import graph', () => {
  const graph = folderGraph();

  it('sees the imports it guards (the walk is not empty)', () => {
    expect(graph.get('commands')).toContain('src/command-kit');
    expect(graph.get('src/adapters/http')).toContain('src/core');
  });

  it('has no cycle', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('only imports along the declared direction: data -> lookup -> render -> command-kit -> commands -> core -> front doors', () => {
    const against = [...graph].flatMap(([from, targets]) =>
      [...targets].filter((to) => layerOf(to) > layerOf(from)).map((to) => `${from} -> ${to}`),
    );
    expect(against).toEqual([]);
  });

  it('keeps the core and command-kit free of any command', () => {
    expect(graph.get('src/core')).not.toContain('commands');
    expect(graph.get('src/command-kit')).not.toContain('commands');
  });
});

describe('the cycle finder', () => {
  it('given a two-folder loop, then it names it', () => {
    const loop = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['a'])],
    ]);
    expect(findCycle(loop)).toEqual(['a', 'b', 'a']);
  });
});
