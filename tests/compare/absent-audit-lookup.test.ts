// How the absent-cell audit (tests/compare/absent-audit.ts) finds a verdict when the aligner has changed the matrix
// since the audit: a reshaped provision, a clause that left a provision, a rule joined through a sentence unit in
// another row, a judged cell filled since. Small made-up matrices, so each case is visible at a glance.
import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../src/compare/read/types.js';
import { type AbsentAudit, auditAlignment } from './absent-audit.js';

const ORGS = ['a', 'b', 'c'];

/** A matrix from rows of `org:clause-id` refs (only what the audit reads: documents, members, labels). */
function matrix(rows: string[][]): Alignment {
  const provisions = rows.map((refs) => {
    const members: Record<string, { id: string }[]> = {};
    for (const ref of refs) {
      const [org = '', id = ''] = ref.split(':');
      members[org] = [...(members[org] ?? []), { id }];
    }
    return { label: refs.join(' '), members, reference: '', absent: ORGS.filter((org) => !(org in members)) };
  });
  return { documents: ORGS.map((key) => ({ key })), provisions } as unknown as Alignment;
}

const AUDIT: AbsentAudit = {
  documents: ORGS,
  matrix: { commit: 'test', provisions: 3, absent: 5 },
  rules: {},
  provisions: [
    // a:x is a rule c states in c:z; b has none.
    { refs: ['a:x'], label: 'x', absent: { b: { verdict: 'right' }, c: { verdict: 'wrong', 'covered-by': ['z'] } } },
    // c:z states what a:x does.
    { refs: ['c:z'], label: 'z', absent: { a: { verdict: 'wrong', 'covered-by': ['x'] }, b: { verdict: 'right' } } },
    // a:y and b:y agree; c has no such rule.
    { refs: ['a:y', 'b:y'], label: 'y', absent: { c: { verdict: 'right' } } },
  ],
};

describe('the absent-cell audit against a changed matrix', () => {
  it('takes the verdict of the provision with the same clauses, and counts a judged-wrong absent cell as missed', () => {
    const report = auditAlignment(matrix([['a:x'], ['a:y', 'b:y'], ['c:z']]), AUDIT);
    expect(report.unjudged).toEqual([]);
    expect(report.missed.map((cell) => `${cell.refs}→${cell.org}`)).toEqual(['a:x→c', 'c:z→a']);
    expect(report.judged.every((cell) => !cell.reshaped)).toBe(true);
  });

  it('finds the verdicts of a reshaped provision through its member clauses', () => {
    // The two audited rows merged into one: c's verdicts from both, wrong (from the first) for part of it.
    const report = auditAlignment(matrix([['a:x', 'a:y', 'b:y'], ['c:z']]), AUDIT);
    const cell = report.judged.find((judged) => judged.org === 'c' && judged.refs.includes('a:x'));
    expect(cell?.reshaped).toBe(true);
    expect(cell?.verdict).toMatchObject({ verdict: 'wrong', 'covered-by': ['z'], partly: true });
    expect(report.unjudged).toEqual([]);
  });

  it('leaves a cell unjudged when that organisation was a member of the audited provision (a new absence)', () => {
    const report = auditAlignment(matrix([['a:x'], ['a:y'], ['b:y'], ['c:z']]), AUDIT);
    expect(report.unjudged.map((cell) => `${cell.refs}→${cell.org}`)).toContain('a:y→b');
    expect(report.unjudged.find((cell) => cell.org === 'b')?.reason).toContain('b:y');
  });

  it('reports judged cells filled since: by the clause named, or against a verdict of right', () => {
    const report = auditAlignment(
      matrix([
        ['a:x', 'c:z'],
        ['a:y', 'b:y', 'c:w'],
      ]),
      AUDIT,
    );
    expect(report.recovered.map((cell) => [cell.org, cell.withJudged])).toEqual([
      ['a', true],
      ['c', true],
    ]);
    expect(report.suspicious.map((cell) => [cell.org, cell.members])).toEqual([['c', ['c:w']]]);
    expect(report.missed).toEqual([]);
  });

  it('reports a member the audit found false while it still shares the provision', () => {
    const audit = { ...AUDIT, 'false-members': [{ member: 'b:y', 'not-with': ['a:y'], note: '' }] };
    expect(auditAlignment(matrix([['a:x'], ['a:y', 'b:y'], ['c:z']]), audit).falseMembers).toHaveLength(1);
    expect(auditAlignment(matrix([['a:x'], ['a:y'], ['b:y'], ['c:z']]), audit).falseMembers).toHaveLength(0);
  });

  it('does not count as a new absence a clause that went with another sentence unit of the clause it stood with', () => {
    const audit: AbsentAudit = {
      ...AUDIT,
      provisions: [
        { refs: ['a:x', 'c:z'], label: 'x', absent: { b: { verdict: 'right' } } },
        {
          refs: ['b:q'],
          label: 'q',
          absent: { a: { verdict: 'wrong', 'covered-by': ['x'] }, c: { verdict: 'right' } },
        },
      ],
    };
    // a:x split: its first sentence stays with c:z, its second joins b:q; c is absent from the second row.
    const report = auditAlignment(
      matrix([
        ['a:x#1', 'c:z'],
        ['a:x#2', 'b:q'],
      ]),
      audit,
    );
    expect(report.unjudged).toEqual([]);
    expect(report.judged.map((cell) => [cell.refs.join(' '), cell.org, cell.verdict.verdict])).toEqual([
      ['a:x c:z', 'b', 'right'],
      ['a:x b:q', 'c', 'right'],
    ]);
  });

  it('counts a rule joined through a sentence unit of the same clause in another row as joined, not missed', () => {
    // a:x split into two sentence units: the first joined with c:z, the second alone, c absent.
    const report = auditAlignment(matrix([['a:x#1', 'c:z'], ['a:x#2'], ['a:y', 'b:y']]), AUDIT);
    expect(report.missed).toEqual([]);
    expect(report.joinedElsewhere.map((cell) => `${cell.refs}→${cell.org}`)).toEqual(['a:x→c']);
    expect(report.recovered.map((cell) => cell.org)).toEqual(['a', 'c']);
  });
});
