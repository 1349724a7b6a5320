// The safety net on its own: given the document before and a (tampered) document after, it must object.
import { describe, expect, it } from 'vitest';
import { verifyLossless } from '../../src/fmt/lossless.js';
import { planIds } from '../../src/fmt/assign.js';
import { parsePolicy } from '../../src/parse/index.js';
import { ClausemarkError } from '../../src/model/errors.js';

const BEFORE =
  '---\nid: x # comment\n---\n\n## Doel {#doel}\n\n{#doel.a} Zie [de wet](https://wetten.nl/a).\n\n<!-- notitie -->\n';

function verify(after: string): void {
  const before = parsePolicy(BEFORE).policy;
  verifyLossless(before, before.tree, parsePolicy(after).policy, planIds(before));
}

function refusal(after: string): ClausemarkError | undefined {
  try {
    verify(after);
    return undefined;
  } catch (error) {
    if (error instanceof ClausemarkError) return error;
    throw error;
  }
}

describe('verifyLossless', () => {
  it('accepts the same document written differently', () => {
    expect(() => verify(BEFORE.replace('## Doel {#doel}', 'Doel {#doel}\n----'))).not.toThrow();
  });

  it.each([
    ['a changed word', BEFORE.replace('Zie', 'Lees')],
    ['a lost ID', BEFORE.replace('{#doel.a} ', '')],
    ['a changed section ID', BEFORE.replace('{#doel}', '{#doelen}')],
    ['a changed link target, which no clause text shows', BEFORE.replace('wetten.nl/a', 'wetten.nl/b')],
    ['a lost author comment', BEFORE.replace('<!-- notitie -->', '')],
    ['a reformatted frontmatter', BEFORE.replace('id: x # comment', 'id: x')],
  ])('refuses %s, naming the file', (_what, after) => {
    const error = refusal(after);
    expect(error?.ruleId).toBe('fmt-not-lossless');
    expect(error?.format()).toMatch(/^policy\.md(:\d+:\d+)?: fmt stopped because formatting would change the document/);
  });
});
