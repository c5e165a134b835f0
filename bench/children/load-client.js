/**
 * One autocannon run in its own process, pinned by the parent to the load generator's core.
 * Plain JavaScript so it runs without a loader. Prints one JSON line: autocannon's figures plus
 * this process's CPU time during the run, which is how the report shows the load generator had
 * CPU to spare (autocannon's CLI cannot report its own CPU time).
 */
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? '{}');
const cpuBefore = process.cpuUsage();
const started = performance.now();
autocannon(
  {
    url: options.url,
    method: 'POST',
    body: options.body,
    headers: options.headers,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
  },
  (error, result) => {
    if (error) {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
      return;
    }
    const cpu = process.cpuUsage(cpuBefore);
    process.stdout.write(
      `${JSON.stringify({
        requestsPerSecond: result.requests.average,
        requests: result.requests.total,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        ok: result['2xx'],
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        wallSeconds: (performance.now() - started) / 1000,
      })}\n`,
    );
  },
);
