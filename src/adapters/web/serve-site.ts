import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Site } from './bot-site.js';

/** The site as a node:http request listener, for the paths the interactions server leaves over. */
export function serveSite(site: Site): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const answer = site.handle({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      ifNoneMatch: req.headers['if-none-match'],
    });
    // A refused POST or PUT may have left its body unread: close rather than drain it.
    const close = req.method !== 'GET' && req.method !== 'HEAD';
    res.writeHead(answer.status, { ...answer.headers, ...(close && { connection: 'close' }) });
    res.end(answer.body);
  };
}
