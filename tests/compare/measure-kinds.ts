// Measures topic coverage on the hand labels of tests/fixtures/topic-labels/nl-kinds (issue 42): per kind, how many
// of ALL cells agree with the labels (an unsure cell is not right: the tool did not say the right thing), how many
// decided cells do, how many "not found" cells are labelled absent, and how many cells the tool leaves to a person
// (unsure), with how many of those name a labelled clause as their candidate. Documents are read from
// ../shared/dev-corpus, as `compare` reads them, and covered with the kind's shipped topic list.
//
//   NODE_ENV=production npx vite-node tests/compare/measure-kinds.ts [--wrong] [--held-out] [--added] [--clauses]
//
// The tuning organisations only, unless --held-out or --added: the held-out ones are measured at the start and end of
// a change, never while tuning, so their cells are never listed. --added adds the documents added later (issue 73),
// with every kind's sets together; --wrong lists the tuning (and, with --added, the added) cells that disagree with
// the labels and the unsure ones, --clauses the clauses named on covered cells that the labels do not quote. A
// change made for an added organisation's cell is kept only where it helps the other organisations (left out one at
// a time: docs/compare.md). Without ../shared/dev-corpus it says so and stops.
import { join } from 'node:path';
import { readTopicList } from '../../src/compare/read/topic-list.js';
import { candidateFloor, topicCoverage } from '../../src/compare/topics/topics.js';
import { PROJECT_ROOT } from '../support/paths.js';
import {
  chooseFloor,
  corpus,
  LABEL_SETS,
  LABELLED_KINDS,
  leaveOneOutByFloor,
  labelledDocuments,
  readKindLabels,
  scoreKind,
  scoreLine,
  sumScores,
  unresolvedQuotes,
} from './kind-labels.js';

if (!corpus.present) {
  console.log(`skipped: ${corpus.absent}`);
  process.exit(0);
}
const wrong = process.argv.includes('--wrong');
const heldOut = process.argv.includes('--held-out');
const added = process.argv.includes('--added');
const clauses = process.argv.includes('--clauses');
const floors = process.argv.includes('--floors');
for (const kind of LABELLED_KINDS) {
  const labels = readKindLabels(kind);
  const documents = labelledDocuments(labels);
  for (const quote of unresolvedQuotes(labels, documents)) console.log(`  label quotes no clause: ${quote}`);
  const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
  const coverage = topicCoverage(documents, list.topics, []);
  const scores = scoreKind(coverage, labels, documents);
  if (scores.tuning.cells > 0) console.log(scoreLine(kind, 'tuning', scores.tuning));
  if (wrong) for (const cell of [...scores.tuning.wrong, ...scores.tuning.unsureCells]) console.log(`  ${cell}`);
  if (clauses) for (const clause of scores.tuning.wrongClauses) console.log(`  clause: ${clause}`);
  if (heldOut && scores['held-out'].cells > 0) console.log(scoreLine(kind, 'held-out', scores['held-out']));
  if (!added || scores.added.cells === 0) continue;
  console.log(scoreLine(kind, 'added', scores.added));
  if (wrong) for (const cell of [...scores.added.wrong, ...scores.added.unsureCells]) console.log(`  ${cell}`);
  if (clauses) for (const clause of scores.added.wrongClauses) console.log(`  clause: ${clause}`);
  const all = sumScores(sumScores(scores.tuning, scores['held-out']), scores.added);
  console.log(scoreLine(kind, 'every set', all));
  if (!floors) continue;
  const current = list.topics[0] ? candidateFloor(list.topics[0]) : 0.25;
  const folds = leaveOneOutByFloor(coverage, labels, documents, current);
  console.log(
    `  floor chosen on every organisation: ${chooseFloor(coverage, labels, documents, current)}; folds: ${folds.floors.join(' ')}`,
  );
  for (const set of LABEL_SETS)
    if (folds.scores[set].cells > 0) console.log(scoreLine(kind, `${set}, left out one at a time`, folds.scores[set]));
}
