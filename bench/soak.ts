/**
 * `npm run soak`: the bot under sustained traffic and random faults, through both front doors.
 * Gateway phase first, then HTTP, never both at once: they share 2 CPUs, and overlapping them
 * would make each phase's latencies describe the other's load. Bounded in time and count; exits
 * non-zero when any target is missed. See `--help` (bench/soak/soak-options.ts).
 */
import { runGatewaySoak } from './soak/gateway-soak.js';
import { runHttpSoak } from './soak/http-soak.js';
import { seededRandom } from '../fixtures/seeded-random.js';
import { parseSoakOptions, USAGE, type SoakOptions } from './soak/soak-options.js';
import { gatewayTargets, httpTargets, type Target } from './soak/soak-targets.js';
import { gatewaySection, httpSection, targetsSection } from './soak/summary.js';

function parse(): SoakOptions | undefined {
  try {
    return parseSoakOptions(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message === USAGE) process.stdout.write(`${USAGE}\n`);
    else process.stderr.write(`soak: ${message}\n\n${USAGE}\n`);
    process.exitCode = message === USAGE ? 0 : 2;
    return undefined;
  }
}

async function main(): Promise<void> {
  const options = parse();
  if (options === undefined) return;
  const started = Date.now();
  const durationMs = options.durationSeconds * 1000;
  process.stdout.write(
    `Soak${options.smoke ? ' (smoke)' : ''}: seed ${options.seed}, ${options.durationSeconds} s per phase, ${options.count} gateway interactions, ${options.httpRate} HTTP req/s\n`,
  );

  const sections: string[][] = [];
  const targets: Target[] = [];
  // Each phase gets its own stream from the seed so `--only` replays the same traffic.
  if (options.phases.includes('gateway')) {
    const result = await runGatewaySoak({
      durationMs,
      count: options.count,
      random: seededRandom(options.seed),
    });
    sections.push(gatewaySection(result));
    targets.push(...gatewayTargets(result));
  }
  if (options.phases.includes('http')) {
    const result = await runHttpSoak({
      durationMs,
      rate: options.httpRate,
      random: seededRandom(options.seed + 1),
    });
    sections.push(httpSection(result));
    targets.push(...httpTargets(result));
  }
  sections.push(targetsSection(targets));
  const body = sections.map((section) => section.join('\n')).join('\n\n');
  process.stdout.write(`\n${body}\nTotal time ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.exitCode = targets.every((target) => target.pass) ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `soak failed to run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
