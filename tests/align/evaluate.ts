// Precision and recall of an alignment against the hand-labelled seed pairs (tests/fixtures/align/seed-pairs.yaml).
//
// The labels are partial, so only what they speak about is judged:
//   found positive   a labelled pair whose two clauses ended up in one provision;
//   false positive   a clause aligned with a clause of document D although the labels say it has no counterpart in
//                    D, or although the labels name another clause of D as its counterpart (and that one is not in
//                    the same provision: a document may hold a split provision in two clauses).
// Precision = found / (found + false positives), over pairs and paraphrases; recall = found / labelled, reported for
// the model-text pairs and the paraphrases separately (and together).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Alignment } from '../../src/align/types.js';
import { PROJECT_ROOT } from '../support/paths.js';

export interface Labels {
  documents: string[];
  /** Reworded model text. */
  pairs: [string, string][];
  /** The same rule written independently (Aloysius). */
  paraphrases: [string, string][];
  negatives: { clause: string; absentIn: string[] }[];
}

export const LABELS_PATH = join(PROJECT_ROOT, 'tests', 'fixtures', 'align', 'seed-pairs.yaml');

export function readLabels(): Labels {
  return parse(readFileSync(LABELS_PATH, 'utf8')) as Labels;
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
}

/** Every pair of clauses (of different documents) that share a provision, as "a|b" with a < b. */
export function alignedPairs(alignment: Alignment): Set<string> {
  const pairs = new Set<string>();
  for (const provision of alignment.provisions) {
    const keys = Object.entries(provision.members).flatMap(([document, members]) => members.map((member) => `${document}:${member.id}`));
    for (const a of keys) for (const b of keys) if (a < b && splitKey(a)[0] !== splitKey(b)[0]) pairs.add(`${a}|${b}`);
  }
  return pairs;
}

export function evaluate(alignment: Alignment, labels: Labels): Scores {
  const provisionOf = new Map<string, number>();
  alignment.provisions.forEach((provision, index) => {
    for (const [document, members] of Object.entries(provision.members)) for (const member of members) provisionOf.set(`${document}:${member.id}`, index);
  });
  const together = (a: string, b: string): boolean => provisionOf.has(a) && provisionOf.get(a) === provisionOf.get(b);

  const recallOf = (labelled: [string, string][]): Recall => {
    const missed = labelled.filter(([a, b]) => !together(a, b)).map(([a, b]) => `${a} ↔ ${b}`);
    const found = labelled.length - missed.length;
    return { recall: labelled.length === 0 ? 1 : found / labelled.length, found, labelled: labelled.length, missed };
  };
  const positives = [...labels.pairs, ...labels.paraphrases];
  const all = recallOf(positives);

  // What the labels say about each clause in each other document: its counterpart there, or that it has none.
  const counterpart = new Map<string, string>();
  for (const [a, b] of positives) {
    counterpart.set(`${a}@${splitKey(b)[0]}`, b);
    counterpart.set(`${b}@${splitKey(a)[0]}`, a);
  }
  const none = new Set(labels.negatives.flatMap((negative) => negative.absentIn.map((document) => `${negative.clause}@${document}`)));
  const falsePositives: string[] = [];
  for (const pair of alignedPairs(alignment)) {
    const [a, b] = pair.split('|') as [string, string];
    let wrong = false;
    for (const [clause, other] of [[a, b], [b, a]] as [string, string][]) {
      const document = splitKey(other)[0];
      if (none.has(`${clause}@${document}`)) wrong = true;
      const expected = counterpart.get(`${clause}@${document}`);
      if (expected !== undefined && expected !== other && !together(clause, expected)) wrong = true;
    }
    if (wrong) falsePositives.push(`${a} ↔ ${b}`);
  }
  return {
    precision: all.found + falsePositives.length === 0 ? 1 : all.found / (all.found + falsePositives.length),
    pairs: recallOf(labels.pairs),
    paraphrases: recallOf(labels.paraphrases),
    all,
    falsePositives,
  };
}
