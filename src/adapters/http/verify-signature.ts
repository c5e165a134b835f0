import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { assertPublicKeyHex, isSignatureHex } from './signed-request.js';

/**
 * DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410). Discord hands out the bare 32-byte
 * key; prepending this lets node:crypto import it without a JWK round trip.
 */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export type SignatureVerifier = (timestamp: string, body: Buffer, signatureHex: string) => boolean;

/**
 * Imports the key once so each request pays only for the verify itself. Throws on a malformed key.
 * node:crypto's synchronous one-shot verify is faster than WebCrypto's promise-based one, which
 * only the Worker (src/adapters/workers/) uses.
 */
export function createSignatureVerifier(publicKeyHex: string): SignatureVerifier {
  assertPublicKeyHex(publicKeyHex);
  const key: KeyObject = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
  return (timestamp, body, signatureHex) => {
    if (!isSignatureHex(signatureHex)) return false;
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
