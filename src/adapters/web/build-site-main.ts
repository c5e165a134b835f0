/**
 * `npm run build:site [dir]`: the home, privacy and terms pages as static files (default
 * `site/`), for an operator who runs only the gateway bot and has no public endpoint.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError, loadDotenv, parseConfig } from '../../config/load-config.js';
import { botStaticSiteFiles } from './bot-site.js';

async function main(): Promise<void> {
  loadDotenv();
  const config = parseConfig();
  const dir = resolve(process.argv[2] ?? 'site');
  await mkdir(dir, { recursive: true });
  const files = botStaticSiteFiles(config);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  process.stdout.write(`Wrote ${Object.keys(files).join(', ')} to ${dir}\n`);
  if (config.DISCORD_APPLICATION_ID === undefined) {
    process.stdout.write(
      'No DISCORD_APPLICATION_ID: the home page explains how to set one instead of an Add to Discord link.\n',
    );
  }
}

main().catch((err: unknown) => {
  const message =
    err instanceof ConfigError
      ? err.problems.join('; ')
      : err instanceof Error
        ? err.message
        : String(err);
  process.stderr.write(`Cannot build the site: ${message}\n`);
  process.exitCode = 1;
});
