// Topic coverage against the hand labels of three kinds of policy (tests/fixtures/topic-labels/nl-kinds, written
// before the topic-evidence code; issue 42), tuning organisations and the held-out one apart. Prints the figures
// (the same as tests/compare/measure-kinds.ts --held-out). The headline is ALL cells right: an unsure cell
// ("mogelijk: …", a person is asked) is not right, since the tool did not say what the labels say. Issue 42's target
// is 0.95 for all cells and for "not found" cells per kind; decided cells (the unsure ones left out) are a secondary
// figure. Where a target is met this asserts it (all cells of the klachtenregelingen' tuning set since the second
// round); where it is missed (all cells of the other kinds and sets: docs/compare.md, "Topic evidence") it asserts the
// figure measured as a floor against regression, never as the target.
import { join } from 'node:path';
//
// Issue 73 added 23 documents of nl-kinds, labelled by hand before any tuning (`<kind>-added.yaml`, set `added`),
// and a fourth labelled kind, privacyreglement. Its targets per kind, left out one organisation at a time: all cells
// right >= 0.92, "not found" right >= 0.95, clause precision >= 0.85. Each kind's figures over every label set (the
// candidate floor chosen on the other organisations for each one left out: kind-labels.ts leaveOneOutByFloor) are
// printed with the targets met or missed, and asserted as measured, as floors against regression: every target is
// missed (docs/compare.md, "Topic evidence"), and no bar here is the target.
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../src/compare/read/topic-list.js';
import { candidateFloor, topicCoverage } from '../../src/compare/topics/topics.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { staleReadings } from './clause-readings.js';
import {
  allCellsRight,
  clausePrecision,
  corpus,
  decidedRight,
  judgedClausePrecision,
  LABEL_SETS,
  LABELLED_KINDS,
  labelledDocuments,
  leaveOneOutByFloor,
  notFoundRight,
  readClausePrecision,
  readKindLabels,
  scoreKind,
  scoreLine,
  sumScores,
  unresolvedQuotes,
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
    tuning: { all: 0.98, decided: 0.95, notFound: 0.95 },
    'held-out': { all: 0.7, decided: 1, notFound: 0.95 },
  },
  gedragscode: {
    tuning: { all: 0.95, decided: 0.95, notFound: 0.95 },
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

/** Issue 73's targets per kind, left out one organisation at a time. */
const TARGETS = { all: 0.92, notFound: 0.95, clausePrecision: 0.85 } as const;

/**
 * Per kind, every label set together, left out one organisation at a time: the figures measured (2026-11-29), each a
 * floor against regression (where a target is met, the target); the test prints which targets they meet (the privacy
 * statements' and privacy regulations' cells, "not found" and judged clause precision, the klachtenregelingen's cells
 * (0.924; counted 0.920 in docs/compare.md: one of them is gained by a rule no other organisation shows at work), "not
 * found" and judged clause precision, the codes of conduct's cells, "not found" and
 * judged clause precision) and which they miss. Clause precision counts every clause named on a covered cell against
 * the clauses the labels quote; the labels quote some of a cell's clauses, not all, so it is a lower bound (a cell
 * naming 30 clauses on side activities, every one about them, of which the labels quote one, counts 1/30). `judged`:
 * the same on the named clauses the labels judge (quoted for the topic, or named on a cell labelled absent or quoted
 * for other topics only: kind-labels.ts clausesJudgedWrong), printed beside it. `read`: every named clause judged,
 * the ones the labels leave unjudged by two readers (tests/fixtures/topic-labels/nl-kinds/named-clauses, measured
 * 2026-11-30); an unread clause counts as wrong. It is the figure held to the target: met by the privacy regulations
 * (0.851) and the codes of conduct (0.852), missed by the other kinds.
 */
const MEASURED = {
  privacyverklaring: { all: 0.97, notFound: 0.98, clausePrecision: 0.26, judged: 0.88, read: 0.82 },
  klachtenregeling: { all: 0.923, notFound: 0.95, clausePrecision: 0.63, judged: 0.86, read: 0.79 },
  // Lower bound 0.282 since two lettered items of EZ's notes on its side-activities form ("A. Naam van de
  // medewerker;") are read as items, not signatures: named on side activities, right, but not quoted by the labels.
  // A definition named by a term of a topic alone, and an enacting formula, are named no more: read 0.799 → 0.852.
  gedragscode: { all: 0.93, notFound: 0.95, clausePrecision: 0.3, judged: 0.85, read: 0.85 },
  // The Recidiveregister's table of contents takes no topic: its rights cell names 19 clauses more, 12 of them right
  // as read, none quoted by the labels. The purpose topic's `elsewhere` phrases took 7 wrong clauses off.
  privacyreglement: { all: 0.98, notFound: 0.95, clausePrecision: 0.7, judged: 0.91, read: 0.85 },
} as const satisfies Record<(typeof LABELLED_KINDS)[number], Record<keyof typeof TARGETS | 'judged' | 'read', number>>;

describe('topic coverage per kind, left out one organisation at a time (issue 73)', () => {
  for (const kind of LABELLED_KINDS) {
    it.skipIf(!corpus.present)(
      `${kind}: every quote and reading names a clause, and the figures hold${corpus.present ? '' : ` (skipped: ${corpus.absent})`}`,
      () => {
        const labels = readKindLabels(kind);
        const documents = labelledDocuments(labels);
        expect(unresolvedQuotes(labels, documents)).toEqual([]);
        expect(staleReadings(labels.readings, documents), 'readings whose clause is gone').toEqual([]);
        const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
        const coverage = topicCoverage(documents, list.topics, []);
        const floor = list.topics[0] ? candidateFloor(list.topics[0]) : 0.25;
        const { scores } = leaveOneOutByFloor(coverage, labels, documents, floor);
        const all = LABEL_SETS.map((set) => scores[set]).reduce(sumScores);
        const figures = {
          all: allCellsRight(all),
          notFound: notFoundRight(all),
          clausePrecision: clausePrecision(all),
          judged: judgedClausePrecision(all),
          read: readClausePrecision(all),
        };
        // Judged and read clause precision are held to clause precision's target.
        const target = (measure: keyof typeof figures): number =>
          TARGETS[measure === 'judged' || measure === 'read' ? 'clausePrecision' : measure];
        const said = (Object.keys(figures) as (keyof typeof figures)[]).map(
          (measure) =>
            `${measure} ${figures[measure].toFixed(3)} (target ${target(measure)}: ${figures[measure] >= target(measure) ? 'met' : 'MISSED'})`,
        );
        console.info(`${scoreLine(kind, 'every set, left out one at a time', all)}\n  ${said.join('; ')}`);
        for (const measure of Object.keys(MEASURED[kind]) as (keyof typeof figures)[])
          expect(figures[measure], `${kind}: ${measure}`).toBeGreaterThanOrEqual(MEASURED[kind][measure]);
      },
    );
  }
});
