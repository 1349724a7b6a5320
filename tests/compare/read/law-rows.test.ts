// Which rows of "Wat de wet vraagt" ask the policy to state something (src/compare/read/law-rows.ts): the review page
// asks about their topics first and names them. Not one the law applies directly that no clause states, nor school law
// for an organisation not known to be a school, nor one that does not bind it.
import { describe, expect, it } from 'vitest';
import { asksOfPolicy } from '../../../src/compare/read/law-rows.js';
import type { LawRow } from '../../../src/compare/read/types.js';

const base = { topic: 'termijn', name: 'Termijn van afhandeling', law: 'Awb', article: 'art. 9:11 lid 1', words: '…' };
const note = 'de Awb stelt zelf de termijn van zes weken';

describe('a requirement the policy is asked to state', () => {
  it('leaves out of what the policy is asked to state a requirement that applies directly or only to schools', () => {
    const row = (over: Partial<LawRow>): LawRow => ({ ...base, applies: 'binds', ...over }) as LawRow;
    expect(asksOfPolicy(row({ finding: 'topic' }))).toBe(true);
    expect(asksOfPolicy(row({ applies: 'if-applicable', finding: 'unmet' }))).toBe(true);
    expect(asksOfPolicy(row({ finding: 'met', direct: note }))).toBe(true);
    expect(asksOfPolicy(row({ finding: 'direct', direct: note }))).toBe(false);
    expect(asksOfPolicy(row({ applies: 'schools-only' }))).toBe(false);
    expect(asksOfPolicy(row({ applies: 'not-applicable' }))).toBe(false);
  });
});
