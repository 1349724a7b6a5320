// Pass four's parts (src/compare/passes/lead-topic-links.ts) on made-up input: a clause's lead topics are those a signal
// names in its first sentence, and a candidate pair joins only where the other clause's provision agrees on the clause
// by a quorum and the clause stands alone. The seeds' case is tests/compare/passes/lead-topic-links.integration.test.ts.
import { describe, expect, it } from 'vitest';
import type { Group } from '../../../src/compare/passes/cluster.js';
import { prepareDocuments } from '../../../src/compare/terms/documents.js';
import { agreedLinks, leadTopics } from '../../../src/compare/passes/lead-topic-links.js';
import { groupIndex } from '../../../src/compare/passes/group-index.js';
import type { PairLink } from '../../../src/compare/passes/pairwise.js';
import { TopicSignalSet } from '../../../src/compare/topics/topic-signals.js';
import { orgPolicy } from '../fixtures.js';

describe('leadTopics', () => {
  const policy = orgPolicy('school', 'De School', [
    {
      title: 'Regels',
      clauses: [
        'Je bent zelf verantwoordelijk voor wat je plaatst. Denk na voordat je iets deelt.',
        'Denk na voordat je iets deelt op sociale media. Je bent zelf verantwoordelijk voor wat je plaatst.',
      ],
    },
  ]);
  const [document] = prepareDocuments([policy]).documents;
  const signals = new TopicSignalSet([['zelf verantwoordelijk'], ['denk na']]);
  const everyTopic = [new Set([0, 1]), new Set([0, 1])];

  it('are the topics a signal names in the first sentence', () => {
    const lead = leadTopics(document!, signals, everyTopic);
    expect([...lead[0]!]).toEqual([0]);
    expect([...lead[1]!]).toEqual([1]);
  });

  it('leave out a topic the clause is not under (a person took it off)', () => {
    const lead = leadTopics(document!, signals, [new Set([1]), new Set([1])]);
    expect([...lead[0]!]).toEqual([]);
    expect([...lead[1]!]).toEqual([1]);
  });
});

describe('agreedLinks', () => {
  const link = (left: number, right: number): PairLink => ({ left: [left], right: [right], score: 0.2, via: 'loose' });
  // Document 0's clause 0 stands alone; documents 1 and 2 state one provision with their clause 0.
  const groups: Group[] = [
    new Map([[0, [0]]]),
    new Map([
      [1, [0]],
      [2, [0]],
    ]),
    new Map([[0, [1]]]),
  ];
  const groupOf = groupIndex(groups, 3);

  it('keeps a clause both members of a provision chose', () => {
    const agreed = agreedLinks(
      [
        { left: 0, right: 1, links: [link(0, 0)] },
        { left: 0, right: 2, links: [link(0, 0)] },
      ],
      groups,
      groupOf,
    );
    expect(agreed.map((links) => links.length)).toEqual([1, 1]);
  });

  it('drops a clause only one member chose: a pair alone is not enough', () => {
    const agreed = agreedLinks([{ left: 0, right: 1, links: [link(0, 0)] }], groups, groupOf);
    expect(agreed).toEqual([[]]);
  });

  it('drops a clause already in a provision with another document', () => {
    const joined: Group[] = [
      new Map([
        [0, [0]],
        [3, [0]],
      ]),
      groups[1]!,
      groups[2]!,
    ];
    const agreed = agreedLinks(
      [
        { left: 0, right: 1, links: [link(0, 0)] },
        { left: 0, right: 2, links: [link(0, 0)] },
      ],
      joined,
      groupIndex(joined, 4),
    );
    expect(agreed.map((links) => links.length)).toEqual([0, 0]);
  });
});
