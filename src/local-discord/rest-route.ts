import type { ApiFailure } from './discord-errors.js';

/** The contract between the HTTP server and the route modules (commands, interactions, …). */
export interface RestRequest {
  readonly method: string;
  /** Path after `/api/v10`, without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Parsed JSON body (or `payload_json` of a multipart body); null when empty. */
  readonly body: unknown;
  /** Capture groups of the route pattern. */
  readonly params: readonly string[];
}

export interface RestResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RestRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly pattern: RegExp;
  /** `bot` requires `Authorization: Bot <token>`; interaction and webhook routes use their token. */
  readonly auth: 'bot' | 'none';
  handle(request: RestRequest): RestResponse;
}

export const json = (status: number, body: unknown): RestResponse => ({ status, body });
export const noContent = (): RestResponse => ({ status: 204 });
export const fail = (failure: ApiFailure): RestResponse => ({
  status: failure.status,
  body: failure.body,
});

/** Reads a capture group that the route's regex guarantees exists. */
export function param(request: RestRequest, index: number): string {
  const value = request.params[index];
  if (value === undefined) throw new Error(`Route parameter ${index} missing for ${request.path}`);
  return value;
}
