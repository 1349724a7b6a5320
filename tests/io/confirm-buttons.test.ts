// The door `clausemark serve` opens for the confirm/reject buttons (src/io/confirm-buttons.ts): only the server's
// own pages may record a verdict, so every request that is not exactly that is refused and records nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIRM_PATH, type ConfirmVerdict } from '../../src/io/confirm-buttons.js';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { serveFolder } from '../../src/io/serve.js';

const TOKEN = 'a'.repeat(48);
const recorded: [ConfirmVerdict, string, string][] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-confirm-serve-'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-x'"></head><body><p><code class="confirm-command" data-first="a:x" data-second="b:y">clausemark confirm a:x b:y</code></p></body></html>`,
  );
  writeFileSync(join(folder, 'plain.html'), '<!DOCTYPE html><html><body><p>Beleid</p></body></html>');
  // A review page (review.hbs): its buttons are on the page, hidden until the script can send them.
  writeFileSync(
    join(folder, 'review.html'),
    `<!DOCTYPE html><html><head></head><body><p><button type="button" class="review-button" data-first="b" data-second="klacht" data-verdict="absent" hidden>bevestig: ontbreekt</button></p></body></html>`,
  );
  server = await serveFolder(folder, {
    port: 0,
    confirm: {
      token: TOKEN,
      record: (verdict, first, second) => {
        if (first === 'a:missing') throw new Error("a has no clause 'missing'");
        recorded.push([verdict, first, second]);
        return `recorded ${verdict}`;
      },
    },
  });
  port = (server.address() as { port: number }).port;
});
afterAll(() => server.close());

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    call.on('error', reject);
    call.end(options.body);
  });
}

const verdict = (token: string, extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', host: `127.0.0.1:${port}`, ...extra },
  body: JSON.stringify({ token, verdict: 'same', first: 'a:x', second: 'b:y' }),
});

describe('confirm buttons in clausemark serve', () => {
  it('serves pages with the button script, allowed by the page policy', async () => {
    const page = await send('/', {});
    expect(page.status).toBe(200);
    expect(page.body).toContain(JSON.stringify(TOKEN));
    expect(page.body).toMatch(/script-src 'sha256-x' 'sha256-[A-Za-z0-9+/=]+'/);
    // The review page gets it too; a page without a question gets no script and never sees the token.
    expect((await send('/review.html', {})).body).toContain(JSON.stringify(TOKEN));
    expect((await send('/plain.html', {})).body).toBe('<!DOCTYPE html><html><body><p>Beleid</p></body></html>');
  });

  it("refuses in the run's language (templates/messages/<lang>.yaml, confirm-reply.*)", async () => {
    const before = messageLanguage();
    try {
      setMessageLanguage('nl');
      const refused = await send(CONFIRM_PATH, verdict('b'.repeat(48)));
      expect(refused).toEqual({
        status: 403,
        body: `${JSON.stringify({ error: 'verkeerd token: laad de pagina opnieuw' })}\n`,
      });
      setMessageLanguage('en');
      expect((await send(CONFIRM_PATH, verdict('b'.repeat(48)))).body).toContain('wrong token: reload the page');
    } finally {
      setMessageLanguage(before);
    }
  });

  it('records a verdict sent by its own page, with the token', async () => {
    const answer = await send(CONFIRM_PATH, verdict(TOKEN, { origin: `http://127.0.0.1:${port}` }));
    expect(answer).toEqual({ status: 200, body: `${JSON.stringify({ message: 'recorded same' })}\n` });
    expect(recorded).toEqual([['same', 'a:x', 'b:y']]);
  });

  it('records "confirm absent" from the review queue: an organisation and a topic, passed on as they are', async () => {
    recorded.length = 0;
    const answer = await send(CONFIRM_PATH, {
      ...verdict(TOKEN),
      body: JSON.stringify({ token: TOKEN, verdict: 'absent', first: 'b', second: 'fotos' }),
    });
    expect(answer).toEqual({ status: 200, body: `${JSON.stringify({ message: 'recorded absent' })}\n` });
    expect(recorded).toEqual([['absent', 'b', 'fotos']]);
    // Any other verdict is refused unrecorded, and so is one without its organisation and topic.
    for (const body of [
      { token: TOKEN, verdict: 'maybe', first: 'b', second: 'fotos' },
      { token: TOKEN, verdict: 'absent', first: 'b' },
      { token: TOKEN, verdict: 'absent', first: 'b', second: 3 },
    ])
      expect((await send(CONFIRM_PATH, { ...verdict(TOKEN), body: JSON.stringify(body) })).status).toBe(400);
    expect(recorded).toEqual([['absent', 'b', 'fotos']]);
  });

  it('refuses a wrong token, another origin, another host name, a form post and a bad clause; records nothing', async () => {
    recorded.length = 0;
    expect((await send(CONFIRM_PATH, verdict('b'.repeat(48)))).status).toBe(403);
    expect((await send(CONFIRM_PATH, verdict(TOKEN, { origin: 'http://evil.example' }))).status).toBe(403);
    // Another host name is turned away by the server before the confirm door (serve.ts: 421 for every request).
    expect((await send(CONFIRM_PATH, verdict(TOKEN, { host: `rebound.example:${port}` }))).status).toBe(421);
    const form = verdict(TOKEN, { 'content-type': 'application/x-www-form-urlencoded' });
    expect((await send(CONFIRM_PATH, form)).status).toBe(415);
    const bad = await send(CONFIRM_PATH, {
      ...verdict(TOKEN),
      body: JSON.stringify({ token: TOKEN, verdict: 'same', first: 'a:missing', second: 'b:y' }),
    });
    expect(bad).toEqual({ status: 400, body: `${JSON.stringify({ error: "a has no clause 'missing'" })}\n` });
    expect((await send('/other', { method: 'POST' })).status).toBe(405);
    expect(recorded).toEqual([]);
  });
});

/** Starts a POST to the confirm path that declares `declared` bytes (or is chunked) and sends only `sent` bytes. */
function partialPost(declared: number | undefined, sent: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (declared !== undefined) headers['content-length'] = String(declared);
    const call = request({ host: '127.0.0.1', port, path: CONFIRM_PATH, method: 'POST', headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body });
        call.destroy();
      });
    });
    // The server closes the connection after its answer; a write still under way may then fail, as it should.
    call.on('error', (error) => (call.writableEnded ? undefined : reject(error)));
    for (let at = 0; at < sent; at += 4096) call.write(Buffer.alloc(Math.min(4096, sent - at), 0x20));
    // Never ended: a server that waits for the whole body before answering never answers.
  });
}

describe('confirm body limit', () => {
  it('refuses a body declared larger than the limit (400 MB) at once, without reading it', async () => {
    const answer = await partialPost(400 * 1024 * 1024, 16 * 1024);
    expect(answer).toEqual({ status: 413, body: `${JSON.stringify({ error: 'request too large' })}\n` });
  });

  it('refuses a chunked body as soon as it passes the limit, and goes on serving', async () => {
    const answer = await partialPost(undefined, 64 * 1024);
    expect(answer.status).toBe(413);
    expect((await send('/plain.html', {})).status).toBe(200);
    expect(recorded).toEqual([]);
  });
});
