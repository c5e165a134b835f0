import { assertPublicKeyHex, isSignatureHex } from '../http/signed-request.js';

export type AsyncSignatureVerifier = (
  timestamp: string,
  body: Uint8Array,
  signatureHex: string,
) => Promise<boolean>;

const encoder = new TextEncoder();

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
export function createWebCryptoVerifier(publicKeyHex: string): AsyncSignatureVerifier {
  assertPublicKeyHex(publicKeyHex);
  const key = crypto.subtle.importKey('raw', hexBytes(publicKeyHex), { name: 'Ed25519' }, false, [
    'verify',
  ]);
  return async (timestamp, body, signatureHex) => {
    if (!isSignatureHex(signatureHex)) return false;
    const stamp = encoder.encode(timestamp);
    const message = new Uint8Array(stamp.length + body.length);
    message.set(stamp);
    message.set(body, stamp.length);
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
