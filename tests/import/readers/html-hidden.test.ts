// Text a browser does not show (the hidden attribute, display:none, visibility:hidden, font-size:0) is no part of
// the policy: import leaves it out and lists it in its report, never keeps it as a clause (issue 23 item 8).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { wordMessage } from '../../../src/io/messages.js';
import type { MessageRef } from '../../../src/model/diagnostics.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';

const page = `<!DOCTYPE html>
<html lang="nl"><head><title>Pestprotocol</title></head><body>
<h1>Pestprotocol</h1>
<h2>Afspraken</h2>
<p>Wij accepteren geen pesten op school.</p>
<p hidden>Verouderde afspraak uit tweeduizendnegen.</p>
<div style="display: none"><p>Zoekwoorden pesten school veilig.</p></div>
<p>De mentor<span style="font-size:0px">onzichtbaar</span> bespreekt elke melding.</p>
<ul>
  <li>Eerst een gesprek.</li>
  <li style="visibility:hidden">Geheime stap.</li>
  <li>Dan de ouders.</li>
</ul>
</body></html>
`;

describe('hidden text in HTML', () => {
  it('is left out of the policy and listed in the report with why', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-import-hidden-')), 'pestprotocol.html');
    writeFileSync(file, page);
    const result = await importDocument(file, { org: 'school', dryRun: true });
    const clauses = allClauses(parsePolicy(result.output).policy).map(({ clause }) => clause.text);
    expect(clauses).toEqual([
      'Wij accepteren geen pesten op school.',
      'De mentor bespreekt elke melding.',
      'Eerst een gesprek.',
      'Dan de ouders.',
    ]);
    expect(result.dropped.map(({ text, reason }) => [text, reason])).toEqual([
      ['Verouderde afspraak uit tweeduizendnegen.', 'hidden text (hidden attribute)'],
      ['Zoekwoorden pesten school veilig.', 'hidden text (display:none)'],
      ['onzichtbaar', 'hidden text (font-size:0)'],
      ['Geheime stap.', 'hidden text (visibility:hidden)'],
    ]);
    const listed = result.findings.filter((finding) => finding.messageId === 'import-dropped.left-out');
    // The reason is an entry of the messages file (import-reason.*), worded with the finding.
    expect(listed.map((finding) => wordMessage(finding.params?.reason as MessageRef))).toEqual([
      'hidden text (hidden attribute)',
      'hidden text (display:none)',
      'hidden text (font-size:0)',
      'hidden text (visibility:hidden)',
    ]);
    expect(result.accounting.missing).toEqual([]);
  });
});
