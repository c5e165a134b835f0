import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Serves `onRequest` on `server` (no handler, not listening yet), counting requests in progress per
 * socket from its connection: `closeIdleConnections()` skips a socket that never sent a request,
 * which would hold `server.close()` open. `drain()` closes idle sockets at once, busy ones after
 * their last response. One request and one shared close listener: every request pays for them.
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
        server.once('close', resolve).close();
        for (const [socket, requests] of inProgress) if (requests === 0) socket.destroy();
      })),
  };
}
