/**
 * What the Node endpoint and the Cloudflare Worker share, all but reading the body and the Ed25519
 * engine: routes, limits, header checks, the replay window, parsing, the answers' exact bytes.
 * No node: imports and no Buffer, so workerd runs it without nodejs_compat.
 */
import { InteractionType, type APIInteraction } from 'discord-api-types/v10';
import type { InteractionHandler } from '../../core/handle-interaction.js';

/** Discord interactions are a few KiB; anything near this is not from Discord. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Discord's documented replay window: a request signed more than this long ago (or ahead) is refused. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

// Hex decoders silently stop at the first bad character, so the shape is checked first.
export const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP = /^\d{1,15}$/;

/** Throws on anything but the 32-byte key Discord shows in the Developer Portal, hex encoded. */
export function assertPublicKeyHex(publicKeyHex: string): void {
  if (!/^[0-9a-fA-F]{64}$/.test(publicKeyHex)) {
    throw new Error('The public key must be 64 hex characters (32 bytes)');
  }
}

/** What Discord signs: the timestamp (digits only, checked before) followed by the body. */
export function signedMessage(timestamp: string, body: Uint8Array): Uint8Array {
  const message = new Uint8Array(timestamp.length + body.length);
  for (let i = 0; i < timestamp.length; i++) message[i] = timestamp.charCodeAt(i);
  message.set(body, timestamp.length);
  return message;
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

/** A request refused before the core saw it; `reason` is what the Node endpoint logs. */
const refusal = (status: number, error: keyof typeof ERROR_JSON, reason: string) =>
  ({ ok: false, status, body: ERROR_JSON[error], reason }) as const;
export type Refusal = ReturnType<typeof refusal>;

export const REFUSED = {
  declaredTooLarge: refusal(413, 'tooLarge', 'content-length too large'),
  tooLarge: refusal(413, 'tooLarge', 'body too large'),
  missingSignature: refusal(401, 'missingSignature', 'missingSignature'),
  malformedTimestamp: refusal(401, 'malformedTimestamp', 'malformedTimestamp'),
  staleTimestamp: refusal(401, 'staleTimestamp', 'staleTimestamp'),
  badSignature: refusal(401, 'badSignature', 'bad signature'),
  notAnInteraction: refusal(400, 'notAnInteraction', 'not an interaction'),
} as const;

/** Checks made before a byte of body is read; only one plain string per header will do. */
export function checkHeaders(header: (name: string) => unknown) {
  const contentLength = header('content-length');
  // Node has already rejected non-numeric Content-Length values with a 400.
  if (typeof contentLength === 'string' && Number(contentLength) > MAX_BODY_BYTES) {
    return REFUSED.declaredTooLarge;
  }
  const signature = header('x-signature-ed25519');
  const timestamp = header('x-signature-timestamp');
  if (typeof signature !== 'string' || typeof timestamp !== 'string') {
    return REFUSED.missingSignature;
  }
  // A timestamp that is not a number was never in any window: say what is actually wrong.
  if (!TIMESTAMP.test(timestamp)) return REFUSED.malformedTimestamp;
  const skewMs = Math.abs(Date.now() - Number(timestamp) * 1000);
  if (skewMs > MAX_CLOCK_SKEW_MS) return REFUSED.staleTimestamp;
  return { ok: true, signature, timestamp } as const;
}

// Which answer a method and URL get, the query string ignored; `allow` means 405. `/metrics` is a
// route only where it is served (the Node endpoint with metrics on).
export function routeRequest(method: string | undefined, url: string, metrics = false) {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path === '/interactions') return method === 'POST' ? 'interaction' : { allow: 'POST' };
  const route =
    path === '/healthz' ? 'health' : metrics && path === '/metrics' ? 'metrics' : 'other';
  if (route === 'other' || method === 'GET' || method === 'HEAD') return route;
  return { allow: 'GET, HEAD' };
}

// What each type must carry in `data` for the core to branch on, and no more: a field Discord
// adds tomorrow cannot turn real traffic into 400s.
const DATA_FIELD: Readonly<Record<number, 'name' | 'custom_id' | undefined>> = {
  [InteractionType.Ping]: undefined,
  [InteractionType.ApplicationCommand]: 'name',
  [InteractionType.MessageComponent]: 'custom_id',
  [InteractionType.ApplicationCommandAutocomplete]: 'name',
  [InteractionType.ModalSubmit]: 'custom_id',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** typeof checks, not a schema: they cost a fraction of a parse (docs/benchmarks.md, HTTP endpoint). */
function isInteraction(value: unknown): value is APIInteraction {
  if (
    !isObject(value) ||
    typeof value.id !== 'string' ||
    typeof value.application_id !== 'string' ||
    typeof value.token !== 'string' ||
    typeof value.type !== 'number' ||
    !Object.hasOwn(DATA_FIELD, value.type)
  ) {
    return false;
  }
  const field = DATA_FIELD[value.type];
  // The object goes to the core as Discord sent it; the check vouches only for these fields.
  return field === undefined || (isObject(value.data) && typeof value.data[field] === 'string');
}

/** Everything after the signature checks out: parse, then the core (PONG too), which never throws. */
export function answerBody(handler: InteractionHandler, body: string) {
  let interaction: unknown;
  try {
    interaction = JSON.parse(body);
  } catch {
    // Not JSON: refused just below, as is JSON that is not an interaction.
  }
  if (!isInteraction(interaction)) return REFUSED.notAnInteraction;
  const response = handler(interaction);
  // Serialised exactly once.
  return { ok: true, status: 200, body: JSON.stringify(response), interaction, response } as const;
}

export type Reply = ReturnType<typeof answerBody>;

/** The name worth logging: the command for commands and autocomplete, the custom_id otherwise. */
export function interactionLabel(interaction: APIInteraction): string | undefined {
  const field = DATA_FIELD[interaction.type];
  return field && (interaction.data as Record<string, string> | undefined)?.[field];
}
