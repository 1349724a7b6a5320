// Topic coverage against the hand labels of three kinds of policy (tests/fixtures/topic-labels/nl-kinds, written
// before the topic-evidence code; issue 42), tuning organisations and the held-out one apart. Prints the figures
// (the same as tests/compare/measure-kinds.ts). Issue 42's targets are 0.95 for decided cells and for "not found"
// cells per kind: the tuning sets meet both since the signals added after reading their wrong cells (privacy
// statements 32 of 33, klachtenregelingen 8 of 8); the held-out organisations miss the decided-cell target by one
// cell each of 14 and 10 (docs/compare.md, "Topic evidence"). So this asserts the target where it is met and, where it
// is missed, the figure measured as a floor against regression, never a target.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../src/compare/topic-list.js';
import { topicCoverage } from '../../src/compare/topics.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { type CellScore, corpus, labelledDocuments, readKindLabels, scoreKind, scoreLine } from './kind-labels.js';

const decided = (score: CellScore): number => score.right / (score.cells - score.unsure);
const notFound = (score: CellScore): number => (score.notFound === 0 ? 1 : score.notFoundRight / score.notFound);

/** Per kind: the tuning set's decided-cell and "not found" bars, and the held-out set's decided-cell floor. */
const BARS = {
  privacyverklaring: { decided: 0.95, notFound: 0.95, heldOut: 0.92 },
  klachtenregeling: { decided: 0.95, notFound: 0.95, heldOut: 1 },
  gedragscode: { decided: 0.95, notFound: 0.95, heldOut: 0.9 },
} as const;

describe('topic coverage of three kinds against hand labels', () => {
  for (const [kind, bars] of Object.entries(BARS)) {
    it.skipIf(!corpus.present)(
      `${kind}: decided cells, "not found" cells and unsure ones${corpus.present ? '' : ` (skipped: ${corpus.absent})`}`,
      () => {
        const labels = readKindLabels(kind);
        const documents = labelledDocuments(labels);
        const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
        const scores = scoreKind(topicCoverage(documents, list.topics, []), labels, documents);
        console.info(`${scoreLine(kind, 'tuning', scores.tuning)}\n${scoreLine(kind, 'held-out', scores['held-out'])}`);
        expect(decided(scores.tuning)).toBeGreaterThanOrEqual(bars.decided);
        expect(notFound(scores.tuning)).toBeGreaterThanOrEqual(bars.notFound);
        expect(decided(scores['held-out'])).toBeGreaterThanOrEqual(bars.heldOut);
        // A person is asked about the unsure cells: at most a quarter of them, or the review is not one sitting.
        expect(scores.tuning.unsure).toBeLessThanOrEqual(scores.tuning.cells / 4);
      },
    );
  }
});
