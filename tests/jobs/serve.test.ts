// The page `serve --watch` shows while a rebuild fails (serveErrorPage, src/jobs/serve.ts), as the server
// sends it (src/io/live-reload.ts adds the reload script): made in the one page shell, it escapes what it shows and
// speaks the run's language.
import { describe, expect, it } from 'vitest';
import { reloadScript, withReloadScript } from '../../src/io/live-reload.js';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { serveErrorPage } from '../../src/jobs/serve.js';

/** The page as the server answers it while the last rebuild failed: with the reload script of build `version`. */
const errorPage = (errors: readonly string[], version: number): string =>
  withReloadScript(serveErrorPage(errors), version);

describe('the serve error page', () => {
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

  it('is framed by the one page shell: its style allowed by hash, widened by exactly the reload script', () => {
    const page = errorPage(['a.md:1:1: x'], 2);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang=')).toBe(true);
    expect(page).toMatch(
      /content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'; connect-src 'self'"/,
    );
    expect(page).toContain('<pre>a.md:1:1: x</pre>');
  });
});
