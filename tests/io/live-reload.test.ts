// What serve --watch adds to the pages it serves (src/io/live-reload.ts): a page's Content-Security-Policy is widened by exactly the reload script and requests to its own server.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reloadScript, widenPolicy, withReloadScript } from '../../src/io/live-reload.js';

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
