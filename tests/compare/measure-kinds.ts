// Measures topic coverage on the hand labels of tests/fixtures/topic-labels/nl-kinds (issue 42): per kind, the
// tuning organisations and the held-out one apart, how many decided cells agree with the labels, how many "not
// found" cells are labelled absent, and how many cells the tool leaves to a person (unsure). Documents are read
// from ../shared/dev-corpus, as `compare` reads them, and covered with the kind's shipped topic list.
//
//   NODE_ENV=production npx vite-node tests/compare/measure-kinds.ts [--wrong]
//
// --wrong lists the cells that disagree with the labels. Without ../shared/dev-corpus it says so and stops.
import { join } from 'node:path';
import { readTopicList } from '../../src/compare/topic-list.js';
import { topicCoverage } from '../../src/compare/topics.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { corpus, LABELLED_KINDS, labelledDocuments, readKindLabels, scoreKind, scoreLine } from './kind-labels.js';

if (!corpus.present) {
  console.log(`skipped: ${corpus.absent}`);
  process.exit(0);
}
const wrong = process.argv.includes('--wrong');
for (const kind of LABELLED_KINDS) {
  const labels = readKindLabels(kind);
  const documents = labelledDocuments(labels);
  const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
  const coverage = topicCoverage(documents, list.topics, []);
  const scores = scoreKind(coverage, labels, documents);
  for (const set of ['tuning', 'held-out'] as const) {
    console.log(scoreLine(kind, set, scores[set]));
    if (wrong) for (const cell of scores[set].wrong) console.log(`  wrong: ${cell}`);
  }
}
