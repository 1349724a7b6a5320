// Issue 26 item 3: in a lettered or roman outline a change shows at the item that changed, and a rule added is an
// item added, not a group "modified" (comply's `a.`/`i.` layout, and a Dutch `(a)`/`(i)` text of the same shape).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { loadComparable } from '../../src/diff/inputs.js';

function changesOf(oldText: string, newText: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cm-outline-'));
  writeFileSync(join(dir, 'old.md'), oldText);
  writeFileSync(join(dir, 'new.md'), newText);
  const diff = diffPolicies(loadComparable(join(dir, 'old.md')), loadComparable(join(dir, 'new.md')));
  return diff.changes.map((change) => `${change.kinds.join('+')}: ${change.new?.text ?? change.old?.text}`);
}

const comply = (offboarding: string[]): string =>
  [
    '# Policy',
    '',
    'a. *During onboarding:*',
    '',
    '    i. Hiring Manager informs HR upon hire of a new employee.',
    '',
    '    i. IT creates a checklist of accounts and permission levels needed for that role.',
    '',
    'a. *During offboarding:*',
    '',
    ...offboarding.flatMap((item) => [`    i. ${item}`, '']),
  ].join('\n');

// The same shape in other words: a Dutch text with `(a)` clauses and their `(i)` items indented four spaces.
const schorsing = (items: string[]): string =>
  [
    '# Schorsing',
    '',
    '(a) De directeur kan een leerling schorsen:',
    '',
    ...items.flatMap((item, index) => [`    (${'i'.repeat(index + 1)}) ${item}`, '']),
    '(b) Een schorsing duurt ten hoogste een week.',
    '',
  ].join('\n');

describe('changes in an outline', () => {
  it('show at the item in comply-style groups', () => {
    const before = [
      'Hiring Manager notifies HR when an employee has been terminated.',
      'IT terminates access within five business days from receipt of notification.',
    ];
    expect(changesOf(comply(before), comply([before[0]!, before[1]!.replace('five', 'two')]))).toEqual([
      'modified: i. IT terminates access within two business days from receipt of notification.',
    ]);
    expect(
      changesOf(comply(before), comply([...before, 'Former employees are removed from shared password vaults.'])),
    ).toEqual(['added: i. Former employees are removed from shared password vaults.']);
  });

  it('show at the item in a Dutch (a)/(i) text', () => {
    const before = ['bij ernstig wangedrag;', 'bij herhaald ongeoorloofd verzuim.'];
    expect(changesOf(schorsing(before), schorsing([before[0]!, 'bij herhaald verzuim.']))).toEqual([
      'modified: (ii) bij herhaald verzuim.',
    ]);
    expect(changesOf(schorsing(before), schorsing([...before, 'bij bedreiging van personeel.']))).toEqual([
      'added: (iii) bij bedreiging van personeel.',
    ]);
  });
});
