import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionDrain {
  /**
   * Stops accepting, closes every socket with no request in progress at once, and each busy one
   * as soon as its last response is sent. Resolves when the server has closed. Safe to call twice.
   */
  drain(): Promise<void>;
}

/**
 * Serves `onRequest` on `server`, counting requests in progress per socket from the moment each
 * connects. Node's own `closeIdleConnections()` only knows sockets that have sent a request, so
 * one silent or half-sent connection would hold `server.close()` open until it timed out.
 * Call right after `createServer` (with no handler of its own), before the server listens.
 * The count rides on the one request listener, with one shared close listener, because every
 * request pays for it (docs/benchmarks.md, HTTP endpoint).
 */
export function trackConnections(
  server: Server,
  onRequest: (req: IncomingMessage, res: ServerResponse) => void,
): ConnectionDrain {
  const inProgress = new Map<Socket, number>();
  let draining = false;
  let drained: Promise<void> | undefined;

  server.on('connection', (socket: Socket) => {
    inProgress.set(socket, 0);
    socket.once('close', () => inProgress.delete(socket));
  });
  // 'close' follows both a finished response and an aborted one.
  function onResponseClose(this: ServerResponse): void {
    const { socket } = this.req;
    const requests = inProgress.get(socket);
    if (requests === undefined) return; // the socket itself has closed
    const left = requests - 1;
    inProgress.set(socket, left);
    // end(), not destroy(): the response's last bytes may still be queued on the socket.
    if (draining && left === 0) socket.end();
  }
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const { socket } = req;
    inProgress.set(socket, (inProgress.get(socket) ?? 0) + 1);
    res.on('close', onResponseClose);
    onRequest(req, res);
  });
  return {
    drain() {
      drained ??= new Promise<void>((resolve) => {
        draining = true;
        // Errors only when the server never listened; there is nothing left to wait for then.
        server.close(() => {
          resolve();
        });
        for (const [socket, requests] of inProgress) if (requests === 0) socket.destroy();
      });
      return drained;
    },
  };
}
