import { createPublicKey, verify } from 'node:crypto';
import { assertPublicKeyHex, SIGNATURE_HEX, signedMessage } from './signed-request.js';

/**
 * Imports the key once so each request pays only for the verify itself. Throws on a malformed key.
 * node:crypto's synchronous one-shot verify is faster than WebCrypto's promise-based one, which
 * only the Worker (src/adapters/workers/) uses.
 */
export function createSignatureVerifier(publicKeyHex: string) {
  assertPublicKeyHex(publicKeyHex);
  const x = Buffer.from(publicKeyHex, 'hex').toString('base64url');
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
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
