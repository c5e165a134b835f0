import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { ERROR_JSON, PONG_JSON, type ErrorName } from './signed-request.js';

const JSON_TYPE = 'application/json';

/** Error bodies are fixed, so they are encoded once at load time rather than per request. */
export const ERRORS = Object.fromEntries(
  Object.entries(ERROR_JSON).map(([name, json]) => [name, Buffer.from(json)]),
) as Readonly<Record<ErrorName, Buffer>>;

export const PONG = Buffer.from(PONG_JSON);

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
