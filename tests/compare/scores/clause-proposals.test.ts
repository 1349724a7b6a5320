// A clause's proposals (src/compare/scores/clause-proposals.ts) hold each group of several right clauses, and each single
// right clause whatever groups propose it, once at the best score, so best() ranks each clause's best alone.
import { describe, expect, it } from 'vitest';
import { ClauseProposals } from '../../../src/compare/scores/clause-proposals.js';

describe('ClauseProposals', () => {
  // Right clause 0's whole (group 0) and one of its sentences (group 1); a sentence clauses 0 and 1 share (group 2);
  // clause 1's whole (group 3).
  const groups = [{ clauses: [0] }, { clauses: [0] }, { clauses: [0, 1] }, { clauses: [1] }];

  it('holds the groups of one clause once, at their best score, and a group of several clauses apart', () => {
    const proposals = new ClauseProposals(groups, 2);
    proposals.start();
    proposals.add(0, 0.3);
    proposals.add(1, 0.5);
    proposals.add(2, 0.4);
    proposals.add(3, 0.2);
    proposals.add(0, 0.1);
    expect(proposals.size).toBe(3);
    expect(proposals.best(10, groups)).toEqual([
      { clauses: [0], score: 0.5 },
      { clauses: [0, 1], score: 0.4 },
      { clauses: [1], score: 0.2 },
    ]);
  });

  it('starts each clause empty', () => {
    const proposals = new ClauseProposals(groups, 2);
    proposals.start();
    proposals.add(1, 0.5);
    proposals.start();
    proposals.add(0, 0.25);
    expect(proposals.best(10, groups)).toEqual([{ clauses: [0], score: 0.25 }]);
  });
});
