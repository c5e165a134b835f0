import { assertPublicKeyHex, SIGNATURE_HEX, signedMessage } from '../http/signed-request.js';

/** Decodes hex already checked for shape (the caller tests it against a strict pattern). */
function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * WebCrypto Ed25519, the only verify workerd offers without nodejs_compat. The key is imported
 * once per isolate; each request pays only for the verify. Throws on a malformed key.
 */
export function createWebCryptoVerifier(publicKeyHex: string) {
  assertPublicKeyHex(publicKeyHex);
  const key = crypto.subtle.importKey('raw', hexBytes(publicKeyHex), { name: 'Ed25519' }, false, [
    'verify',
  ]);
  return async (timestamp: string, body: Uint8Array, signatureHex: string): Promise<boolean> => {
    if (!SIGNATURE_HEX.test(signatureHex)) return false;
    const message = signedMessage(timestamp, body);
    try {
      return await crypto.subtle.verify(
        { name: 'Ed25519' },
        await key,
        hexBytes(signatureHex),
        message,
      );
    } catch {
      return false;
    }
  };
}
