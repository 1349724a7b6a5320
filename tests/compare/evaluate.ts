// Precision and recall of an alignment against the hand-labelled seed pairs (tests/fixtures/compare/seed-pairs.yaml).
//
// The labels are partial, so only what they speak about is judged:
//   found positive   a labelled pair whose two clauses ended up in one provision;
//   false positive   a clause aligned with a clause of document D although the labels say it has no counterpart in
//                    D, or although the labels name another clause of D as its counterpart (and that one is not in
//                    the same provision: a document may hold a split provision in two clauses).
// Precision = found / (found + false positives), over pairs and paraphrases; recall = found / labelled, reported for
// the model-text pairs and the paraphrases separately (and together).
//
// A side of a pair may list alternatives, `[[a, a2], b]`: a document that states the rule twice, apart (Aloysius's
// list of tips repeats its prose), can hold only one of the two in b's provision, and either is right. The pair is
// found when b shares a provision with any of them; a link from b to one of them is never a false positive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Alignment } from '../../src/compare/read/types.js';
import { PROJECT_ROOT } from '../support/paths.js';

/** One clause, or the clauses of one document that are equally right (see above). */
export type LabelSide = string | string[];
export type LabelPair = [LabelSide, LabelSide];

export interface Labels {
  documents: string[];
  /** Reworded model text. */
  pairs: LabelPair[];
  /** The same rule written independently (Aloysius). */
  paraphrases: LabelPair[];
  negatives: { clause: string; absentIn: string[] }[];
  /** Pairs of clauses with similar words that state different rules: sharing a provision is a false positive. */
  different?: LabelPair[];
}

/** The clauses a label side names. */
export function sideKeys(side: LabelSide): string[] {
  return typeof side === 'string' ? [side] : side;
}

/** The labels with only the first-named clause of every side: the stricter reading, without alternatives. */
export function firstNamedOnly(labels: Labels): Labels {
  const first = (side: LabelSide): string => sideKeys(side)[0] ?? '';
  const strict = (pairs: LabelPair[]): LabelPair[] => pairs.map(([a, b]) => [first(a), first(b)]);
  return { ...labels, pairs: strict(labels.pairs), paraphrases: strict(labels.paraphrases) };
}

/** "a ↔ b", alternatives as "a | a2". */
function describe([a, b]: LabelPair): string {
  return `${sideKeys(a).join(' | ')} ↔ ${sideKeys(b).join(' | ')}`;
}

/** The labels the method was tuned on. */
export const LABELS_PATH = join(PROJECT_ROOT, 'tests', 'fixtures', 'compare', 'seed-pairs.yaml');
/** Labels written before the recall work of issue 5 and never tuned on: the check against overfitting. */
export const HELD_OUT_PATH = join(PROJECT_ROOT, 'tests', 'fixtures', 'compare', 'held-out-pairs.yaml');
/** Paraphrases and look-alikes written before the dictionary work of issue 17 (paraphrase evidence). */
export const PARAPHRASE_PATH = join(PROJECT_ROOT, 'tests', 'fixtures', 'compare', 'paraphrase-pairs.yaml');

/** Policies forked from one template, in English, and one written independently (issue 24). */
export const ENGLISH_FORK_PATH = join(PROJECT_ROOT, 'tests', 'fixtures', 'compare', 'english-fork-pairs.yaml');
/** The files those labels speak about, in ../shared/dev-corpus/open-source-policy (the order of the comparison). */
export const ENGLISH_FORK_FILES = [
  '18f-2016-02-24.md',
  'knuedge-2016-10-05.md',
  'gsa-2017-06-28.md',
  'cms-2018-06-22.md',
] as const;

/** A label pair as one key, whatever the order of its sides and alternatives. */
export function pairKey([a, b]: LabelPair): string {
  return [...sideKeys(a), ...sideKeys(b)].sort().join('|');
}

export function readLabels(path = LABELS_PATH): Labels {
  return parse(readFileSync(path, 'utf8')) as Labels;
}

/** "org:clause.id" → [org, clause id]. */
export function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}

export interface Recall {
  recall: number;
  found: number;
  labelled: number;
  missed: string[];
}

export interface Scores {
  precision: number;
  /** Model-text pairs. */
  pairs: Recall;
  paraphrases: Recall;
  /** Both together. */
  all: Recall;
  falsePositives: string[];
  /** Of the `different` pairs, how many the alignment kept apart. */
  keptApart: { kept: number; labelled: number };
}

/** Every pair of clauses (of different documents) that share a provision, as "a|b" with a < b. */
export function alignedPairs(alignment: Alignment): Set<string> {
  const pairs = new Set<string>();
  for (const provision of alignment.provisions) {
    const keys = Object.entries(provision.members).flatMap(([document, members]) =>
      members.map((member) => `${document}:${member.id}`),
    );
    for (const a of keys) for (const b of keys) if (a < b && splitKey(a)[0] !== splitKey(b)[0]) pairs.add(`${a}|${b}`);
  }
  return pairs;
}

export function evaluate(alignment: Alignment, labels: Labels): Scores {
  // A clause is in one provision, and its units (a sentence, a table row: members with a `part`) may be in others:
  // two clauses are together when any provision holds both, whole or in part.
  const provisionsOf = new Map<string, Set<number>>();
  alignment.provisions.forEach((provision, index) => {
    for (const [document, members] of Object.entries(provision.members))
      for (const member of members) {
        const key = `${document}:${member.id}`;
        provisionsOf.set(key, (provisionsOf.get(key) ?? new Set()).add(index));
      }
  });
  const together = (a: string, b: string): boolean => {
    const of = provisionsOf.get(b);
    return of !== undefined && [...(provisionsOf.get(a) ?? [])].some((index) => of.has(index));
  };

  const pairFound = ([a, b]: LabelPair): boolean => sideKeys(a).some((x) => sideKeys(b).some((y) => together(x, y)));
  const recallOf = (labelled: LabelPair[]): Recall => {
    const missed = labelled.filter((pair) => !pairFound(pair)).map(describe);
    const found = labelled.length - missed.length;
    return { recall: labelled.length === 0 ? 1 : found / labelled.length, found, labelled: labelled.length, missed };
  };
  const positives = [...labels.pairs, ...labels.paraphrases];
  const all = recallOf(positives);

  // What the labels say about each clause in each other document: its counterpart there, or that it has none.
  const counterpart = new Map<string, string[]>();
  for (const [a, b] of positives) {
    for (const x of sideKeys(a)) counterpart.set(`${x}@${splitKey(sideKeys(b)[0] ?? '')[0]}`, sideKeys(b));
    for (const y of sideKeys(b)) counterpart.set(`${y}@${splitKey(sideKeys(a)[0] ?? '')[0]}`, sideKeys(a));
  }
  const none = new Set(
    labels.negatives.flatMap((negative) => negative.absentIn.map((document) => `${negative.clause}@${document}`)),
  );
  const different = new Set(
    (labels.different ?? []).flatMap(([a, b]) => sideKeys(a).flatMap((x) => sideKeys(b).map((y) => `${x}|${y}`))),
  );
  const falsePositives: string[] = [];
  for (const pair of alignedPairs(alignment)) {
    const [a, b] = pair.split('|') as [string, string];
    let wrong = different.has(`${a}|${b}`) || different.has(`${b}|${a}`);
    for (const [clause, other] of [
      [a, b],
      [b, a],
    ] as [string, string][]) {
      const document = splitKey(other)[0];
      if (none.has(`${clause}@${document}`)) wrong = true;
      const expected = counterpart.get(`${clause}@${document}`);
      if (
        expected !== undefined &&
        !expected.includes(other) &&
        !expected.some((alternative) => together(clause, alternative))
      )
        wrong = true;
    }
    if (wrong) falsePositives.push(`${a} ↔ ${b}`);
  }
  return {
    precision: all.found + falsePositives.length === 0 ? 1 : all.found / (all.found + falsePositives.length),
    pairs: recallOf(labels.pairs),
    paraphrases: recallOf(labels.paraphrases),
    all,
    falsePositives,
    keptApart: {
      kept: (labels.different ?? []).filter((pair) => !pairFound(pair)).length,
      labelled: (labels.different ?? []).length,
    },
  };
}

export interface SuggestionJudgement {
  /** Possible matches in all. */
  offered: number;
  /** The labels pair the suggested clause with a member of the provision. */
  right: string[];
  /** The labels say that member has no counterpart in the suggested document, or another one. */
  wrong: string[];
}

/**
 * Possible matches (provisions[].suggestions) judged by labels: right when a label pairs the suggested clause with a
 * member of the provision, wrong when the labels give a member no counterpart in that document or another clause
 * there, unjudged otherwise. Several label sets may be given: each judges what it speaks about.
 */
export function judgeSuggestions(alignment: Alignment, sets: Labels[]): SuggestionJudgement {
  const partners = new Map<string, Set<string>>();
  const counterpart = new Map<string, string[]>();
  const none = new Set<string>();
  for (const labels of sets) {
    for (const [a, b] of [...labels.pairs, ...labels.paraphrases]) {
      for (const x of sideKeys(a))
        for (const y of sideKeys(b)) {
          partners.set(x, (partners.get(x) ?? new Set()).add(y));
          partners.set(y, (partners.get(y) ?? new Set()).add(x));
        }
      for (const x of sideKeys(a)) counterpart.set(`${x}@${splitKey(sideKeys(b)[0] ?? '')[0]}`, sideKeys(b));
      for (const y of sideKeys(b)) counterpart.set(`${y}@${splitKey(sideKeys(a)[0] ?? '')[0]}`, sideKeys(a));
    }
    for (const negative of labels.negatives)
      for (const document of negative.absentIn) none.add(`${negative.clause}@${document}`);
  }
  const judgement: SuggestionJudgement = { offered: 0, right: [], wrong: [] };
  for (const provision of alignment.provisions)
    for (const [document, suggestion] of Object.entries(provision.suggestions ?? {})) {
      judgement.offered++;
      const suggested = `${document}:${suggestion.id}`;
      const members = Object.entries(provision.members).flatMap(([key, list]) =>
        list.filter((member) => !member.part).map((member) => `${key}:${member.id}`),
      );
      const described = `${suggested} for ${members.join(', ')}`;
      if (members.some((member) => partners.get(member)?.has(suggested))) judgement.right.push(described);
      else if (
        members.some(
          (member) =>
            none.has(`${member}@${document}`) ||
            counterpart.get(`${member}@${document}`)?.includes(suggested) === false,
        )
      )
        judgement.wrong.push(described);
    }
  return judgement;
}
