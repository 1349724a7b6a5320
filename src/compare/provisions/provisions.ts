// From groups of clauses to the provisions of the result: reading order, reference member, each member's status
// and redline against the reference, a label, and the document similarity matrix. A unit of a clause that joined a
// provision apart from its clause (unit-links.ts) is a member with its `part` and the part's text; it never
// decides the reading order, and the reference is always a whole clause.
import { addedRule } from './additions.js';
import { redline } from '../../match/redline.js';
import { PART_SEPARATOR } from '../../match/types.js';
import { stripListNumbering } from '../../text/normalise.js';
import { profileOfNormal, profileSimilarity, type TextProfile } from '../../text/similarity.js';
import type { Group } from '../passes/cluster.js';
import type { AlignDocument } from '../terms/documents.js';
import { compareTableRows } from './table-rows.js';
import type { Member, MemberPart, MemberStatus, Provision, RowComparison, TextStatus } from '../read/types.js';
import type { UnitLink } from '../passes/unit-links.js';
import { sentencesOf } from '../terms/units.js';

/** Word similarity (text/similarity: Dice over words and word pairs) from which a member counts as reworded. */
export const REWORDED_MIN = 0.5;
/** A label holds at most this many words and characters of the reference member. */
const LABEL_WORDS = 8;
const LABEL_CHARS = 60;

/** What one document contributes to a provision (one clause, or two when it split it), ready to compare. */
interface Contribution {
  document: AlignDocument;
  clauses: number[];
  text: string;
  profile: TextProfile;
  /** Set when only part of the clause (a unit) is the member. */
  part?: MemberPart;
}

function unitContribution(document: AlignDocument, link: UnitLink): Contribution {
  const unit = document.clauses[link.clause]?.units[link.unit];
  return {
    document,
    clauses: [link.clause],
    text: unit?.text ?? '',
    profile: profileOfNormal(unit?.words.join(' ') ?? ''),
    ...(unit ? { part: unit.part } : {}),
  };
}

function contributionOf(document: AlignDocument, clauses: number[]): Contribution {
  const texts = clauses.map((clause) => document.clauses[clause]?.entry.clause.text ?? '');
  const normal = clauses
    .map((clause) => document.clauses[clause]?.words.join(' ') ?? '')
    .join(' ')
    .trim();
  return { document, clauses, text: texts.join(PART_SEPARATOR), profile: profileOfNormal(normal) };
}

/** Rows of a member's table against the reference's table, when some row differs (whole clauses of one table). */
function tableRowsOf(reference: Contribution, contribution: Contribution): RowComparison[] | undefined {
  if (contribution === reference || contribution.part || reference.part) return undefined;
  if (contribution.clauses.length !== 1 || reference.clauses.length !== 1) return undefined;
  const mine = contribution.document.clauses[contribution.clauses[0] ?? -1];
  const theirs = reference.document.clauses[reference.clauses[0] ?? -1];
  if (!mine || !theirs) return undefined;
  const rows = compareTableRows(theirs, mine, REWORDED_MIN);
  return rows?.some((row) => row.status !== 'identical') ? rows : undefined;
}

function similarityOf(a: Contribution, b: Contribution): number {
  return profileSimilarity(a.profile, b.profile);
}

function statusOf(similarity: number, identical: boolean): TextStatus {
  if (identical) return 'identical';
  return similarity >= REWORDED_MIN ? 'reworded' : 'different';
}

/** The first words of a text, cut at the end of its first sentence or after LABEL_WORDS words (LABEL_CHARS). */
export function labelOf(text: string): string {
  const clean = stripListNumbering(text.replace(/\s+/g, ' ').trim());
  // The first sentence as the splitter reads it: "o.a.", "bijv.", "art." do not end it.
  const sentence = sentencesOf(clean)[0] ?? clean;
  const words = sentence.split(' ');
  let label = '';
  for (const word of words.slice(0, LABEL_WORDS)) {
    const next = label === '' ? word : `${label} ${word}`;
    if (next.length > LABEL_CHARS && label !== '') break;
    label = next;
  }
  const cut = label.length < clean.length;
  return cut ? `${label.replace(/[.,;:!?]+$/u, '')}…` : label;
}

function membersOf(
  contributions: Contribution[],
  reference: Contribution,
  redlines: boolean,
): Record<string, Member[]> {
  const members: Record<string, Member[]> = {};
  // With one organisation alone there is nothing to be identical to, and the reference is the yardstick itself.
  const alone = new Set(contributions.map((contribution) => contribution.document)).size === 1;
  for (const contribution of contributions) {
    const isReference = contribution === reference;
    const similarity = isReference ? 1 : similarityOf(reference, contribution);
    const status: MemberStatus = alone
      ? 'only'
      : isReference
        ? 'reference'
        : statusOf(similarity, reference.profile.normal === contribution.profile.normal);
    // Only a reworded text reads well as a redline; a different one would be all deletions and insertions.
    const rewording = status === 'reworded' ? redline(reference.text, contribution.text, similarity).words : undefined;
    // A rewording that adds an obligation, a prohibition or a party is another rule (additions.ts).
    const adds = rewording ? addedRule(rewording) : undefined;
    const words = rewording && redlines ? rewording : undefined;
    members[contribution.document.key] = contribution.clauses.map((clause) => {
      const entry = contribution.document.clauses[clause]?.entry;
      const member: Member = {
        id: entry?.ref.id ?? '',
        text: contribution.part ? contribution.text : (entry?.clause.text ?? ''),
        status: adds ? 'different' : status,
        similarity: round(similarity),
        line: entry?.ref.line ?? 0,
      };
      if (words) member.words = words;
      if (adds) member.adds = adds;
      if (contribution.part) member.part = contribution.part;
      const rows = tableRowsOf(reference, contribution);
      if (rows) member.rows = rows;
      return member;
    });
  }
  return members;
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Reading order across documents: the base document's order; then every other document (in the order given)
 * inserts the provisions only it has so far right after the provision of its preceding clause (those before its
 * first shared provision right before that one; a document sharing none appends its own at the end).
 */
function readingOrder(groups: readonly Group[], documents: readonly AlignDocument[], base: AlignDocument): number[] {
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const [document, clauses] of group) for (const clause of clauses) groupOf.set(`${document}:${clause}`, index);
  });
  const order: number[] = [];
  const placed = new Set<number>();
  for (const document of [base, ...documents.filter((other) => other !== base)]) {
    let cursor = -1;
    const leading: number[] = [];
    document.clauses.forEach((_, clause) => {
      const group = groupOf.get(`${document.order}:${clause}`);
      if (group === undefined || leading.includes(group)) return;
      if (!placed.has(group)) {
        placed.add(group);
        if (cursor === -1) leading.push(group);
        else order.splice(++cursor, 0, group);
        return;
      }
      cursor = order.indexOf(group);
      if (leading.length > 0) {
        order.splice(cursor, 0, ...leading);
        cursor += leading.length;
        leading.length = 0;
      }
    });
    order.push(...leading);
  }
  return order;
}

export interface BuiltProvisions {
  provisions: Provision[];
  similarity: Record<string, Record<string, number>>;
}

export function buildProvisions(
  groups: readonly Group[],
  documents: readonly AlignDocument[],
  base: AlignDocument,
  redlines: boolean,
  units: readonly UnitLink[] = [],
): BuiltProvisions {
  const unitsOf = new Map<number, UnitLink[]>();
  for (const link of units) unitsOf.set(link.group, [...(unitsOf.get(link.group) ?? []), link]);
  const shared = documents.map(() => documents.map(() => 0));
  const counts = documents.map(() => 0);
  const provisions = readingOrder(groups, documents, base).map((index): Provision => {
    const group = groups[index] as Group;
    const unitLinks = unitsOf.get(index) ?? [];
    const contributions = documents.flatMap((document) => {
      if (group.has(document.order)) return [contributionOf(document, group.get(document.order) ?? [])];
      const link = unitLinks.find((unit) => unit.document === document.order);
      return link ? [unitContribution(document, link)] : [];
    });
    const whole = contributions.filter((contribution) => !contribution.part);
    const reference = whole.find((contribution) => contribution.document === base) ?? (whole[0] as Contribution);
    for (const [i, a] of contributions.entries()) {
      counts[a.document.order] = (counts[a.document.order] ?? 0) + 1;
      for (const b of contributions.slice(i + 1)) {
        const similarity = similarityOf(a, b);
        const rowA = shared[a.document.order] as number[];
        const rowB = shared[b.document.order] as number[];
        rowA[b.document.order] = (rowA[b.document.order] ?? 0) + similarity;
        rowB[a.document.order] = (rowB[a.document.order] ?? 0) + similarity;
      }
    }
    return {
      label: labelOf(reference.document.clauses[reference.clauses[0] ?? 0]?.entry.clause.text ?? ''),
      members: membersOf(contributions, reference, redlines),
      reference: reference.document.key,
      absent: documents
        .filter((document) => !contributions.some((contribution) => contribution.document === document))
        .map((document) => document.key),
    };
  });
  const similarity: Record<string, Record<string, number>> = {};
  for (const a of documents) {
    const row: Record<string, number> = {};
    for (const b of documents) {
      const total = (counts[a.order] ?? 0) + (counts[b.order] ?? 0);
      row[b.key] = a === b ? 1 : total === 0 ? 0 : round((2 * (shared[a.order]?.[b.order] ?? 0)) / total);
    }
    similarity[a.key] = row;
  }
  return { provisions, similarity };
}
