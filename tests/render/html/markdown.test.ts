// Policy Markdown to HTML: what a reader's browser gets must be inert text and safe links only.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { blocksToHtml, inlineToHtml, isSafeHref } from '../../../src/render/html/markdown.js';

function clauseHtml(markdown: string): string {
  const { policy } = parsePolicy(`---\ntitle: T\n---\n\n## A {#a}\n\n1. {#a.x} ${markdown}\n`);
  const clause = policy.sections[0]?.clauses[0];
  if (!clause) throw new Error('no clause parsed');
  return blocksToHtml(clause.content);
}

describe('blocksToHtml', () => {
  it('keeps emphasis, strong, code and safe links as HTML', () => {
    const html = clauseHtml('Zie *dit*, **dat**, `code` en [de site](https://example.org/a?b=1&c=2).');
    expect(html).toContain('<em>dit</em>');
    expect(html).toContain('<strong>dat</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('href="https://example.org/a?b=1&#x26;c=2"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('shows raw HTML as text, never as markup', () => {
    const html = clauseHtml('Met <script>alert(1)</script> en <img src=x onerror=alert(2)> erin.');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(2)>');
  });

  it("shows no author's note, inline, on a line of its own in a list item or in a heading", () => {
    const html = clauseHtml(
      'Bewaard. <!-- en daarna 20 jaar in het archief -->\n\n   <!--\n   Jan: ook personeel?\n   -->',
    );
    expect(html).not.toMatch(/archief|personeel|&#x3C;!--/);
    expect(html).toContain('Bewaard.');
    expect(
      inlineToHtml([
        { type: 'text', value: 'Kop ' },
        { type: 'html', value: '<!-- n -->' },
      ]),
    ).toBe('Kop ');
  });

  it('turns links that could run code into plain text, however the scheme is disguised', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PGI+', 'vbscript:x']) {
      const html = clauseHtml(`Een [link](<${href}>) hier.`);
      expect(html).not.toContain('href=');
      expect(html).toContain('<span class="link-removed">link</span>');
    }
  });

  it('replaces images by their description, so the report loads nothing from elsewhere', () => {
    const html = clauseHtml('Logo: ![het logo](https://example.org/logo.png).');
    expect(html).not.toContain('<img');
    expect(html).toContain('[het logo]');
  });

  it('keeps Dutch text and entities exact', () => {
    const html = clauseHtml('Geïnformeerd over ĳs, café & "co" o.a. art. 3.');
    expect(html).toContain('Geïnformeerd over ĳs, café &#x26; "co" o.a. art. 3.');
  });
});

describe('isSafeHref', () => {
  it('allows web, mail, phone and in-page addresses, and relative ones', () => {
    for (const href of [
      'https://x.nl',
      'http://x.nl',
      'mailto:a@b.nl',
      'tel:+31201234567',
      '#up.belang',
      'other.html#a',
    ])
      expect(isSafeHref(href)).toBe(true);
  });
  it('refuses other schemes, also with control characters or spaces inside', () => {
    for (const href of [
      'javascript:x',
      'java\tscript:x',
      ' javascript:x',
      'java\u0000script:x',
      'data:x',
      'file:///etc/passwd',
    ])
      expect(isSafeHref(href)).toBe(false);
  });
});
