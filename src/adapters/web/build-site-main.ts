import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDotenv, parseConfig, startFailed } from '../../config/load-config.js';
import { staticSiteFiles } from './bot-site.js';

/** For an operator who runs only the gateway bot, and so has no public endpoint for the pages. */
const USAGE = `Usage: npm run build:site [-- <dir>]

Writes the home, privacy and terms pages as static files to <dir> (default: site/).
Reads DISCORD_APPLICATION_ID (for the Add to Discord link) from the environment or .env.

  --help, -h  this text`;
const FLAGS = { help: { type: 'boolean', short: 'h' } } as const;

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: FLAGS, allowPositionals: true });
    if (!parsed.values.help && parsed.positionals.length > 1) {
      throw new Error('Give at most one folder');
    }
  } catch (err) {
    process.stderr.write(`build:site: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = resolve(parsed.positionals[0] ?? 'site');
  loadDotenv();
  const config = parseConfig();
  await mkdir(dir, { recursive: true });
  const files = staticSiteFiles(config);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  process.stdout.write(`Wrote ${Object.keys(files).join(', ')} to ${dir}\n`);
  if (config.DISCORD_APPLICATION_ID === undefined) {
    process.stdout.write(
      'No DISCORD_APPLICATION_ID: the home page explains how to set one instead of an Add to Discord link.\n',
    );
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch((err: unknown) =>
  startFailed(err, 'Cannot build the site'),
);
