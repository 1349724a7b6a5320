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
});
