import { createPublicKey, verify } from 'node:crypto';
import { assertPublicKeyHex, SIGNATURE_HEX, signedMessage } from './signed-request.js';

/**
 * Imports the key once so each request pays only for the verify itself. Throws on a malformed key.
 * node:crypto's synchronous one-shot verify is faster than WebCrypto's, which only the Worker uses.
 */
export function createSignatureVerifier(publicKeyHex: string) {
  assertPublicKeyHex(publicKeyHex);
  const x = Buffer.from(publicKeyHex, 'hex').toString('base64url');
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
  return (timestamp: string, body: Uint8Array, signatureHex: string): boolean => {
    // Any 64 bytes then make a signature node:crypto can judge: it answers false, never throws.
    if (!SIGNATURE_HEX.test(signatureHex)) return false;
    return verify(null, signedMessage(timestamp, body), key, Buffer.from(signatureHex, 'hex'));
  };
}
