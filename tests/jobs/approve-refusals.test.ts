import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { ClausemarkError } from '../../src/model/errors.js';
import { parsePolicy } from '../../src/parse/index.js';

const REQUEST = { name: 'GMR', role: 'Medezeggenschapsraad', date: '2024-06-12' };

function refusal(source: string): ClausemarkError {
  try {
    approveSource(parsePolicy(source, { path: 'beleid.md' }), REQUEST);
  } catch (error) {
    if (error instanceof ClausemarkError) return error;
    throw error;
  }
  throw new Error('expected approve to refuse');
}

describe('approveSource refuses', () => {
  it('a policy it cannot read, naming the fault at its line and column', () => {
    const error = refusal('---\nid: x\ntitle: [Protocol\n---\n\n{#a} Tekst.\n');
    expect(error.format()).toBe(
      'beleid.md:3:8: cannot approve a policy that cannot be read: invalid YAML in the frontmatter: the list opened with [ is never closed with ]\n' +
        '  fix: close it with ], or put the whole value in quotes if the [ is part of the text (title: "[…")',
    );
  });

  it('a policy without any text: there is nothing to approve', () => {
    for (const source of ['', '---\nid: x\ntitle: Leeg\n---\n', '<!-- nog te schrijven -->\n']) {
      expect(refusal(source).format()).toBe(
        'beleid.md: the policy has no text, so there is nothing to approve\n  fix: write the policy text below the frontmatter, then approve it',
      );
    }
  });

  it('but approves a policy that has only headings so far', () => {
    expect(approveSource(parsePolicy('## Doel {#doel}\n', { path: 'beleid.md' }), REQUEST).approval.hash).toMatch(
      /^sha256-v2:[0-9a-f]{64}$/,
    );
  });

  it('a step asked after the day it was decided, or asked on no date, at --asked and writing nothing', () => {
    const parsed = parsePolicy('## Doel {#doel}\n\n{#doel.een} Tekst.\n', { path: 'beleid.md' });
    const refused = (asked: string): ClausemarkError => {
      try {
        approveSource(parsed, { ...REQUEST, date: '2026-11-01', step: 'instemming', asked });
      } catch (error) {
        if (error instanceof ClausemarkError) return error;
        throw error;
      }
      throw new Error('expected approve to refuse');
    };
    const late = refused('2026-11-20');
    expect(late.finding).toMatchObject({ argument: '--asked', ruleId: 'approval-asked-after-decision' });
    expect(late.format()).toBe(
      '--asked: 20 November 2026 is after --date 1 November 2026: a step is asked before it is decided\n' +
        '  fix: give the day it was asked (--asked) and the day it was decided (--date), the first not after the second',
    );
    expect(refused('volgende week').finding).toMatchObject({ argument: '--asked', ruleId: 'invalid-date' });
    // Asked on the day decided, or before: recorded.
    const row = approveSource(parsed, { ...REQUEST, date: '2026-11-01', step: 'instemming', asked: '2026-11-01' });
    expect(row.approval.asked).toBe('2026-11-01');
  });
});
