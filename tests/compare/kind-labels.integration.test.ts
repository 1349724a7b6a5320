// Topic coverage against the hand labels of three kinds of policy (tests/fixtures/topic-labels/nl-kinds, written
// before the topic-evidence code; issue 42), tuning organisations and the held-out one apart. Prints the figures
// (the same as tests/compare/measure-kinds.ts --held-out). The headline is ALL cells right: an unsure cell
// ("mogelijk: …", a person is asked) is not right, since the tool did not say what the labels say. Issue 42's target
// is 0.95 for all cells and for "not found" cells per kind; decided cells (the unsure ones left out) are a secondary
// figure. Where a target is met this asserts it (all cells of the klachtenregelingen' tuning set since the second
// round); where it is missed (all cells of the other kinds and sets: docs/compare.md, "Topic evidence") it asserts the
// figure measured as a floor against regression, never as the target.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../src/compare/read/topic-list.js';
import { topicCoverage } from '../../src/compare/topics/topics.js';
import { PROJECT_ROOT } from '../support/paths.js';
import {
  allCellsRight,
  corpus,
  decidedRight,
  labelledDocuments,
  notFoundRight,
  readKindLabels,
  scoreKind,
  scoreLine,
} from './kind-labels.js';

/**
 * Per kind and label set: all cells right, decided cells right and "not found" right, each a bar the figure must
 * reach. The all-cells bars are the figures measured: the 0.95 target on the tuning sets, below it on the held-out ones.
 */
const BARS = {
  privacyverklaring: {
    tuning: { all: 0.978, decided: 0.95, notFound: 0.95 },
    'held-out': { all: 0.76, decided: 0.92, notFound: 0.95 },
  },
  klachtenregeling: {
    tuning: { all: 0.95, decided: 0.95, notFound: 0.95 },
    'held-out': { all: 0.47, decided: 1, notFound: 0.95 },
  },
  gedragscode: {
    tuning: { all: 0.97, decided: 0.95, notFound: 0.95 },
    'held-out': { all: 0.75, decided: 0.9, notFound: 0.95 },
  },
} as const;

describe('topic coverage of three kinds against hand labels', () => {
  for (const [kind, bars] of Object.entries(BARS)) {
    it.skipIf(!corpus.present)(
      `${kind}: all cells, decided cells and "not found" cells${corpus.present ? '' : ` (skipped: ${corpus.absent})`}`,
      () => {
        const labels = readKindLabels(kind);
        const documents = labelledDocuments(labels);
        const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
        const scores = scoreKind(topicCoverage(documents, list.topics, []), labels, documents);
        console.info(`${scoreLine(kind, 'tuning', scores.tuning)}\n${scoreLine(kind, 'held-out', scores['held-out'])}`);
        for (const set of ['tuning', 'held-out'] as const) {
          expect(allCellsRight(scores[set]), `${kind} ${set}: all cells`).toBeGreaterThanOrEqual(bars[set].all);
          expect(decidedRight(scores[set]), `${kind} ${set}: decided cells`).toBeGreaterThanOrEqual(bars[set].decided);
          expect(notFoundRight(scores[set]), `${kind} ${set}: "not found"`).toBeGreaterThanOrEqual(bars[set].notFound);
        }
        // A person is asked about the unsure cells: at most a quarter of them, or the review is not one sitting.
        expect(scores.tuning.unsure).toBeLessThanOrEqual(scores.tuning.cells / 4);
      },
    );
  }
});
