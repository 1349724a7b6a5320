// Issue 23, work without bound: topics induced from thousands of headings that name one subject ("Overgangsregeling
// 1" … "Overgangsregeling 8000", each over one short rule; issue 42 made a heading that only
// numbers, "Artikel 1", no topic at all) made compare quadratic twice over: every pair of
// headings was tried for a shared subject, and every clause was tested against every heading of the one topic they
// form (8,000 such articles a side took 20 s CPU, 2,000 a side 2 s). Counted as lookups and pattern tests, not timed;
// a run over the bound stops at once, so the old code fails fast.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareDocuments } from '../../src/compare/terms/documents.js';
import { induceTopics } from '../../src/compare/topics/induced-topics.js';
import { topicCoverage } from '../../src/compare/topics/topics.js';
import { orgPolicy } from './fixtures.js';

const ARTICLES = 1500;
/**
 * Lookups and tests a clause may cost in inducing topics and finding the clauses that cover them. Since issue 42 the
 * evidence reads each clause's words and title against the topics' keys (topic-scores.ts): about 97 per clause here,
 * the same at 1,000, 2,000 and 4,000 clauses (it was 60 before, signals alone).
 */
const PER_CLAUSE = 120;

function repealed(count: number): { title: string; clauses: string[] }[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `Overgangsregeling ${index + 1}`,
    // Not "Dit artikel is vervallen.": a lapsed article states nothing and takes no topic (closing-lines.ts).
    clauses: ['Deze bepaling geldt tot 1 januari.'],
  }));
}

class TooMuchWork extends Error {}

/** Counts calls of the lookups and tests the work is made of; throws once there are more than `bound`. */
function countWork(bound: number): () => number {
  let calls = 0;
  const count = <T extends object>(proto: T, name: keyof T & string): void => {
    const original = proto[name] as (...args: unknown[]) => unknown;
    vi.spyOn(proto, name as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
      if (++calls > bound) throw new TooMuchWork(`more than ${bound} calls`);
      return original.apply(this, args);
    } as never);
  };
  count(RegExp.prototype, 'test');
  count(Map.prototype, 'get');
  count(Set.prototype, 'has');
  return () => calls;
}

afterEach(() => vi.restoreAllMocks());

describe('topics induced from thousands of headings of one subject', () => {
  const { documents } = prepareDocuments([
    orgPolicy('noord', 'School Noord', repealed(ARTICLES), { id: 'regels' }),
    orgPolicy('zuid', 'School Zuid', repealed(ARTICLES), { id: 'regels' }),
  ]);
  const clauses = 2 * ARTICLES;

  it('induces one topic and finds every clause under it with work linear in the clauses', () => {
    const calls = countWork(PER_CLAUSE * clauses);
    const topics = induceTopics(documents);
    const [coverage] = topicCoverage(documents, topics, []);
    const counted = calls();
    vi.restoreAllMocks();
    // Every heading against every other was 4.5 million pairs here, every clause against every heading 9 million
    // pattern tests.
    expect(counted).toBeLessThanOrEqual(PER_CLAUSE * clauses);
    expect(topics).toHaveLength(1);
    expect(topics[0]?.signals).toHaveLength(ARTICLES);
    expect(coverage?.clauses.noord).toHaveLength(ARTICLES);
    expect(coverage?.clauses.zuid).toHaveLength(ARTICLES);
    expect(coverage?.clauses.zuid?.[ARTICLES - 1]?.signals).toEqual([`overgangsregeling ${ARTICLES}`]);
  });
});
