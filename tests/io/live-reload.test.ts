// What serve --watch adds to the pages it serves (src/io/live-reload.ts): a page's Content-Security-Policy is widened by exactly the reload script and requests to its own server.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  announceBuild,
  EVENTS_PATH,
  type LiveState,
  reloadScript,
  widenPolicy,
  withReloadScript,
} from '../../src/io/live-reload.js';
import { serveFolder } from '../../src/io/serve.js';

const hash = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

describe('live reload', () => {
  it("adds the script's hash to script-src (dropping 'none') and connect-src 'self', keeping every other directive", () => {
    const script = reloadScript(1);
    expect(widenPolicy("default-src 'none'; script-src 'none'; img-src 'self'", script)).toBe(
      `default-src 'none'; script-src ${hash(script)}; img-src 'self'; connect-src 'self'`,
    );
    expect(widenPolicy("default-src 'none'; style-src 'unsafe-inline'", script)).toBe(
      `default-src 'none'; style-src 'unsafe-inline'; script-src ${hash(script)}; connect-src 'self'`,
    );
  });

  it('reads the policy as the browser does (escaped quotes) and writes it back as a valid attribute', () => {
    const page =
      '<head><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; script-src &#x27;sha256-abc&#x3D;&#x27;"></head><body>x</body>';
    const script = reloadScript(2);
    expect(withReloadScript(page, 2)).toBe(
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-abc=' ${hash(script)}; connect-src 'self'"></head><body>x<script>${script}</script>\n</body>`,
    );
  });
});

describe('the build numbers pushed to the pages (issue 43 item 7)', () => {
  it('streams the current number at once and each new one when a rebuild is announced', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-live-'));
    writeFileSync(join(out, 'index.html'), '<!DOCTYPE html><html><body>x</body></html>');
    const live: LiveState = { version: 3, errors: [], errorPage: () => '' };
    const server = await serveFolder(out, { port: 0, live });
    try {
      const port = (server.address() as AddressInfo).port;
      const received: string[] = [];
      const response = await new Promise<IncomingMessage>((done) =>
        request({ host: '127.0.0.1', port, path: EVENTS_PATH }, done).end(),
      );
      expect(response.headers['content-type']).toBe('text/event-stream');
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => received.push(chunk));
      const seen = async (text: string): Promise<void> => {
        for (let tries = 0; tries < 200 && !received.join('').includes(text); tries++)
          await new Promise((done) => setTimeout(done, 10));
      };
      await seen('data: 3\n\n');
      expect(live.listeners?.size).toBe(1);
      announceBuild(live);
      await seen('data: 4\n\n');
      expect(received.join('')).toBe('retry: 200\n\ndata: 3\n\ndata: 4\n\n');
      response.destroy();
      for (let tries = 0; tries < 200 && (live.listeners?.size ?? 0) > 0; tries++)
        await new Promise((done) => setTimeout(done, 10));
      expect(live.listeners?.size).toBe(0);
    } finally {
      server.close();
    }
  });

  it('has the page listen for them, and poll only where EventSource is missing', () => {
    const script = reloadScript(5);
    expect(script).toContain(`new EventSource(${JSON.stringify(EVENTS_PATH)})`);
    expect(script).toContain("typeof EventSource === 'function'");
  });
});
