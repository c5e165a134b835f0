/**
 * Everything the Node endpoint and the Cloudflare Worker share about a Discord interaction request
 * except the Ed25519 verify itself: routes, limits, header checks, the replay window and the fixed
 * JSON answers. No node: imports and no Buffer, so workerd runs it without nodejs_compat.
 */

/** Discord interactions are a few KiB; anything near this is not from Discord. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Discord's documented replay window: a request signed more than this long ago (or ahead) is refused. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

const PUBLIC_KEY_HEX = /^[0-9a-fA-F]{64}$/;
// Hex decoders silently stop at the first bad character, so the shape is checked first.
const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP = /^\d{1,15}$/;

/** Throws on anything but the 32-byte key Discord shows in the Developer Portal, hex encoded. */
export function assertPublicKeyHex(publicKeyHex: string): void {
  if (!PUBLIC_KEY_HEX.test(publicKeyHex)) {
    throw new Error('The public key must be 64 hex characters (32 bytes)');
  }
}

/** True when the signature can be decoded into the 64 bytes of an Ed25519 signature. */
export function isSignatureHex(signatureHex: string): boolean {
  return SIGNATURE_HEX.test(signatureHex);
}

/** True when the X-Signature-Timestamp is whole unix seconds, as Discord sends it. */
export function isTimestampText(timestamp: string): boolean {
  return TIMESTAMP.test(timestamp);
}

/** True when the X-Signature-Timestamp (unix seconds) is within the replay window of `nowMs`. */
export function isFreshTimestamp(timestamp: string, nowMs: number): boolean {
  if (!isTimestampText(timestamp)) return false;
  return Math.abs(nowMs - Number(timestamp) * 1000) <= MAX_CLOCK_SKEW_MS;
}

const errorJson = (message: string): string => JSON.stringify({ error: message });

/** The exact bytes (as text) of every fixed answer, so both front doors send the same ones. */
export const ERROR_JSON = {
  missingSignature: errorJson('missing X-Signature-Ed25519 or X-Signature-Timestamp header'),
  malformedTimestamp: errorJson('X-Signature-Timestamp must be whole unix seconds'),
  staleTimestamp: errorJson('X-Signature-Timestamp is outside the 5 minute window'),
  badSignature: errorJson('invalid request signature'),
  tooLarge: errorJson('body larger than 64 KiB'),
  notAnInteraction: errorJson('body is not a Discord interaction'),
  notFound: errorJson('not found'),
  methodNotAllowed: errorJson('method not allowed'),
  internal: errorJson('internal error'),
} as const;

export type ErrorName = keyof typeof ERROR_JSON;

export const PONG_JSON = JSON.stringify({ type: 1 });
export const HEALTHY_JSON = JSON.stringify({ status: 'ok' });

export type SignatureHeaders =
  | { readonly ok: true; readonly signature: string; readonly timestamp: string }
  | {
      readonly ok: false;
      readonly error: 'missingSignature' | 'malformedTimestamp' | 'staleTimestamp';
    };

const MISSING: SignatureHeaders = { ok: false, error: 'missingSignature' };
const MALFORMED: SignatureHeaders = { ok: false, error: 'malformedTimestamp' };
const STALE: SignatureHeaders = { ok: false, error: 'staleTimestamp' };

/**
 * The checks made before a byte of body is read. Node hands a repeated header over as an array
 * and the Fetch API a missing one as null; either way only one plain string will do.
 */
export function checkSignatureHeaders(
  signature: unknown,
  timestamp: unknown,
  nowMs: number,
): SignatureHeaders {
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return MISSING;
  // A timestamp that is not a number was never in any window: say what is actually wrong.
  if (!isTimestampText(timestamp)) return MALFORMED;
  if (!isFreshTimestamp(timestamp, nowMs)) return STALE;
  return { ok: true, signature, timestamp };
}

export type Route =
  | { readonly kind: 'interaction' }
  | { readonly kind: 'health'; readonly headOnly: boolean }
  | { readonly kind: 'metrics' }
  | { readonly kind: 'method-not-allowed'; readonly allow: string }
  | { readonly kind: 'not-found' };

const INTERACTION: Route = { kind: 'interaction' };
const HEALTH: Route = { kind: 'health', headOnly: false };
const HEALTH_HEAD: Route = { kind: 'health', headOnly: true };
const POST_ONLY: Route = { kind: 'method-not-allowed', allow: 'POST' };
const GET_OR_HEAD: Route = { kind: 'method-not-allowed', allow: 'GET, HEAD' };
const NOT_FOUND: Route = { kind: 'not-found' };
const METRICS: Route = { kind: 'metrics' };

/**
 * Which answer a method and path (without the query string) get. `/metrics` is a route only
 * where it is served (the Node endpoint with metrics on); elsewhere it is not found.
 */
export function routeRequest(method: string | undefined, path: string, metrics = false): Route {
  if (path === '/interactions') return method === 'POST' ? INTERACTION : POST_ONLY;
  if (path === '/healthz') {
    if (method === 'GET') return HEALTH;
    if (method === 'HEAD') return HEALTH_HEAD;
    return GET_OR_HEAD;
  }
  if (metrics && path === '/metrics') {
    return method === 'GET' || method === 'HEAD' ? METRICS : GET_OR_HEAD;
  }
  return NOT_FOUND;
}
