import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * A registry with Node's default process metrics, one per front door: not prom-client's global one,
 * so tests and several servers in one process do not share counters.
 */
export function createProcessRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
