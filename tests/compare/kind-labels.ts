// Topic coverage against the hand labels of tests/fixtures/topic-labels/nl-kinds/ (issue 42): per kind of policy,
// organisation x topic, covered or not, scored for the tuning documents and the held-out ones apart. A label names
// the clauses that cover a topic by quotes from their text; the measure reads them to say which clauses the tool
// should have named, and the cells it says "not found" are checked against `absent` labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TopicCoverage } from '../../src/compare/types.js';
import { Side } from '../../src/match/entries.js';
import type { Policy } from '../../src/model/policy.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, sharedData } from '../support/paths.js';

export const KIND_LABELS = join(PROJECT_ROOT, 'tests', 'fixtures', 'topic-labels', 'nl-kinds');
/** The kinds labelled, each a file of KIND_LABELS and a topic list of templates/topics. */
export const LABELLED_KINDS = ['privacyverklaring', 'klachtenregeling', 'gedragscode'] as const;

export type LabelSet = 'tuning' | 'held-out';

export interface KindLabels {
  kind: string;
  documents: Record<string, { path: string; set: LabelSet }>;
  /** key → topic → quotes of covering clauses, or 'absent'. */
  coverage: Record<string, Record<string, string[] | 'absent'>>;
}

export function readKindLabels(kind: string): KindLabels {
  return parse(readFileSync(join(KIND_LABELS, `${kind}.yaml`), 'utf8')) as KindLabels;
}

/** ../shared/dev-corpus, where the labelled documents are; tests skip with its `absent` message without it. */
export const corpus = sharedData('dev-corpus');

/** The labelled documents, keyed as in the labels, read as `compare` reads them. */
export function labelledDocuments(labels: KindLabels): { key: string; policy: Policy; set: LabelSet }[] {
  return Object.entries(labels.documents).map(([key, document]) => ({
    key,
    policy: loadPolicy(join(corpus.dir, document.path)).policy,
    set: document.set,
  }));
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The ids of the clauses of `policy` that hold one of the quotes. */
export function quotedClauses(policy: Policy, quotes: readonly string[]): Set<string> {
  const wanted = quotes.map(squash);
  const ids = new Set<string>();
  for (const entry of new Side(policy).entries) {
    const text = squash(entry.text);
    if (wanted.some((quote) => text.includes(quote))) ids.add(entry.clause.id);
  }
  return ids;
}

export interface CellScore {
  cells: number;
  /** Cells whose claim (covered, or not found) agrees with the labels; unsure cells claim neither. */
  right: number;
  /** Cells the tool is unsure of ("possibly", a candidate at or above the floor): a person is asked. */
  unsure: number;
  /** Of those, how many the labels call covered. */
  unsureCovered: number;
  /** Cells that say "not found", and how many of them are labelled absent. */
  notFound: number;
  notFoundRight: number;
  /** Covered cells where the tool names a clause the labels quote. */
  labelledClauseNamed: number;
  coveredRight: number;
  wrong: string[];
}

const emptyScore = (): CellScore => ({
  cells: 0,
  right: 0,
  unsure: 0,
  unsureCovered: 0,
  notFound: 0,
  notFoundRight: 0,
  labelledClauseNamed: 0,
  coveredRight: 0,
  wrong: [],
});

/** Scores the coverage per label set; only topics the labels have are scored. */
export function scoreKind(
  coverage: readonly TopicCoverage[],
  labels: KindLabels,
  documents: readonly { key: string; policy: Policy; set: LabelSet }[],
): Record<LabelSet, CellScore> {
  const scores: Record<LabelSet, CellScore> = { tuning: emptyScore(), 'held-out': emptyScore() };
  for (const topic of coverage) {
    for (const { key, policy, set } of documents) {
      const label = labels.coverage[key]?.[topic.id];
      if (label === undefined) continue;
      const score = scores[set];
      const said = key in topic.clauses;
      const truth = label !== 'absent';
      score.cells++;
      if (!said && topic.notFound[key]?.possible) {
        score.unsure++;
        if (truth) score.unsureCovered++;
        continue;
      }
      if (!said) score.notFound++;
      if (!said && !truth) score.notFoundRight++;
      if (said === truth) score.right++;
      else score.wrong.push(`${key} × ${topic.id}: ${said ? 'covered' : 'not found'}`);
      if (said && truth) {
        score.coveredRight++;
        const quoted = quotedClauses(policy, label);
        if ((topic.clauses[key] ?? []).some((clause) => quoted.has(clause.id))) score.labelledClauseNamed++;
      }
    }
  }
  return scores;
}

const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(3));

export function scoreLine(kind: string, set: LabelSet, score: CellScore): string {
  const decided = score.cells - score.unsure;
  return (
    `${kind} ${set}: decided cells right ${score.right}/${decided} = ${ratio(score.right, decided)} ` +
    `(all cells ${ratio(score.right, score.cells)}); unsure ${score.unsure} (covered by the labels: ${score.unsureCovered}); ` +
    `"not found" right ${score.notFoundRight}/${score.notFound} = ${ratio(score.notFoundRight, score.notFound)}; ` +
    `covered cells naming a labelled clause ${score.labelledClauseNamed}/${score.coveredRight}`
  );
}
