import type { Socket } from 'node:net';
import { requestHead } from './raw-http.js';
import { nowSeconds } from '../../../fixtures/ed25519-signer.js';
import { pingInteraction } from '../../../fixtures/sample-interactions.js';

/** Bodies over the 64 KiB limit, written on a bare socket; both front doors must answer 413. */
const headers = (extra: Record<string, string | number>) => ({
  'content-type': 'application/json',
  'x-signature-ed25519': 'a'.repeat(128),
  'x-signature-timestamp': nowSeconds(),
  ...extra,
});

/** Declares 10 MB and sends none of it: the answer must come before any body byte. */
export function declareTooLargeBody(socket: Socket): void {
  socket.write(requestHead('POST', '/interactions', headers({ 'content-length': 10_000_000 })));
}

/** 5 x 16 KiB chunks cross the limit; the terminating 0-chunk is never sent. */
export function streamTooLargeChunkedBody(socket: Socket): void {
  const chunk = Buffer.alloc(16 * 1024, 0x20);
  socket.write(requestHead('POST', '/interactions', headers({ 'transfer-encoding': 'chunked' })));
  for (let i = 0; i < 5; i++)
    socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`);
}

/** A PING padded to exactly the limit, which must still be accepted. */
export function pingOfExactly64KiB(): string {
  const ping = JSON.stringify(pingInteraction());
  return ping.slice(0, -1) + ',"padding":"' + 'x'.repeat(65536 - ping.length - 13) + '"}';
}
