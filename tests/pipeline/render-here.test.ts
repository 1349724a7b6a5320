// Which builds render in the thread that is otherwise kept free for signals (src/pipeline/batch.ts): one small policy
// alone, whose worker thread would cost more CPU than its rendering; never two, and never a large one, whose
// rendering would keep Ctrl-C waiting (tests/hardening/interrupt.cli.test.ts sends SIGTERM to a 2 MB one).
import { describe, expect, it } from 'vitest';
import { quickToRenderHere, RENDER_HERE_MAX_CHARACTERS } from '../../src/pipeline/batch.js';
import { readPolicyFile, type PolicyRead } from '../../src/pipeline/read.js';
import { policyPath } from '../support/paths.js';

const seed = policyPath('aloysius');
const read = readPolicyFile(seed);
const withSource = (source: string): PolicyRead => ({
  ...read,
  parsed: { ...read.parsed, policy: { ...read.parsed.policy, source } },
});

describe('quickToRenderHere', () => {
  it('renders one 8-page seed policy here', () => {
    expect(quickToRenderHere([seed], new Map([[seed, read]]))).toBe(true);
  });

  it('hands a large policy, two policies, or one that could not be read to the workers', () => {
    expect(quickToRenderHere([seed], new Map([[seed, withSource('x'.repeat(RENDER_HERE_MAX_CHARACTERS + 1))]]))).toBe(
      false,
    );
    expect(
      quickToRenderHere(
        [seed, 'other.md'],
        new Map([
          [seed, read],
          ['other.md', read],
        ]),
      ),
    ).toBe(false);
    expect(quickToRenderHere([seed], new Map([[seed, undefined]]))).toBe(false);
    expect(quickToRenderHere([], new Map())).toBe(false);
  });
});
