import { connect, type Socket } from 'node:net';

export interface RawResponse {
  /** Undefined when the server closed the connection without answering. */
  readonly status: number | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface RawExchangeOptions {
  /** Writes the request; may keep writing after the answer starts (a body the server refuses). */
  readonly write: (socket: Socket) => void;
  readonly timeoutMs?: number;
}

/**
 * Speaks HTTP/1.1 over a bare socket so a test can send what no well-behaved client would:
 * lying Content-Length, endless chunked bodies, malformed headers. Resolves as soon as one
 * complete response has arrived, or with what arrived when the socket closes; never rejects on
 * resets, because "the server hung up" is an acceptable outcome the caller asserts on.
 */
export function rawExchange(port: number, options: RawExchangeOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let received = Buffer.alloc(0);
    let done = false;

    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parse(received));
    };
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      socket.destroy();
      reject(new Error(`no answer within ${options.timeoutMs ?? 5000} ms`));
    }, options.timeoutMs ?? 5000);

    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (isComplete(received)) finish();
    });
    socket.on('error', () => {
      finish();
    });
    socket.on('close', () => {
      finish();
    });
    socket.on('connect', () => {
      options.write(socket);
    });
  });
}

function headerEnd(data: Buffer): number {
  return data.indexOf('\r\n\r\n');
}

function isComplete(data: Buffer): boolean {
  const end = headerEnd(data);
  if (end === -1) return false;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(data.subarray(0, end).toString('latin1'));
  return length?.[1] !== undefined && data.length >= end + 4 + Number(length[1]);
}

function parse(data: Buffer): RawResponse {
  const end = headerEnd(data);
  if (end === -1) return { status: undefined, headers: {}, body: '' };
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    status: status === undefined ? undefined : Number(status),
    headers,
    body: data.subarray(end + 4).toString('utf8'),
  };
}

/** Serialises a request head; header values are written verbatim, however malformed. */
export function requestHead(
  method: string,
  path: string,
  headers: Readonly<Record<string, string | number>>,
): string {
  let head = `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n`;
  for (const [name, value] of Object.entries(headers)) head += `${name}: ${String(value)}\r\n`;
  return `${head}\r\n`;
}
