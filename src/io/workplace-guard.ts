// The door of the workplace's forms (`clausemark serve`, /werkplek/): a request that changes a file is taken only from
// a page this server gave, in this run. The Host is the server's own (serveFolder refuses any other before this is
// asked); the Origin, which a browser puts on every form post, is the server's own; the form carries the session's
// token, which only a page this server served can read. The body is bounded in size while it arrives and in time,
// so a slow or endless upload holds nothing for long. Pure answers and one reader: what to do with a refusal is the
// caller's.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Why a state-changing request is refused, or undefined when it may go on. */
export type Refusal = 'foreign-host' | 'foreign-origin' | 'wrong-token' | 'too-large' | 'too-slow' | 'not-a-form';

/** A secret of one run of the server. */
export function newSessionToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The Host values this server answers to on `port`. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

/**
 * Host and Origin of a post: both the server's own. A browser sends Origin with every POST; a post without one
 * (a script outside a browser) is refused too, as the page never sends such a post.
 */
export function originRefusal(headers: IncomingMessage['headers'], port: number): Refusal | undefined {
  const own = ownHosts(port);
  if (!own.includes((headers.host ?? '').toLowerCase())) return 'foreign-host';
  const origin = headers.origin;
  if (typeof origin !== 'string' || !own.some((host) => origin.toLowerCase() === `http://${host}`))
    return 'foreign-origin';
  const type = (headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
    return 'not-a-form';
  return undefined;
}

/** The token a form carried is this session's, compared in constant time. */
export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface BodyLimits {
  bytes: number;
  milliseconds: number;
}

/**
 * The request's body, or the refusal: a declared length over the bound is refused unread, a body that grows past it
 * or takes longer than the time bound is cut off at once (the caller answers and closes the connection).
 */
export function readBody(request: IncomingMessage, limits: BodyLimits): Promise<Buffer | Refusal> {
  return new Promise((resolve) => {
    if (Number(request.headers['content-length'] ?? 0) > limits.bytes) return resolve('too-large');
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: Buffer | Refusal): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!Buffer.isBuffer(value)) request.removeAllListeners('data').resume();
      resolve(value);
    };
    const timer = setTimeout(() => settle('too-slow'), limits.milliseconds);
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.bytes) settle('too-large');
      else chunks.push(chunk);
    });
    request.on('end', () => settle(Buffer.concat(chunks)));
    request.on('error', () => settle('too-slow'));
  });
}

/** A workplace page as every one is sent: never cached, never framed, never sniffed (`close` after a refused post). */
export function sendPage(response: ServerResponse, status: number, html: string, close = false): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(html);
}
