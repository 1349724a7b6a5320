// The door of the workplace's forms (src/io/workplace-guard.ts): only the server's own Host and Origin, only form
// bodies, the session's token compared whole, bodies bounded in size (declared or as they arrive) and in time.
import type { IncomingMessage } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { newSessionToken, originRefusal, readBody, sameToken } from '../../src/io/workplace-guard.js';

const FORM = 'application/x-www-form-urlencoded';
const own = { host: '127.0.0.1:4173', origin: 'http://127.0.0.1:4173', 'content-type': FORM };

function request(chunks: Buffer[], headers: Record<string, string> = {}): IncomingMessage {
  return Object.assign(Readable.from(chunks), { headers }) as unknown as IncomingMessage;
}

describe('originRefusal', () => {
  it('lets the server’s own form through, by any of its own names', () => {
    expect(originRefusal(own, 4173)).toBeUndefined();
    expect(originRefusal({ ...own, host: 'localhost:4173', origin: 'http://localhost:4173' }, 4173)).toBeUndefined();
    expect(originRefusal({ ...own, 'content-type': 'multipart/form-data; boundary=x' }, 4173)).toBeUndefined();
  });

  it('refuses a foreign Host, a foreign or missing Origin, another port, and a body that is no form', () => {
    expect(originRefusal({ ...own, host: 'evil.example:4173' }, 4173)).toBe('foreign-host');
    expect(originRefusal({ ...own, host: '127.0.0.1:4174' }, 4173)).toBe('foreign-host');
    expect(originRefusal({ ...own, origin: 'http://evil.example' }, 4173)).toBe('foreign-origin');
    expect(originRefusal({ ...own, origin: 'http://127.0.0.1:4174' }, 4173)).toBe('foreign-origin');
    expect(originRefusal({ ...own, origin: 'null' }, 4173)).toBe('foreign-origin');
    const { origin: _origin, ...withoutOrigin } = own;
    expect(originRefusal(withoutOrigin, 4173)).toBe('foreign-origin');
    expect(originRefusal({ ...own, 'content-type': 'application/json' }, 4173)).toBe('not-a-form');
    expect(originRefusal({ ...own, 'content-type': 'text/plain' }, 4173)).toBe('not-a-form');
  });
});

describe('sameToken', () => {
  it('takes only the session’s token, whole', () => {
    const token = newSessionToken();
    expect(sameToken(token, token)).toBe(true);
    expect(sameToken(token.slice(1), token)).toBe(false);
    expect(sameToken(`${token}x`, token)).toBe(false);
    expect(sameToken(undefined, token)).toBe(false);
    expect(newSessionToken()).not.toBe(token);
  });
});

describe('readBody', () => {
  const limits = { bytes: 10, milliseconds: 5_000 };

  it('gives a body within the bound', async () => {
    const body = await readBody(request([Buffer.from('a=1'), Buffer.from('&b=2')]), limits);
    expect(Buffer.isBuffer(body) && body.toString()).toBe('a=1&b=2');
  });

  it('refuses a declared length over the bound unread, and a body that grows past it', async () => {
    expect(await readBody(request([Buffer.from('x')], { 'content-length': '11' }), limits)).toBe('too-large');
    expect(await readBody(request([Buffer.alloc(6), Buffer.alloc(6)]), limits)).toBe('too-large');
  });

  it('refuses a body that does not end within the time bound', async () => {
    const endless = Object.assign(new PassThrough(), { headers: {} }) as unknown as IncomingMessage;
    (endless as unknown as PassThrough).write('a=1');
    expect(await readBody(endless, { bytes: 10, milliseconds: 20 })).toBe('too-slow');
  });
});
