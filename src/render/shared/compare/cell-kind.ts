// How one organisation's cell of a provision reads, the same in every format: its member's status (against the
// reference, or "reference" / "only" where there is nothing to compare it with); for an empty cell what the tool
// knows there (src/compare/provisions/provision-evidence.ts): a possible match, "not matched" where the organisation covers the
// provision's topic elsewhere or a clause comes close, "not found" only where nothing does, "absent" only where a
// person confirmed it. The status decides alone; the checks on the members are for an alignment read back from an
// older JSON, whose reference and one-organisation members still said "identical".
import type { MemberStatus, Provision } from '../../../compare/read/types.js';
import { fillLabel, type Labels } from '../../../wording/labels.js';
import { formatDecimal } from '../../../text/output-language.js';
import { inLanguage } from '../../../text/per-language.js';
import { byId, type ClauseNamer } from './clause-name.js';

/** `absent` is the cell that says "not found"; `confirmed-absent` the one a person confirmed. */
export type CellKind = MemberStatus | 'unpaired' | 'possible' | 'unmatched' | 'absent' | 'confirmed-absent';

/** Every kind of cell, in the order the keys above a matrix list them (PDF and HTML alike). */
export const CELL_KINDS: readonly CellKind[] = [
  'reference',
  'identical',
  'reworded',
  'different',
  'only',
  'unpaired',
  'possible',
  'unmatched',
  'absent',
  'confirmed-absent',
];

/**
 * The one sign of each kind of cell, the same in every format (text, md, html, pdf), so a reader who learnt it in one
 * reads it in the others. Each is a character both shipped fonts (Source Sans 3, IBM Plex Sans: templates/fonts) can
 * draw, so the PDF shows what the page shows: "∅" and "○" are not in IBM Plex Sans, "★" in neither.
 */
export const CELL_SIGNS: Readonly<Record<CellKind, string>> = {
  reference: '•',
  identical: '=',
  reworded: '≈',
  different: '≠',
  only: '+',
  unpaired: '±',
  possible: '?',
  unmatched: '◊',
  absent: '—',
  'confirmed-absent': 'Ø',
};

/** The word of each kind of cell, in the comparison's language (templates/labels/<lang>.yaml). */
export function cellWords(labels: Labels): Record<CellKind, string> {
  return {
    reference: labels.compareReference,
    identical: labels.compareIdentical,
    reworded: labels.compareReworded,
    different: labels.compareDifferent,
    only: labels.compareOnlyHere,
    unpaired: labels.compareUnpaired,
    possible: labels.comparePossible,
    unmatched: labels.compareUnmatched,
    absent: labels.compareAbsent,
    'confirmed-absent': labels.compareTopicAbsent,
  };
}

/** How `key`'s document relates to a provision. */
export function cellKind(provision: Provision, key: string): CellKind {
  const members = provision.members[key];
  if (!members || members.length === 0) {
    const notFound = provision.notFound?.[key];
    if (notFound?.absent === 'confirmed') return 'confirmed-absent';
    if (provision.suggestions?.[key]) return 'possible';
    return notFound?.topics || notFound?.lead ? 'unmatched' : 'absent';
  }
  if (Object.keys(provision.members).length === 1) {
    // "Only here" is a claim: where another organisation covers the provision's topic (its cell is "not matched" with
    // clauses on the topic), the rule may be there in other words, and the cell says only that nothing was matched.
    const elsewhere = Object.entries(provision.notFound ?? {}).some(([other, cell]) => other !== key && cell.topics);
    return elsewhere ? 'unpaired' : 'only';
  }
  if (provision.reference === key) return 'reference';
  return (members[0] as { status: MemberStatus }).status;
}

/**
 * What an empty cell points at, in words: the clauses on the provision's topic ("on this topic (Privacy): a.b, c.d"),
 * the weak lead ("closest: a.b (score 0.07)"), the possible match's clause, and a person's out-of-date confirmation.
 * Empty for a cell that has members or says plainly "not found". `board`: for the board's pages (PDF, web page),
 * which name the lead without its score: a board member looks up an article, a score tells them nothing.
 */
export function cellEvidence(
  provision: Provision,
  key: string,
  labels: Labels,
  decimals = 2,
  name: ClauseNamer = byId,
  board = false,
): string {
  if (provision.members[key]?.length) return '';
  const notFound = provision.notFound?.[key];
  const parts: string[] = [];
  const suggestion = provision.suggestions?.[key];
  if (suggestion && notFound?.absent !== 'confirmed') parts.push(name(key, suggestion.id));
  for (const topic of notFound?.topics ?? [])
    parts.push(
      fillLabel(labels.compareUnmatchedTopic, {
        topic: topic.names === undefined ? topic.name : inLanguage(topic.names, labels.lang),
        ids: topic.clauses.map((id) => name(key, id)).join(', '),
      }),
    );
  if (notFound?.lead)
    parts.push(
      board
        ? fillLabel(labels.compareUnmatchedLeadNamed, { id: name(key, notFound.lead.id) })
        : fillLabel(labels.compareUnmatchedLead, {
            id: name(key, notFound.lead.id),
            score: formatDecimal(notFound.lead.score, labels.lang, decimals),
          }),
    );
  if (notFound?.absent === 'stale') parts.push(labels.compareTopicStale);
  return parts.join('; ');
}

/** The word of an empty cell, as the lists of what each organisation lacks give it beside each provision. */
export function emptyCellWords(
  provision: Provision,
  key: string,
  labels: Labels,
  name: ClauseNamer = byId,
  board = false,
): string {
  const word = cellWords(labels)[cellKind(provision, key)];
  const evidence = cellEvidence(provision, key, labels, 2, name, board);
  return evidence ? `${word}: ${evidence}` : word;
}
