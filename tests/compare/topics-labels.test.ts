// Topic coverage against hand labels written before the topic code (tests/fixtures/topic-labels/): per
// organisation x topic, covered or not, must agree with the labels in at least 95% of the cells (issue 24). The
// figures are printed so a change to a topic list or to the matcher can be measured before and after. The headline is
// all cells right (an unsure cell, "possibly", is not right: issue 42); since issue 42's unsure band it is below 0.95,
// so it is asserted as the figure measured, a floor against regression, and decided cells at the 0.95 target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTopicList } from '../../src/compare/read/topic-list.js';
import { topicCoverage } from '../../src/compare/topics/topics.js';
import type { TopicCoverage } from '../../src/compare/read/types.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, policyPath, sharedData } from '../support/paths.js';

const LABELS = join(PROJECT_ROOT, 'tests', 'fixtures', 'topic-labels');
const TOPICS = join(PROJECT_ROOT, 'templates', 'topics');

interface Score {
  right: number;
  cells: number;
  wrong: string[];
  /** Cells that say "not found", and how many of them the labels agree with (the topic is not covered there). */
  notFound: number;
  notFoundRight: number;
  /** Cells the tool is unsure of: neither covered nor "not found" (a person is asked). */
  unsure: number;
}

const decided = (result: Score): number => result.cells - result.unsure;
const allCells = (result: Score): string =>
  `all cells ${result.right}/${result.cells} = ${(result.right / result.cells).toFixed(3)}`;

/** Cells of the labelled topics only; a cell the tool is unsure of ("possibly") claims neither and is counted apart. */
function score(
  coverage: TopicCoverage[],
  keys: string[],
  truth: (key: string, topic: string) => boolean,
  labelled: (topic: string) => boolean = () => true,
): Score {
  const result: Score = { right: 0, cells: 0, wrong: [], notFound: 0, notFoundRight: 0, unsure: 0 };
  for (const topic of coverage) {
    if (!labelled(topic.id)) continue;
    for (const key of keys) {
      const said = key in topic.clauses;
      result.cells++;
      if (!said && topic.notFound[key]?.possible) {
        result.unsure++;
        continue;
      }
      if (!said) result.notFound++;
      if (!said && !truth(key, topic.id)) result.notFoundRight++;
      if (said === truth(key, topic.id)) result.right++;
      else result.wrong.push(`${key} × ${topic.id}: ${said ? 'covered' : 'not found'}`);
    }
  }
  return result;
}

describe('topic coverage against hand labels', () => {
  it('social-media: the five seeds, organisation x topic accuracy at least 0.95', () => {
    const labels = parse(readFileSync(join(LABELS, 'social-media.yaml'), 'utf8')) as {
      labels: Record<string, Record<string, string[]>>;
    };
    const keys = Object.keys(labels.labels);
    const documents = keys.map((key) => ({ key, policy: loadPolicy(policyPath(key)).policy }));
    const list = readTopicList(join(TOPICS, 'social-media.yaml'));
    const coverage = topicCoverage(documents, list.topics, []);
    const result = score(coverage, keys, (key, topic) =>
      Object.values(labels.labels[key] ?? {}).some((topics) => topics.includes(topic)),
    );
    // Clause level, for information: which clauses the tool names against the labelled ones.
    let found = 0;
    let named = 0;
    let labelled = 0;
    for (const topic of coverage) {
      for (const key of keys) {
        const truth = Object.entries(labels.labels[key] ?? {}).filter(([, topics]) => topics.includes(topic.id));
        const ids = new Set((topic.clauses[key] ?? []).map((clause) => clause.id));
        named += ids.size;
        labelled += truth.length;
        found += truth.filter(([id]) => ids.has(id)).length;
      }
    }
    console.info(
      `social-media topics: ${allCells(result)}; decided cells ${result.right}/${decided(result)} = ${(result.right / decided(result)).toFixed(3)}, unsure ${result.unsure}; ` +
        `"not found" right in ${result.notFoundRight}/${result.notFound}; ` +
        `clauses precision ${(found / named).toFixed(3)}, recall ${(found / labelled).toFixed(3)}; ` +
        `wrong cells: ${result.wrong.join('; ') || 'none'}`,
    );
    expect(result.right / result.cells).toBeGreaterThanOrEqual(0.925);
    expect(result.right / decided(result)).toBeGreaterThanOrEqual(0.95);
    expect(result.unsure).toBeLessThanOrEqual(3);
    // Issue 73's clause precision target, met (0.876 measured 2026-11-28).
    expect(found / named).toBeGreaterThanOrEqual(0.85);
    // Of the cells that say "not found", at least 95% must be right (issue 24's target).
    expect(result.notFoundRight / result.notFound).toBeGreaterThanOrEqual(0.95);
  });

  const corpus = sharedData('dev-corpus');
  it.skipIf(!corpus.present)(
    `privacyverklaring: three statements of ../shared/dev-corpus, accuracy at least 0.95${corpus.present ? '' : ` (skipped: ${corpus.absent})`}`,
    () => {
      const labels = parse(readFileSync(join(LABELS, 'privacyverklaring.yaml'), 'utf8')) as {
        documents: Record<string, string>;
        coverage: Record<string, Record<string, string | false>>;
      };
      const keys = Object.keys(labels.documents);
      const documents = keys.map((key) => ({
        key,
        policy: loadPolicy(join(corpus.dir, labels.documents[key] as string)).policy,
      }));
      const list = readTopicList(join(TOPICS, 'privacyverklaring.yaml'));
      // Labelled before the list had its AVG art. 13 topics of issue 42: only the topics labelled are scored.
      const labelledTopics = new Set(Object.keys(labels.coverage[keys[0] as string] ?? {}));
      const result = score(
        topicCoverage(documents, list.topics, []),
        keys,
        (key, topic) => labels.coverage[key]?.[topic] !== false,
        (topic) => labelledTopics.has(topic),
      );
      console.info(
        `privacyverklaring topics: ${allCells(result)}; decided cells ${result.right}/${decided(result)} = ${(result.right / decided(result)).toFixed(3)}, unsure ${result.unsure}; ` +
          `"not found" right in ${result.notFoundRight}/${result.notFound}; ` +
          `wrong cells: ${result.wrong.join('; ') || 'none'}`,
      );
      expect(result.right / result.cells).toBeGreaterThanOrEqual(0.939);
      expect(result.right / decided(result)).toBeGreaterThanOrEqual(0.95);
    },
  );
});
