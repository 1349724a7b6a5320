// An HTML page's images: the picture is no part of a policy (text only), so it is left out, and said to be, as a
// Word document's are; its text alternative is what a screen reader reads, and is kept as text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { wordFinding } from '../../../src/wording/messages.js';

const page = `<!DOCTYPE html>
<html lang="nl"><body>
<h1>Pestprotocol</h1>
<h2>Aanpak</h2>
<p><img src="schema.png" alt="Meld pesten bij de leerkracht."></p>
<p>De leerkracht bespreekt elke melding.<img src="logo.png" alt=""></p>
</body></html>
`;

describe('images in HTML', () => {
  it('are said to be left out, their text alternative kept as text', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-html-images-')), 'pestprotocol.html');
    writeFileSync(file, page);
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(result.output).toContain('Meld pesten bij de leerkracht.');
    const said = result.findings
      .filter((finding) => finding.ruleId === 'import-dropped')
      .map((f) => wordFinding(f).message);
    expect(said).toContain('2 images left out: a policy holds text only');
  });
});
