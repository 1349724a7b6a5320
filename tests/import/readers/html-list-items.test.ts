// A list item whose text stands in a container (`<li><div><p>…</p></div></li>`, a blog's `<li><article>…`): the
// item was written with no text, an empty clause the policy then failed on, and its text as a clause after it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';

describe('a list item whose text stands in a container', () => {
  it('is the item, with that text', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-html-items-')), 'beleid.html');
    writeFileSync(
      file,
      `<html lang="nl"><body><h1>Pestprotocol</h1><h2>Doel</h2><ol>
<li><div><p>Wij pesten niet.</p></div></li>
<li>
  <article><p>Meld pesten bij de mentor.</p><ul><li>ook anoniem</li></ul></article>
</li>
<li><div>Eerst een gesprek.</div><p>Dan de ouders.</p></li>
</ol></body></html>`,
    );
    const result = await importDocument(file, { org: 'school', dryRun: true });
    const items = result.output.split('\n').filter((line) => /^\s*(?:\d+\.|-) /u.test(line));
    expect(items.map((line) => line.replace(/\{#[^}]+\} /u, ''))).toEqual([
      '1. Wij pesten niet.',
      '2. Meld pesten bij de mentor.',
      '   - ook anoniem',
      '3. Eerst een gesprek.',
    ]);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
  });
});
