import { afterEach } from 'vitest';
import {
  startGatewayWorld,
  type GatewayWorld,
  type GatewayWorldOptions,
} from '../../fixtures/gateway-world.js';

/**
 * For a spec file: a `start` that brings up the local Discord with the gateway bot logged in,
 * and stops whatever a test started once it ends, passed or failed.
 */
export function gatewayPerTest(): (options?: GatewayWorldOptions) => Promise<GatewayWorld> {
  const running: GatewayWorld[] = [];
  afterEach(async () => {
    for (const world of running.splice(0)) await world.stop();
  });
  return async (options) => {
    const world = await startGatewayWorld(options);
    running.push(world);
    return world;
  };
}
