import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, fixture, only } from './helpers.js';

const IMPORTED = readFileSync(fixture('procedure-to-record.md'), 'utf8');

describe('procedure-to-record', () => {
  it('names the steps still to record in an imported draft whose document stated its adoption, at its status', () => {
    const result = checkFixture('procedure-to-record.md');
    const findings = only(result, 'procedure-to-record');
    expect(findings.map((finding) => `${finding.place?.start.line}:${finding.place?.start.column}`)).toEqual(['6:9']);
    expect(findings[0]?.message).toBe(
      'imported as a draft: the document stated its adoption, but here it is not adopted; the steps still to record, in order: Instemming GMR (WMS art. 10 sub g); Vaststelling bestuur (WPO art. 14)',
    );
  });

  it('says nothing of a draft without the import’s note, or one of no kind', () => {
    const withoutNote = IMPORTED.replace(/^#.*\n/gmu, '');
    expect(only(checkText(withoutNote), 'procedure-to-record')).toEqual([]);
    expect(only(checkText(IMPORTED.replace('kind: klachtenregeling\n', '')), 'procedure-to-record')).toEqual([]);
  });

  it('counts a step once it is recorded', () => {
    const consented = IMPORTED.replace(
      'kind: klachtenregeling\n',
      'kind: klachtenregeling\napprovals:\n  - date: 2025-06-10\n    name: A. Bakker\n    role: Voorzitter GMR\n    step: instemming\n    body: GMR\n',
    );
    const [finding] = only(checkText(consented), 'procedure-to-record');
    expect(finding?.message).toContain('in order: Vaststelling bestuur (WPO art. 14)');
  });
});
