// Precision and recall of the alignment against the hand-written sentence labels
// (tests/fixtures/compare/sentence-pairs.yaml): does a sentence of a clause that states several rules sit in the
// provision of the other organisation's clause that states the same rule?
//
// A label side is `org:clause` (the whole clause) or `org:clause#n` (its n-th sentence), or a list of alternatives.
// A provision covers `org:clause` when the clause is a whole member of it, and `org:clause#n` when the whole clause
// is, or a member that is part of the clause holds sentence n. A pair is found when one provision covers both sides.
// Precision is judged on the members that are part of a clause (`part`): such a member and another document's member
// in its provision are right when a label pairs one of its sentences with that member, wrong when the labels pair
// its sentences only with other clauses of that document or say they have no counterpart there, and not judged when
// the labels say nothing about its sentences and that document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Alignment, Member, Provision } from '../../src/compare/read/types.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { type LabelPair, type LabelSide, type Recall, sideKeys, splitKey } from './evaluate.js';

export const SENTENCE_LABELS_PATH = join(PROJECT_ROOT, 'tests', 'fixtures', 'compare', 'sentence-pairs.yaml');

export interface SentenceLabels {
  documents: string[];
  pairs: LabelPair[];
  paraphrases: LabelPair[];
  negatives: { sentence: string; absentIn: string[] }[];
}

export function readSentenceLabels(path = SENTENCE_LABELS_PATH): SentenceLabels {
  return parse(readFileSync(path, 'utf8')) as SentenceLabels;
}

/** "org:clause#n" → org, clause id, sentence (undefined for a whole clause). */
export function parseSentenceKey(key: string): { org: string; id: string; sentence?: number } {
  const [org, rest] = splitKey(key);
  const at = rest.lastIndexOf('#');
  if (at < 0) return { org, id: rest };
  return { org, id: rest.slice(0, at), sentence: Number(rest.slice(at + 1)) };
}

function memberCovers(member: Member, id: string, sentence: number | undefined): boolean {
  if (member.id !== id) return false;
  if (!member.part) return true;
  return (
    member.part.kind === 'sentence' &&
    sentence !== undefined &&
    member.part.from <= sentence &&
    sentence <= member.part.to
  );
}

export function covers(provision: Provision, key: string): boolean {
  const { org, id, sentence } = parseSentenceKey(key);
  return (provision.members[org] ?? []).some((member) => memberCovers(member, id, sentence));
}

export interface UnitScores {
  pairs: Recall;
  paraphrases: Recall;
  /** Members that are part of a clause, in all. */
  unitMembers: number;
  judged: number;
  right: number;
  wrong: string[];
}

const describe = ([a, b]: LabelPair): string => `${sideKeys(a).join(' | ')} ↔ ${sideKeys(b).join(' | ')}`;
const orgOf = (side: LabelSide): string => parseSentenceKey(sideKeys(side)[0] ?? '').org;

export function evaluateUnits(alignment: Alignment, labels: SentenceLabels): UnitScores {
  const found = ([a, b]: LabelPair): boolean =>
    alignment.provisions.some(
      (provision) => sideKeys(a).some((x) => covers(provision, x)) && sideKeys(b).some((y) => covers(provision, y)),
    );
  const recallOf = (labelled: LabelPair[]): Recall => {
    const missed = labelled.filter((pair) => !found(pair)).map(describe);
    const count = labelled.length - missed.length;
    return {
      recall: labelled.length === 0 ? 1 : count / labelled.length,
      found: count,
      labelled: labelled.length,
      missed,
    };
  };
  // Sentence key → per other document, the sides the labels pair it with there (empty: no counterpart there).
  const spoken = new Map<string, Map<string, LabelSide[]>>();
  const say = (key: string, org: string, side: LabelSide | undefined): void => {
    const byOrg = spoken.get(key) ?? new Map<string, LabelSide[]>();
    byOrg.set(org, [...(byOrg.get(org) ?? []), ...(side === undefined ? [] : [side])]);
    spoken.set(key, byOrg);
  };
  for (const [a, b] of [...labels.pairs, ...labels.paraphrases]) {
    for (const x of sideKeys(a)) say(x, orgOf(b), b);
    for (const y of sideKeys(b)) say(y, orgOf(a), a);
  }
  for (const negative of labels.negatives) for (const org of negative.absentIn) say(negative.sentence, org, undefined);

  let unitMembers = 0;
  let judged = 0;
  let right = 0;
  const wrong: string[] = [];
  for (const provision of alignment.provisions) {
    for (const [org, members] of Object.entries(provision.members)) {
      for (const member of members) {
        if (member.part?.kind !== 'sentence') continue;
        unitMembers++;
        const sentences: string[] = [];
        for (let n = member.part.from; n <= member.part.to; n++) sentences.push(`${org}:${member.id}#${n}`);
        for (const other of Object.keys(provision.members)) {
          if (other === org) continue;
          const said = sentences.flatMap((key) => spoken.get(key)?.get(other) ?? []);
          const speaks = sentences.some((key) => spoken.get(key)?.has(other));
          if (!speaks) continue;
          judged++;
          if (said.some((side) => sideKeys(side).some((key) => covers(provision, key)))) right++;
          else
            wrong.push(`${org}:${member.id}#${member.part.from}-${member.part.to} ↔ ${other} in "${provision.label}"`);
        }
      }
    }
  }
  return {
    pairs: recallOf(labels.pairs),
    paraphrases: recallOf(labels.paraphrases),
    unitMembers,
    judged,
    right,
    wrong,
  };
}
