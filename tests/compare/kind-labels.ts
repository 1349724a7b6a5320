// Topic coverage against the hand labels of tests/fixtures/topic-labels/nl-kinds/ (issues 42 and 73): per kind of
// policy, organisation x topic, covered or not, scored for the tuning documents, the held-out ones and the documents
// added later (`<kind>-added.yaml`, labelled before issue 73 tuned anything) apart. A label names
// the clauses that cover a topic by quotes from their text; the measure reads them to say which clauses the tool
// should have named, and the cells it says "not found" are checked against `absent` labels.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TopicCoverage } from '../../src/compare/read/types.js';
import { Side } from '../../src/match/entries.js';
import { leadCandidate } from '../../src/compare/topics/topics.js';
import type { Policy } from '../../src/model/policy.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, sharedData } from '../support/paths.js';
import { type Readings, readingOf, readReadings } from './clause-readings.js';

export const KIND_LABELS = join(PROJECT_ROOT, 'tests', 'fixtures', 'topic-labels', 'nl-kinds');
/** The kinds labelled, each one or two files of KIND_LABELS and a topic list of templates/topics. */
export const LABELLED_KINDS = ['privacyverklaring', 'klachtenregeling', 'gedragscode', 'privacyreglement'] as const;

/** `added`: the documents added to nl-kinds later, in `<kind>-added.yaml` (issue 73). */
export type LabelSet = 'tuning' | 'held-out' | 'added';
export const LABEL_SETS: readonly LabelSet[] = ['tuning', 'held-out', 'added'];

export interface KindLabels {
  kind: string;
  documents: Record<string, { path: string; set: LabelSet }>;
  /** key → topic → quotes of covering clauses, or 'absent'. */
  coverage: Record<string, Record<string, string[] | 'absent'>>;
  /** The named clauses these labels leave unjudged, judged by reading them (clause-readings.ts). */
  readings: Readings;
}

const readLabelFile = (name: string): KindLabels | undefined => {
  const path = join(KIND_LABELS, name);
  return existsSync(path) ? (parse(readFileSync(path, 'utf8')) as KindLabels) : undefined;
};

/** A kind's labels: `<kind>.yaml` and `<kind>-added.yaml`, whichever exist, as one set of documents. */
export function readKindLabels(kind: string): KindLabels {
  const files = [readLabelFile(`${kind}.yaml`), readLabelFile(`${kind}-added.yaml`)].filter(
    (file): file is KindLabels => file !== undefined,
  );
  if (files.length === 0) throw new Error(`no labels for ${kind} in ${KIND_LABELS}`);
  const labels: KindLabels = { kind, documents: {}, coverage: {}, readings: readReadings(kind) };
  for (const file of files) {
    for (const key of Object.keys(file.documents))
      if (key in labels.documents) throw new Error(`${kind}: ${key} is labelled twice`);
    Object.assign(labels.documents, file.documents);
    Object.assign(labels.coverage, file.coverage);
  }
  return labels;
}

/** The quotes of the labels that name no clause of their document (a label must name what it quotes). */
export function unresolvedQuotes(labels: KindLabels, documents: readonly { key: string; policy: Policy }[]): string[] {
  const missing: string[] = [];
  for (const { key, policy } of documents)
    for (const [topic, label] of Object.entries(labels.coverage[key] ?? {})) {
      if (label === 'absent') continue;
      for (const quote of label)
        if (quotedClauses(policy, [quote]).size === 0) missing.push(`${key} × ${topic}: "${quote}"`);
    }
  return missing;
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

/** Each policy's clauses as the quotes are looked up in: id and text, whitespace squashed (made once per policy). */
const clauseTexts = new WeakMap<Policy, { id: string; text: string }[]>();

/** The article a clause id is part of: its id without the last part (`artikel-1.3` → `artikel-1`). */
const articleOf = (id: string): string => id.replace(/\.[^.]*$/, '');

/** A list item's marker at the start of a clause: "a.", "b)", "1°", "ii.", a dash or a bullet. */
const ITEM_MARKER = /^(?:[a-z]{1,2}[.)]|\d{1,2}°|[ivx]{1,4}[.)]|[–—•-])/u;

/**
 * The ids of the clauses of `policy` that hold one of the quotes, and the items of a quoted clause that leads into a
 * list ("In deze regeling wordt verstaan onder:" and its "a. klacht: …", one clause each): the quote names the
 * sentence, and the items are that sentence's end, so they cover what it covers (issue 73: the labels quote the
 * lead-in, and clause precision counted every definition as a wrong clause of "Begrippen").
 */
export function quotedClauses(policy: Policy, quotes: readonly string[]): ReadonlySet<string> {
  // A label's quotes are one array, asked about for every topic, floor and fold: found once per document.
  let byPolicy = quotedByLabel.get(quotes);
  if (!byPolicy) {
    byPolicy = new WeakMap();
    quotedByLabel.set(quotes, byPolicy);
  }
  let ids = byPolicy.get(policy);
  if (!ids) {
    ids = findQuotedClauses(policy, quotes);
    byPolicy.set(policy, ids);
  }
  return ids;
}

const quotedByLabel = new WeakMap<readonly string[], WeakMap<Policy, ReadonlySet<string>>>();

function findQuotedClauses(policy: Policy, quotes: readonly string[]): Set<string> {
  let texts = clauseTexts.get(policy);
  if (!texts) {
    texts = new Side(policy).entries.map((entry) => ({ id: entry.clause.id, text: squash(entry.text) }));
    clauseTexts.set(policy, texts);
  }
  const wanted = quotes.map(squash);
  const ids = new Set<string>();
  texts.forEach(({ id, text }, i) => {
    if (!wanted.some((quote) => text.includes(quote))) return;
    ids.add(id);
    if (!text.endsWith(':')) return;
    for (let next = texts[i + 1], j = i + 1; next; next = texts[++j]) {
      if (articleOf(next.id) !== articleOf(id) || !ITEM_MARKER.test(next.text)) break;
      ids.add(next.id);
    }
  });
  return ids;
}

export interface CellScore {
  cells: number;
  /**
   * Cells whose claim (covered, or not found) agrees with the labels. An unsure cell claims neither, so it is never
   * right: the headline figure is right / cells, every cell counted.
   */
  right: number;
  /** Cells the tool is unsure of ("possibly", a candidate at or above the floor): a person is asked. */
  unsure: number;
  /** Of those, how many the labels call covered... */
  unsureCovered: number;
  /** ...and how many offer a clause the labels quote as their "possibly" candidate (the one the cell names). */
  unsureNamingLabelled: number;
  /** Cells that say "not found", and how many of them are labelled absent. */
  notFound: number;
  notFoundRight: number;
  /** Covered cells where the tool names a clause the labels quote. */
  labelledClauseNamed: number;
  coveredRight: number;
  /**
   * Clause precision: of the clauses the tool names on the cells it calls covered, how many the labels quote for that
   * topic (a clause named on a cell labelled absent is never right).
   */
  clausesNamed: number;
  clausesRight: number;
  /**
   * The named clauses the labels judge wrong: named on a cell labelled absent, or quoted for other topics of the
   * organisation and not this one. The labels quote some of a topic's clauses, not all (privacyverklaring.yaml's
   * header: "a list of quotes, each from a clause that covers the topic"), so a named clause they quote nowhere is
   * neither right nor wrong by them: clausesRight / (clausesRight + clausesJudgedWrong) is the precision on the
   * clauses the labels speak of, and clausesRight / clausesNamed a lower bound.
   */
  clausesJudgedWrong: number;
  /**
   * The named clauses the labels leave unjudged, as judged by reading them (clause-readings.ts): right, wrong (or
   * doubted), and not read (counted wrong). (clausesRight + clausesReadRight) / clausesNamed is clause precision with
   * every named clause judged, exact where none is unread.
   */
  clausesReadRight: number;
  clausesReadWrong: number;
  clausesUnread: number;
  wrong: string[];
  unsureCells: string[];
  /** The clauses named on a covered cell that the labels do not quote for its topic. */
  wrongClauses: string[];
}

const emptyScore = (): CellScore => ({
  cells: 0,
  right: 0,
  unsure: 0,
  unsureCovered: 0,
  unsureNamingLabelled: 0,
  notFound: 0,
  notFoundRight: 0,
  labelledClauseNamed: 0,
  coveredRight: 0,
  clausesNamed: 0,
  clausesRight: 0,
  clausesJudgedWrong: 0,
  clausesReadRight: 0,
  clausesReadWrong: 0,
  clausesUnread: 0,
  wrong: [],
  unsureCells: [],
  wrongClauses: [],
});

/** The clauses the labels quote for topics of an organisation other than `topic`. */
function quotedElsewhere(policy: Policy, coverage: Record<string, string[] | 'absent'>, topic: string): Set<string> {
  const ids = new Set<string>();
  for (const [other, label] of Object.entries(coverage))
    if (other !== topic && label !== 'absent') for (const id of quotedClauses(policy, label)) ids.add(id);
  return ids;
}

/** Counts the clauses named on a cell the tool calls covered: quoted, judged wrong by the labels, or read. */
function scoreNamedClauses(
  score: CellScore,
  cell: { key: string; policy: Policy; topic: TopicCoverage; labels: KindLabels },
): void {
  const { key, policy, topic, labels } = cell;
  const label = labels.coverage[key]?.[topic.id];
  const truth = label !== undefined && label !== 'absent';
  const quoted = truth ? quotedClauses(policy, label) : new Set<string>();
  const named = new Set((topic.clauses[key] ?? []).map((clause) => clause.id));
  const elsewhere = quotedElsewhere(policy, labels.coverage[key] ?? {}, topic.id);
  score.clausesNamed += named.size;
  for (const id of named) {
    if (quoted.has(id)) {
      score.clausesRight++;
      continue;
    }
    score.wrongClauses.push(`${key} × ${topic.id}: ${id}`);
    if (!truth || elsewhere.has(id)) {
      score.clausesJudgedWrong++;
      continue;
    }
    const verdict = readingOf(labels.readings, key, topic.id, policy, id);
    if (verdict === 'covers') score.clausesReadRight++;
    else if (verdict) score.clausesReadWrong++;
    else score.clausesUnread++;
  }
}

/** Scores the coverage per label set; only topics the labels have are scored. */
export function scoreKind(
  coverage: readonly TopicCoverage[],
  labels: KindLabels,
  documents: readonly { key: string; policy: Policy; set: LabelSet }[],
): Record<LabelSet, CellScore> {
  const scores: Record<LabelSet, CellScore> = { tuning: emptyScore(), 'held-out': emptyScore(), added: emptyScore() };
  for (const topic of coverage) {
    for (const { key, policy, set } of documents) {
      const label = labels.coverage[key]?.[topic.id];
      if (label === undefined) continue;
      const score = scores[set];
      const said = key in topic.clauses;
      const truth = label !== 'absent';
      score.cells++;
      const notFound = topic.notFound[key];
      if (!said && notFound?.possible) {
        score.unsure++;
        score.unsureCells.push(`${key} × ${topic.id}: unsure, labelled ${truth ? 'covered' : 'absent'}`);
        if (truth) {
          score.unsureCovered++;
          const first = notFound.candidates[0];
          if (first && quotedClauses(policy, label).has(first.id)) score.unsureNamingLabelled++;
        }
        continue;
      }
      if (!said) score.notFound++;
      if (!said && !truth) score.notFoundRight++;
      if (said === truth) score.right++;
      else score.wrong.push(`${key} × ${topic.id}: wrong, ${said ? 'covered' : 'not found'}`);
      if (said) scoreNamedClauses(score, { key, policy, topic, labels });
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

/** Every cell counted: an unsure cell is not right. */
export const allCellsRight = (score: CellScore): number => (score.cells === 0 ? 1 : score.right / score.cells);
/** The cells the tool decided (covered or not found), the unsure ones left out. */
export const decidedRight = (score: CellScore): number =>
  score.cells === score.unsure ? 1 : score.right / (score.cells - score.unsure);
export const notFoundRight = (score: CellScore): number =>
  score.notFound === 0 ? 1 : score.notFoundRight / score.notFound;
export const clausePrecision = (score: CellScore): number =>
  score.clausesNamed === 0 ? 1 : score.clausesRight / score.clausesNamed;
/** Clause precision with the unjudged named clauses read (CellScore.clausesReadRight); an unread clause is wrong. */
export const readClausePrecision = (score: CellScore): number =>
  score.clausesNamed === 0 ? 1 : (score.clausesRight + score.clausesReadRight) / score.clausesNamed;
/** Clause precision on the named clauses the labels judge (CellScore.clausesJudgedWrong). */
export const judgedClausePrecision = (score: CellScore): number => {
  const judged = score.clausesRight + score.clausesJudgedWrong;
  return judged === 0 ? 1 : score.clausesRight / judged;
};

/** Two scores as one (the label sets of a kind together). */
export function sumScores(a: CellScore, b: CellScore): CellScore {
  const sum = emptyScore();
  for (const key of Object.keys(sum) as (keyof CellScore)[]) {
    const left = a[key];
    const right = b[key];
    if (typeof left === 'number' && typeof right === 'number') (sum[key] as number) = left + right;
    else (sum[key] as string[]) = [...(left as string[]), ...(right as string[])];
  }
  return sum;
}

export function scoreLine(kind: string, set: string, score: CellScore): string {
  const decided = score.cells - score.unsure;
  const judged = score.clausesRight + score.clausesJudgedWrong;
  const read = score.clausesRight + score.clausesReadRight;
  return (
    `${kind} ${set}: all cells right ${score.right}/${score.cells} = ${ratio(score.right, score.cells)}; ` +
    `decided cells right ${score.right}/${decided} = ${ratio(score.right, decided)}; ` +
    `"not found" right ${score.notFoundRight}/${score.notFound} = ${ratio(score.notFoundRight, score.notFound)}; ` +
    `unsure ${score.unsure} (labelled covered: ${score.unsureCovered}, naming a labelled clause: ${score.unsureNamingLabelled}); ` +
    `covered cells naming a labelled clause ${score.labelledClauseNamed}/${score.coveredRight}; ` +
    `clause precision ${score.clausesRight}/${score.clausesNamed} = ${ratio(score.clausesRight, score.clausesNamed)}, ` +
    `on the clauses the labels judge ${score.clausesRight}/${judged} = ${ratio(score.clausesRight, judged)}, ` +
    `with the named clauses read ${read}/${score.clausesNamed} = ${ratio(read, score.clausesNamed)} (unread ${score.clausesUnread})`
  );
}

/** `coverage` with each cell nothing covers unsure from `floor` (its lead candidate's score) up, as candidateFloor does. */
export function withCandidateFloor(coverage: readonly TopicCoverage[], floor: number): TopicCoverage[] {
  return coverage.map((topic) => ({
    ...topic,
    notFound: Object.fromEntries(
      Object.entries(topic.notFound).map(([key, cell]) => {
        const { possible: _, ...rest } = cell;
        return [key, (leadCandidate(cell)?.score ?? 0) >= floor ? { ...rest, possible: true } : rest];
      }),
    ),
  }));
}

/** The floors a fold may choose from: the unsure band's lower edge up to just under the threshold. */
const FLOORS = Array.from({ length: 25 }, (_, i) => Math.round((0.25 + i * 0.01) * 100) / 100);

/**
 * The candidate floor chosen on `documents`: of the floors that give no more a wrong "not found" than `current`, the
 * middle of those that make the most cells right (as candidateFloor was chosen for privacyverklaring.yaml).
 */
export function chooseFloor(
  coverage: readonly TopicCoverage[],
  labels: KindLabels,
  documents: readonly { key: string; policy: Policy; set: LabelSet }[],
  current: number,
): number {
  const total = (floor: number): CellScore => {
    const scores = scoreKind(withCandidateFloor(coverage, floor), labels, documents);
    return LABEL_SETS.map((set) => scores[set]).reduce(sumScores);
  };
  const base = total(current);
  const allowed = base.notFound - base.notFoundRight;
  const scored = FLOORS.map((floor) => ({ floor, score: total(floor) })).filter(
    ({ score }) => score.notFound - score.notFoundRight <= allowed,
  );
  const most = Math.max(...scored.map(({ score }) => score.right));
  const best = scored.filter(({ score }) => score.right === most).map(({ floor }) => floor);
  return best[Math.floor((best.length - 1) / 2)] ?? current;
}

/**
 * Left out one organisation at a time: each organisation's cells scored with the floor chosen on the others
 * (chooseFloor), summed per label set; and the floors the folds chose.
 */
export function leaveOneOutByFloor(
  coverage: readonly TopicCoverage[],
  labels: KindLabels,
  documents: readonly { key: string; policy: Policy; set: LabelSet }[],
  current: number,
): { scores: Record<LabelSet, CellScore>; floors: number[] } {
  const scores: Record<LabelSet, CellScore> = { tuning: emptyScore(), 'held-out': emptyScore(), added: emptyScore() };
  const floors: number[] = [];
  for (const document of documents) {
    const others = documents.filter((other) => other.key !== document.key);
    const floor = chooseFloor(coverage, labels, others, current);
    floors.push(floor);
    const own = scoreKind(withCandidateFloor(coverage, floor), labels, [document]);
    for (const set of LABEL_SETS) scores[set] = sumScores(scores[set], own[set]);
  }
  return { scores, floors };
}
