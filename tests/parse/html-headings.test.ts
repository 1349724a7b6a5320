// Issue 26: a heading written as an HTML element is a heading, so a later version that writes it in Markdown shows
// no clause changed and none moved (vdp/skylight's `<h2 id="coordinated-disclosure">`), and a Dutch page of the
// same shape (`<h3>Klachten</h3>`) reads the same way. An HTML block that holds more than one heading stays text.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { parsePolicy } from '../../src/parse/index.js';

const page = (heading: string): string =>
  [
    '# Vulnerability disclosure',
    '',
    '## Reporting a vulnerability',
    '',
    'We may share your vulnerability reports with US-CERT, as well as any affected vendors.',
    '',
    heading,
    '',
    'We are committed to patching vulnerabilities within 90 days or less.',
    '',
    'We ask that you refrain from sharing your report with others while we work on our patch.',
    '',
  ].join('\n');

describe('HTML headings', () => {
  it('open a section with the text they show', () => {
    const { policy } = parsePolicy(page('<h2 id="coordinated-disclosure">Coordinated <em>Disclosure</em></h2>'));
    expect(policy.sections.map((section) => [section.title, section.depth, section.clauses.length])).toEqual([
      ['Reporting a vulnerability', 2, 1],
      ['Coordinated Disclosure', 2, 2],
    ]);
    expect(policy.sections[0]?.clauses[0]?.text).not.toContain('Coordinated');
  });

  it('written in Markdown later, change no clause and move none', () => {
    const before = parsePolicy(page('<h2 id="coordinated-disclosure">Coordinated Disclosure</h2>')).policy;
    const after = parsePolicy(page('## Coordinated Disclosure')).policy;
    expect(diffPolicies(before, after).changes).toEqual([]);
  });

  it('read a Dutch page of the same shape, and leave a block with more in it as text', () => {
    const dutch = parsePolicy(
      '# Reglement\n\n## Aanmelding\n\nOuders melden aan.\n\n<h3>Klachten</h3>\n\nKlachten gaan naar de directeur.\n',
    );
    expect(dutch.policy.sections[0]?.sections.map((section) => section.title)).toEqual(['Klachten']);
    const layout = parsePolicy(
      '# Reglement\n\n## Aanmelding\n\nOuders melden aan.\n\n<h3>Klachten</h3><p>Zie ook de klachtenregeling.</p>\n',
    );
    expect(layout.policy.sections[0]?.sections).toEqual([]);
  });
});
