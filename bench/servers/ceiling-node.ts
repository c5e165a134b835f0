/**
 * The ceiling: bare node:http and node:crypto, no framework, no safety limits (no body cap, no
 * timeouts, no replay window) — what answering a signed interaction costs at the least on this
 * machine. The key is imported once; the embed comes from the same core as the project's.
 */
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';
import type { APIInteraction } from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { announceListening, requireEnv } from './listening-line.js';

const handleInteraction = createInteractionHandler(COMMANDS);

const key = createPublicKey({
  key: Buffer.concat([
    Buffer.from('302a300506032b6570032100', 'hex'),
    Buffer.from(requireEnv('BENCH_PUBLIC_KEY'), 'hex'),
  ]),
  format: 'der',
  type: 'spki',
});

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (
      typeof signature !== 'string' ||
      typeof timestamp !== 'string' ||
      !verify(
        null,
        Buffer.concat([Buffer.from(timestamp), body]),
        key,
        Buffer.from(signature, 'hex'),
      )
    ) {
      res.writeHead(401).end();
      return;
    }
    const answer = JSON.stringify(handleInteraction(JSON.parse(body.toString()) as APIInteraction));
    res
      .writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(answer),
      })
      .end(answer);
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address !== null && typeof address !== 'string') announceListening(address.port);
});
process.once('SIGTERM', () => server.close());
