import type { IncomingMessage } from 'node:http';
import { MAX_BODY_BYTES } from './signed-request.js';

export type BodyResult =
  | { readonly kind: 'body'; readonly body: Buffer }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'aborted' };

const TOO_LARGE: BodyResult = { kind: 'too-large' };
const ABORTED: BodyResult = { kind: 'aborted' };

/**
 * True when a declared Content-Length already exceeds the limit, so the caller can answer 413
 * before reading a single body byte.
 */
export function declaresTooLargeBody(req: IncomingMessage, limit = MAX_BODY_BYTES): boolean {
  const declared = req.headers['content-length'];
  // Node has already rejected non-numeric Content-Length values with a 400.
  return declared !== undefined && Number(declared) > limit;
}

/**
 * Collects the body, counting bytes as they arrive; stops listening the moment the count crosses
 * `limit` (a chunked upload has no Content-Length to check up front). Calls `done` exactly once:
 * a client that disconnects mid-body yields `aborted`, which the caller simply drops. A callback
 * rather than a promise: this runs on every request, and the promise's extra microtask hop is
 * CPU the bare-node ceiling does not pay (docs/benchmarks.md, HTTP endpoint).
 */
export function readBody(
  req: IncomingMessage,
  done: (result: BodyResult) => void,
  limit = MAX_BODY_BYTES,
): void {
  const chunks: Buffer[] = [];
  let received = 0;

  const finish = (result: BodyResult): void => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onAbort);
    req.off('close', onClose);
    done(result);
  };
  const onData = (chunk: Buffer): void => {
    received += chunk.length;
    if (received > limit) {
      chunks.length = 0;
      req.pause();
      finish(TOO_LARGE);
      return;
    }
    chunks.push(chunk);
  };
  const onEnd = (): void => {
    // The common case is one chunk; skip the copy Buffer.concat would make.
    const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, received);
    finish({ kind: 'body', body });
  };
  const onAbort = (): void => {
    finish(ABORTED);
  };
  const onClose = (): void => {
    // 'close' also follows a normal 'end'; only a close without complete body is an abort.
    if (!req.complete) finish(ABORTED);
  };

  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onAbort);
  req.on('close', onClose);
}
