// The provisions a topic's covering clauses are members of (src/compare/topics/member-provisions.ts), looked up from one pass
// over the provisions: the same indices, ascending and each once, as asking every provision's members for every topic.
import { describe, expect, it } from 'vitest';
import { ProvisionsByMember } from '../../../src/compare/topics/member-provisions.js';
import type { Member, Provision } from '../../../src/compare/read/types.js';

const member = (id: string): Member => ({ id, text: id, status: 'identical', similarity: 1, line: 1 });

const provision = (members: Record<string, string[]>): Provision => ({
  label: '',
  reference: Object.keys(members)[0] ?? '',
  absent: [],
  members: Object.fromEntries(Object.entries(members).map(([key, ids]) => [key, ids.map(member)])),
});

/** What topic coverage asked before: every provision, whether any member is one of the clauses of its key. */
function searched(provisions: readonly Provision[], clauses: Record<string, { id: string }[]>): number[] {
  return provisions.flatMap((one, index) =>
    Object.entries(one.members).some(([key, members]) =>
      members.some((found) => clauses[key]?.some((clause) => clause.id === found.id)),
    )
      ? [index]
      : [],
  );
}

describe('the provisions of covering clauses', () => {
  const provisions = [
    provision({ a: ['1'], b: ['1'] }),
    provision({ a: ['2', '3'] }),
    provision({ b: ['2'] }),
    // A unit of a's clause 3 joined b's clause 9: clause 3 is a member of two provisions.
    provision({ b: ['9'], a: ['3'] }),
    provision({ a: ['4'], b: ['3'] }),
  ];
  const byMember = new ProvisionsByMember(provisions);

  it('finds every provision a clause is a member of, ascending and each once', () => {
    expect(byMember.of({ a: [{ id: '3' }, { id: '2' }] })).toEqual([1, 3]);
    expect(byMember.of({ b: [{ id: '9' }], a: [{ id: '1' }, { id: '3' }] })).toEqual([0, 1, 3]);
  });

  it("reads an id under its own document's key only", () => {
    expect(byMember.of({ b: [{ id: '3' }] })).toEqual([4]);
    expect(byMember.of({ c: [{ id: '1' }], a: [{ id: '9' }] })).toEqual([]);
  });

  it('answers as a search of every provision does', () => {
    const asked: Record<string, { id: string }[]>[] = [
      { a: [{ id: '4' }], b: [{ id: '2' }, { id: '1' }] },
      { b: [{ id: '3' }, { id: '9' }] },
      {},
      { a: [{ id: '1' }, { id: '2' }, { id: '3' }, { id: '4' }], b: [{ id: '1' }] },
    ];
    for (const clauses of asked) expect(byMember.of(clauses)).toEqual(searched(provisions, clauses));
  });
});
