import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * One registry per process, handed to its front door: with Node's default process metrics
 * (CPU, memory, event loop lag, GC, handles). prom-client's global registry is never used, so
 * tests and several servers in one process do not share counters.
 */
export function createProcessRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
