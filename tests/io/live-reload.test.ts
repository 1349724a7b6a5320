// What serve --watch adds to the pages it serves (src/io/live-reload.ts): the findings page escapes what it shows,
// and a page's Content-Security-Policy is widened by exactly the reload script and requests to its own server.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { errorPage, reloadScript, widenPolicy, withReloadScript } from '../../src/io/live-reload.js';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';

const hash = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

describe('live reload', () => {
  it('shows findings as text: markup in a file name or message is escaped, never run', () => {
    const page = errorPage(['policies/<img src=x onerror=alert(1)>.md:3:8: invalid "YAML" & more\n  fix: close it'], 4);
    expect(page).toContain(
      '<pre>policies/&lt;img src=x onerror=alert(1)&gt;.md:3:8: invalid &quot;YAML&quot; &amp; more\n  fix: close it</pre>',
    );
    expect(page).not.toContain('<img');
    expect(page).toContain(`<script>${reloadScript(4)}</script>`);
  });

  it("speaks the run's language (templates/messages/<lang>.yaml): Dutch for a Dutch run, English otherwise", () => {
    const before = messageLanguage();
    try {
      setMessageLanguage('nl');
      const dutch = errorPage(['a.md:1:1: x', 'b.md:2:2: y'], 1);
      expect(dutch).toContain('<html lang="nl">');
      expect(dutch).toContain('<title>clausemark: opnieuw opmaken is mislukt</title>');
      expect(dutch).toContain('<h1>Opnieuw opmaken is mislukt</h1>');
      expect(dutch).toContain('Verbeter deze punten en sla op: deze pagina laadt dan vanzelf opnieuw.');
      expect(dutch).not.toMatch(/rebuild|failed|Fix/);
      setMessageLanguage('en');
      const english = errorPage(['a.md:1:1: x'], 1);
      expect(english).toContain('<html lang="en">');
      expect(english).toContain('<h1>The rebuild failed</h1>');
      expect(english).toContain('Fix this and save: this page reloads by itself.');
    } finally {
      setMessageLanguage(before);
    }
  });

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
