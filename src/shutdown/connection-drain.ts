import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Serves `onRequest` on `server` (created with no handler, not yet listening), counting requests
 * in progress per socket from the moment each connects: Node's `closeIdleConnections()` skips a
 * socket that never sent a request, which would hold `server.close()` open until it timed out.
 * `drain()` stops accepting, closes each idle socket at once and each busy one after its last
 * response, and resolves when the server has closed; safe to call twice. One request listener and
 * one shared close listener, because every request pays for them (docs/benchmarks.md).
 */
export function trackConnections(
  server: Server,
  onRequest: (req: IncomingMessage, res: ServerResponse) => void,
): { drain(): Promise<void> } {
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
    drain: () =>
      (drained ??= new Promise<void>((resolve) => {
        draining = true;
        // Errors only when the server never listened; there is nothing left to wait for then.
        server.close(() => {
          resolve();
        });
        for (const [socket, requests] of inProgress) if (requests === 0) socket.destroy();
      })),
  };
}
