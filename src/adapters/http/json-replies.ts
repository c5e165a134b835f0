import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

const JSON_TYPE = 'application/json';

/** Error bodies are fixed, so they are serialised once at load time rather than per request. */
const errorBody = (message: string): Buffer => Buffer.from(JSON.stringify({ error: message }));

export const ERRORS = {
  missingSignature: errorBody('missing X-Signature-Ed25519 or X-Signature-Timestamp header'),
  staleTimestamp: errorBody('X-Signature-Timestamp is outside the 5 minute window'),
  badSignature: errorBody('invalid request signature'),
  tooLarge: errorBody('body larger than 64 KiB'),
  notAnInteraction: errorBody('body is not a Discord interaction'),
  notFound: errorBody('not found'),
  methodNotAllowed: errorBody('method not allowed'),
  internal: errorBody('internal error'),
} as const;

export const PONG = Buffer.from(JSON.stringify({ type: 1 }));

export interface SendOptions {
  /** Ask the client to drop the connection: the body was left unread, or the server is draining. */
  readonly close?: boolean;
  readonly allow?: string;
}

/** Writes a complete JSON answer with an exact Content-Length (no chunked encoding). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: Buffer,
  options?: SendOptions,
): void {
  const headers: OutgoingHttpHeaders = {
    'content-type': JSON_TYPE,
    'content-length': body.length,
  };
  if (options?.close === true) headers.connection = 'close';
  if (options?.allow !== undefined) headers.allow = options.allow;
  res.writeHead(status, headers);
  res.end(body);
}
