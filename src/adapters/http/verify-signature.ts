import { createPublicKey, verify } from 'node:crypto';
import { assertPublicKeyHex, SIGNATURE_HEX, signedMessage } from './signed-request.js';

/**
 * DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410). Discord hands out the bare 32-byte
 * key; prepending this lets node:crypto import it without a JWK round trip.
 */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * Imports the key once so each request pays only for the verify itself. Throws on a malformed key.
 * node:crypto's synchronous one-shot verify is faster than WebCrypto's promise-based one, which
 * only the Worker (src/adapters/workers/) uses.
 */
export function createSignatureVerifier(publicKeyHex: string) {
  assertPublicKeyHex(publicKeyHex);
  const key = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
  return (timestamp: string, body: Uint8Array, signatureHex: string): boolean => {
    if (!SIGNATURE_HEX.test(signatureHex)) return false;
    try {
      return verify(null, signedMessage(timestamp, body), key, Buffer.from(signatureHex, 'hex'));
    } catch {
      // A signature node:crypto cannot even parse is just an invalid signature.
      return false;
    }
  };
}
