// Text a page marks as deleted (<del>, as Word's "Save as HTML" writes a tracked deletion, and CMS and wiki pages do)
// or struck through (<s>, <strike>, text-decoration: line-through) is no part of the policy: import leaves it out and
// lists it in its report with why, keeps <ins> text (the text as changed), and joins the words around it with one space
// (none before the punctuation that follows it).
import { describe, expect, it } from 'vitest';
import { expectAccounted, expectListedWithCopyFix, importedStruck, sourceFile } from './struck-support.js';

const page = `<!DOCTYPE html>
<html lang="nl"><head><title>Klachtenregeling</title></head><body>
<h1>Klachtenregeling De Linde</h1>
<h2>Artikel 1 Termijn</h2>
<p>De commissie beslist binnen <del cite="mailto:jansen@linde.nl" datetime="2025-03-01T10:15:00">veertien</del><ins cite="mailto:jansen@linde.nl" datetime="2025-03-01T10:15:00">tien</ins> weken.</p>
<p><s>Een klacht kan ook mondeling worden ingediend.</s></p>
<p>De klager krijgt <strike>binnen een week</strike> een ontvangstbevestiging.</p>
<p>Het bestuur <span style="color: red; text-decoration: line-through">of de directeur</span> beslist.</p>
<p>De klacht gaat naar de <b>commissie <s>of het bestuur</s></b>.</p>
<ul>
  <li>Eerst een gesprek.</li>
  <li><del>Dan een brief.</del></li>
  <li>Dan de commissie.</li>
</ul>
</body></html>
`;

describe('deleted and struck-through text in HTML', () => {
  it('is left out of the policy and listed in the report with why, the words around it joined', async () => {
    const file = sourceFile('struck', 'html', page);
    const result = await importedStruck(file);
    expect(result.clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klager krijgt een ontvangstbevestiging.',
      'Het bestuur beslist.',
      'De klacht gaat naar de commissie.',
      'Eerst een gesprek.',
      'Dan de commissie.',
    ]);
    expect(result.body).not.toMatch(/ {2}|veertien|mondeling|Dan een brief/u);
    expect(result.dropped).toEqual([
      ['veertien', 'deleted (<del>) on the page'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of de directeur', 'struck through in the source'],
      ['of het bestuur', 'struck through in the source'],
      ['Dan een brief.', 'deleted (<del>) on the page'],
    ]);
    expectListedWithCopyFix(result);
    expectAccounted(result, 1 + 7 + 3 + 3 + 3 + 3);
  });
});
