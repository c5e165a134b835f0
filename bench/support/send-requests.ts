import { Agent, request } from 'node:http';
import { signRequest, type Ed25519Pair } from '../../fixtures/ed25519-signer.js';
import { montageRankOneBody } from '../../fixtures/sample-interactions.js';

/**
 * Sends `count` signed `/montage rank:1` requests over a few keep-alive connections, for memory
 * figures "after N requests"; every answer must be 200.
 */
export async function sendSignedRequests(
  url: string,
  keys: Ed25519Pair,
  count: number,
): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const signed = signRequest(keys, montageRankOneBody());
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const outgoing = request(
        url,
        { method: 'POST', agent, headers: signed.headers },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 200) resolve();
            else reject(new Error(`${url} answered ${String(response.statusCode)}`));
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(signed.body);
    });
  let sent = 0;
  const worker = async () => {
    while (sent < count) {
      sent += 1;
      await one();
    }
  };
  try {
    await Promise.all(Array.from({ length: 8 }, worker));
  } finally {
    agent.destroy();
  }
}
