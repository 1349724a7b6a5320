import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/render/diff/html.js';
import { escapeHtml } from '../../../src/render/shared/html-escape.js';
import { DEFAULT_META, policyFrom, type SectionSpec } from '../../diff/fixtures.js';
import { reportOf, standardReport } from './helpers.js';

/** Every tag in the document: name and raw attribute text. */
function tagsOf(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((match) => ({
    name: (match[1] ?? '').toLowerCase(),
    attributes: match[2] ?? '',
  }));
}

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'input',
  'div',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'li',
  'main',
  'section',
  'article',
  'span',
  'code',
  'del',
  'ins',
  'label',
  'footer',
]);

// Payloads in every place policy text reaches the page: clause text (old and new), section titles, title,
// organisation. The source escapes them so the parser keeps them as literal text, as it would read a clause that
// quotes HTML.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  "'><iframe src=javascript:alert(4)>",
  '</style><style>body{display:none}</style>',
];
const escapeSource = (text: string): string => text.replace(/[<>[\]()*_`\\&!]/g, (char) => `\\${char}`);

describe('renderHtml', () => {
  it('escapes all policy text: injection payloads show as text and never become markup', () => {
    const meta = {
      ...DEFAULT_META,
      title: '<script>alert("title")</script>',
      organisation: '<img src=x onerror=alert("org")>',
    };
    const before: SectionSpec[] = [
      {
        title: 'Regels',
        id: 'regels',
        clauses: PAYLOADS.map((payload, i) => ({
          id: `r${i}`,
          text: `Regel ${i} citeert ${escapeSource(payload)} als voorbeeld van een aanval.`,
        })),
      },
    ];
    const after: SectionSpec[] = [
      {
        title: `Regels ${escapeSource('<b onmouseover=alert(5)>')}`,
        id: 'regels',
        clauses: [
          ...PAYLOADS.map((payload, i) => ({
            id: `r${i}`,
            text: `Regel ${i} citeert voortaan ${escapeSource(payload)} als voorbeeld van een aanval.`,
          })),
          { id: 'r.nieuw', text: escapeSource('<script src="//evil.example/x.js"></script>') },
        ],
      },
    ];
    const oldPolicy = policyFrom(before, meta);
    expect(oldPolicy.sections[0]?.clauses[0]?.text).toContain('<script>alert(1)</script>');
    const html = renderHtml(reportOf(oldPolicy, policyFrom(after, meta)));

    for (const tag of tagsOf(html)) {
      expect(ALLOWED_TAGS.has(tag.name), `unexpected tag <${tag.name}>`).toBe(true);
      expect(tag.attributes).not.toMatch(/\bon[a-z]+\s*=/i);
      expect(tag.attributes).not.toMatch(/\bsrc\s*=|javascript:/i);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; — ');
    expect(html).toContain('&lt;img src=x onerror=alert(&quot;org&quot;)&gt;');
    expect(html).toContain('Regels &lt;b onmouseover=alert(5)&gt;');
    expect(html).toContain('<ins>&lt;script src=&quot;//evil.example/x.js&quot;&gt;&lt;/script&gt;</ins>');
  });

  it('stands alone: inline CSS only, no external resources, scripts forbidden by its Content-Security-Policy', () => {
    const html = renderHtml(standardReport());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    // The one page shell (render/shared/html-page.ts) writes the policy's quotes as &#x27;, as the report's pages do.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
      .exec(html)?.[1]
      ?.replaceAll('&#x27;', "'");
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<link|<script|@import|url\(|https?:\/\//i);
    expect(html).toMatch(/@media print/);
    // On a phone the two columns stack.
    const phone = html.slice(html.indexOf('@media (max-width: 40rem)'));
    expect(phone.slice(0, phone.indexOf('@media print'))).toContain('.side { grid-template-columns: 1fr; }');
  });

  it('summary, then a card per change with badges that carry a symbol and a word; both views present', () => {
    const html = renderHtml(standardReport());
    expect(html).toContain('<p class="summary-line">4 wijzigingen: 3 inhoudelijk, 1 redactioneel</p>');
    expect(html.indexOf('summary-line')).toBeLessThan(html.indexOf('<article'));
    expect(html.match(/<article class="change /g)).toHaveLength(4);
    expect(html).toContain(
      '<span class="badge sig-substantive"><span class="sym" aria-hidden="true">●</span> inhoudelijk</span>',
    );
    expect(html).toContain(
      '<span class="badge sig-editorial"><span class="sym" aria-hidden="true">○</span> redactioneel</span>',
    );
    expect(html).toContain(
      '<span class="badge kind kind-added"><span class="sym" aria-hidden="true">+</span> toegevoegd</span>',
    );
    expect(html).toContain(
      '<span class="badge kind kind-removed"><span class="sym" aria-hidden="true">−</span> verwijderd</span>',
    );
    expect(html).toContain('<input class="view-toggle" type="radio" name="view" id="view-inline" checked>');
    expect(html).toContain('<label for="view-side">Naast elkaar</label>');
    const foto = html.slice(html.lastIndexOf('<article', html.indexOf('mw.foto')));
    const card = foto.slice(0, foto.indexOf('</article>'));
    // Headed by the clause's number alone; its ID small at the end of the badges, for the policy officer.
    expect(card).toContain('<header><h3><span class="num">2.1</span></h3>');
    expect(card).toMatch(/<code class="clause-id">mw\.foto<\/code><\/p><\/header>/);
    expect(card).toContain(
      '<div class="inline"><p class="text">Medewerkers <del>mogen</del><ins>moeten</ins> foto&#39;s',
    );
    // Side by side: the old column has only the deletions, the new one only the insertions.
    expect(card).toContain(
      '<h4>Oude tekst</h4><p class="text">Medewerkers <del>mogen</del> foto&#39;s van leerlingen <del>plaatsen na toestemming</del>.</p>',
    );
    expect(card).toContain(
      '<h4>Nieuwe tekst</h4><p class="text">Medewerkers <ins>moeten</ins> foto&#39;s van leerlingen <ins>verwijderen binnen 14 dagen</ins>.</p>',
    );
    expect(card).toContain('<h4>Waarom inhoudelijk</h4><ul><li>verplichting mogen → moeten</li>');
    // Screen readers are told where deletions and insertions start (colour and strike-through are not read out).
    expect(html).toContain('del::before { content: " [geschrapt: "; }');
  });

  it('sets lang from the new version and uses its labels', () => {
    const html = renderHtml(
      reportOf(
        policyFrom([{ title: 'Rules', id: 'rules', clauses: [{ id: 'a', text: 'Be kind to one another.' }] }]),
        policyFrom([{ title: 'Rules', id: 'rules', clauses: [{ id: 'a', text: 'Be kind to one another, always.' }] }], {
          ...DEFAULT_META,
          lang: 'en-GB',
        }),
      ),
    );
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<h4>Old text</h4>');
    expect(html).toContain('<label for="view-inline">Inline</label>');
  });

  it('escapeHtml', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});
