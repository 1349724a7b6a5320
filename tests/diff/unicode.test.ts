// Issue 12 item 6: text that looks the same is the same. Canonically equivalent spellings (é as e + U+0301 or
// precomposed) are no change at all; a zero-width space or a no-break space for a space is an editorial change
// that says what changed, never "rewritten".
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { parsePolicy } from '../../src/parse/index.js';
import type { Policy } from '../../src/model/policy.js';

const policy = (clauses: string[], version: string): Policy =>
  parsePolicy(
    `---\nid: t\ntitle: Test\nversion: "${version}"\nlang: nl\n---\n\n## Regels {#regels}\n\n${clauses.map((text, index) => `${index + 1}. {#r.${index + 1}} ${text}`).join('\n')}\n`,
  ).policy;

describe('Unicode in version diffs', () => {
  it('treats é as e + U+0301 and the precomposed é as the same text', () => {
    const composed = ['Één café.', 'De leerling is geïnformeerd over het reglement en de gevolgen.'];
    const decomposed = composed.map((text) => text.normalize('NFD'));
    expect(decomposed[0]).not.toBe(composed[0]);
    const diff = diffPolicies(policy(composed, '1'), policy(decomposed, '1'));
    expect(diff.changes).toEqual([]);
    expect(diff.summary.total).toBe(0);
  });

  it('reports a zero-width or no-break space as editorial, not rewritten, and says only invisible characters changed', () => {
    const before = ['Ouders krijgen een bericht.', 'De docent meldt dit bij de mentor.'];
    const after = ['Ouders krijgen een\u200b bericht.', 'De docent meldt dit bij\u00a0de mentor.'];
    const diff = diffPolicies(policy(before, '1'), policy(after, '2'));
    expect(diff.changes).toHaveLength(2);
    for (const change of diff.changes) {
      expect(change.significance).toBe('editorial');
      expect(change.rewritten).toBeUndefined();
      expect(change.invisibleOnly).toBe(true);
      expect(change.words?.some((word) => word.op !== 'equal')).toBe(true);
    }
  });

  it('still reports a visible change next to an invisible one as an ordinary change', () => {
    const diff = diffPolicies(
      policy(['Ouders krijgen een bericht.'], '1'),
      policy(['Ouders krijgen geen\u200b bericht.'], '2'),
    );
    expect(diff.changes[0]?.significance).toBe('substantive');
    expect(diff.changes[0]?.invisibleOnly).toBeUndefined();
  });

  it('does not report a title typed with a combining accent as a frontmatter change', () => {
    const source = (title: string): Policy =>
      parsePolicy(`---\nid: t\ntitle: ${title}\nversion: "1"\n---\n\n1. Eén regel.\n`).policy;
    const diff = diffPolicies(source('Privacyreglement café'), source('Privacyreglement café'.normalize('NFD')));
    expect(diff.meta).toEqual([]);
  });
});
