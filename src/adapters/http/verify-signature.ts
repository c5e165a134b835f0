import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/**
 * DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410). Discord hands out the bare 32-byte
 * key; prepending this lets node:crypto import it without a JWK round trip.
 */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const PUBLIC_KEY_HEX = /^[0-9a-fA-F]{64}$/;
// Buffer.from(hex) silently stops at the first bad character, so the shape is checked first.
const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP = /^\d{1,15}$/;

/** Discord's documented replay window: a request signed more than this long ago (or ahead) is refused. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export type SignatureVerifier = (timestamp: string, body: Buffer, signatureHex: string) => boolean;

/** Imports the key once so each request pays only for the verify itself. Throws on a malformed key. */
export function createSignatureVerifier(publicKeyHex: string): SignatureVerifier {
  if (!PUBLIC_KEY_HEX.test(publicKeyHex)) {
    throw new Error('The public key must be 64 hex characters (32 bytes)');
  }
  const key: KeyObject = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
  return (timestamp, body, signatureHex) => {
    if (!SIGNATURE_HEX.test(signatureHex)) return false;
    const timestampLength = Buffer.byteLength(timestamp, 'latin1');
    // One allocation for timestamp + body instead of Buffer.concat's array and copies.
    const message = Buffer.allocUnsafe(timestampLength + body.length);
    message.write(timestamp, 0, 'latin1');
    body.copy(message, timestampLength);
    try {
      return verify(null, message, key, Buffer.from(signatureHex, 'hex'));
    } catch {
      // A signature node:crypto cannot even parse is just an invalid signature.
      return false;
    }
  };
}

/** True when the X-Signature-Timestamp (unix seconds) is within the replay window of `nowMs`. */
export function isFreshTimestamp(timestamp: string, nowMs: number): boolean {
  if (!TIMESTAMP.test(timestamp)) return false;
  return Math.abs(nowMs - Number(timestamp) * 1000) <= MAX_CLOCK_SKEW_MS;
}
