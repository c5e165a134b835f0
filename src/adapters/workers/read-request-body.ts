import { MAX_BODY_BYTES } from '../http/signed-request.js';

/** True when a declared Content-Length already exceeds the limit: 413 before reading the body. */
export function declaresTooLargeBody(request: Request, limit = MAX_BODY_BYTES): boolean {
  const declared = request.headers.get('content-length');
  return declared !== null && Number(declared) > limit;
}

export type BodyResult =
  | { readonly kind: 'body'; readonly body: Uint8Array }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'aborted' };

const TOO_LARGE: BodyResult = { kind: 'too-large' };
const ABORTED: BodyResult = { kind: 'aborted' };

/**
 * Collects the body, counting bytes as they arrive: a chunked upload has no Content-Length to
 * check up front, so the rest is cancelled unread once the count crosses `limit`. Never rejects:
 * a client that hangs up mid-body yields `aborted`.
 */
export async function readRequestBody(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<BodyResult> {
  if (request.body === null) return { kind: 'body', body: new Uint8Array(0) };
  const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      if (received > limit) {
        void reader.cancel().catch(() => undefined);
        return TOO_LARGE;
      }
      chunks.push(value);
    }
  } catch {
    return ABORTED;
  }
  // The common case is one chunk; skip the copy.
  if (chunks.length === 1) return { kind: 'body', body: chunks[0] as Uint8Array };
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { kind: 'body', body };
}
