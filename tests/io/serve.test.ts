// The report server: serves files under its folder and nothing else.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../src/io/serve.js';

let server: Server;
let port: number;

function get(
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: string; policy: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: String(response.headers['content-type'] ?? ''),
          body,
          policy: String(response.headers['content-security-policy'] ?? ''),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-serve-'));
  const out = join(dir, 'out');
  mkdirSync(join(out, 'allure'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!DOCTYPE html><title>ĳs</title>');
  writeFileSync(join(out, 'allure', 'social-media-1.0.html'), 'page');
  mkdirSync(join(out, 'assets', 'logos'), { recursive: true });
  writeFileSync(
    join(out, 'assets', 'logos', 'allure.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/").then((r) => r.text()).then(alert)</script></svg>',
  );
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  symlinkSync(join(dir, 'secret.txt'), join(out, 'escape.txt'));
  server = await serveFolder(out, { port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('serveFolder', () => {
  it('serves the index for / and pages with their content type', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('ĳs');
    expect((await get('/allure/social-media-1.0.html')).body).toBe('page');
  });

  it('refuses paths that climb out, symlinks that point out, and unknown files', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/allure/%2e%2e/%2e%2e/secret.txt',
      '/escape.txt',
      '/missing.html',
      '/%00',
      '/%E0%A4%A',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers only to its own Host (127.0.0.1, localhost, [::1] with its port): a rebound name gets 421', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`])
      expect((await get('/', 'GET', { host })).status, host).toBe(200);
    for (const host of [`rebound.example:${port}`, 'localhost', `127.0.0.1:${port + 1}`, `127.0.0.1.nip.io:${port}`]) {
      const answer = await get('/', 'GET', { host });
      expect(answer.status, host).toBe(421);
      expect(answer.body).not.toContain('ĳs');
    }
    expect((await get('/allure/social-media-1.0.html', 'HEAD', { host: 'evil.example' })).status).toBe(421);
  });

  it('serves an SVG with a policy that runs no script and gives it no origin', async () => {
    const logo = await get('/assets/logos/allure.svg');
    expect(logo.status).toBe(200);
    expect(logo.type).toBe('image/svg+xml');
    expect(logo.policy).toContain("default-src 'none'");
    expect(logo.policy).not.toContain('script-src');
    expect(logo.policy).toMatch(/(^|; )sandbox($|;)/);
  });
});
