// The page server of `acknowledge meeting` (issue 72 item 3a): on the loopback address only, as `serve` is, answering
// only to its own Host (a page elsewhere that makes its name resolve to 127.0.0.1 is refused: src/io/serve.ts). GET /
// is the page; a POST of the page's own form (same Origin when the browser sends one, the session's token, at most
// 4 KiB, url-encoded) records the person it names and answers with a redirect back to the page, so a reload never
// posts twice. No address or device of the person is kept: the record holds the person, the text and the date.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export const ACKNOWLEDGE_PATH = '/kennisname';
const MAX_BODY = 4096;
// No referrer policy of no-referrer: under it a browser sends the page's own form post with `Origin: null`.
const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export interface AcknowledgeEndpoint {
  /** The page now, with the notice of the last post when there is one. */
  page(token: string, notice?: string): string;
  /** Records the person's acknowledgement; returns what to tell them, or throws with the words of why not. */
  record(person: string): string;
}

function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameToken(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', ...HEADERS });
  response.end(`${text}\n`);
}

function receive(request: IncomingMessage, response: ServerResponse, done: (body: string) => void): void {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY) return plain(response, 413, 'too large');
  const chunks: Buffer[] = [];
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  });
  request.on('end', () =>
    size > MAX_BODY ? plain(response, 413, 'too large') : done(Buffer.concat(chunks).toString('utf8')),
  );
}

/** Serves the page on 127.0.0.1:`port` (0: any free port) until the process ends. */
export function serveAcknowledgePage(port: number, endpoint: AcknowledgeEndpoint): Promise<Server> {
  // A secret of this run: only the page this server gave can post.
  const token = randomBytes(24).toString('base64url');
  let notice: string | undefined;
  const server = createServer((request, response) => {
    const own = ownHosts((server.address() as { port: number }).port);
    const path = (request.url ?? '/').split('?')[0];
    if (!own.includes((request.headers.host ?? '').toLowerCase())) return plain(response, 421, 'wrong host');
    if (request.method === 'GET' && path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...HEADERS });
      response.end(endpoint.page(token, notice));
      notice = undefined;
      return;
    }
    if (request.method !== 'POST' || path !== ACKNOWLEDGE_PATH) return plain(response, 404, 'not found');
    const origin = request.headers.origin;
    if (origin !== undefined && !own.some((host) => origin === `http://${host}`))
      return plain(response, 403, 'not this page');
    if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
      return plain(response, 415, 'form data only');
    receive(request, response, (body) => {
      const form = new URLSearchParams(body);
      if (!sameToken(form.get('token'), token)) return plain(response, 403, 'wrong token');
      try {
        notice = endpoint.record(form.get('person') ?? '');
      } catch (error) {
        notice = error instanceof Error ? error.message : String(error);
      }
      response.writeHead(303, { location: '/', ...HEADERS });
      response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
