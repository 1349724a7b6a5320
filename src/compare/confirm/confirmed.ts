// Applying what a person recorded in the alignments file (confirmations.ts) to one comparison: a confirmed pair is
// joined before any computed link, a rejected pair is kept apart whatever the scores say, and an entry whose
// clause is gone or whose text changed since is left out and reported, never silently applied.
import type { Clusters } from '../passes/cluster.js';
import { clauseAsJudged, type ClauseSeen, type Confirmation } from '../read/confirmations.js';
import type { AlignDocument } from '../terms/documents.js';
import type { ConfirmationReport, Provision, SkippedConfirmation } from '../read/types.js';

interface Located {
  document: AlignDocument;
  clause: number;
}

function locate(documents: readonly AlignDocument[], seen: ClauseSeen): Located | 'no-clause' | 'no-document' {
  const document = documents.find((candidate) => candidate.key === seen.org);
  if (!document) return 'no-document';
  const clause = document.clauses.findIndex((candidate) => candidate.entry.ref.id === seen.clause);
  return clause < 0 ? 'no-clause' : { document, clause };
}

/** Whether the clause is as the person judged it (confirmations.ts): `current`, `changed` or `words-only`. */
function asJudged(located: Located, hash: string): ReturnType<typeof clauseAsJudged> {
  const clause = located.document.clauses[located.clause]?.entry.clause;
  return clause ? clauseAsJudged(hash, located.document.policy, clause) : 'changed';
}

const label = (seen: ClauseSeen): string => `${seen.org}:${seen.clause}`;

/** What was applied, so the result can mark confirmed members; what was skipped, so the reader is told why. */
export interface AppliedConfirmations {
  confirmed: [ClauseSeen, ClauseSeen][];
  report: ConfirmationReport;
}

/**
 * Settles the entries on empty clusters. Entries about documents not in this comparison are not counted at all
 * (one file serves every comparison of the corpus).
 */
export function applyConfirmations(
  entries: readonly Confirmation[],
  documents: readonly AlignDocument[],
  clusters: Clusters,
): AppliedConfirmations {
  const report: ConfirmationReport = { confirmed: 0, rejected: 0, skipped: [] };
  const confirmed: [ClauseSeen, ClauseSeen][] = [];
  const skip = (entry: Confirmation, reason: SkippedConfirmation['reason']): void => {
    report.skipped.push({ verdict: entry.verdict, pair: [label(entry.pair[0]), label(entry.pair[1])], reason });
  };
  // Rejections first: a confirmation that would join what a person kept apart is then refused as a conflict.
  const ordered = [...entries].sort((x, y) => (x.verdict === y.verdict ? 0 : x.verdict === 'different' ? -1 : 1));
  for (const entry of ordered) {
    const [a, b] = entry.pair.map((seen) => locate(documents, seen)) as [
      ReturnType<typeof locate>,
      ReturnType<typeof locate>,
    ];
    if (a === 'no-document' || b === 'no-document') continue;
    if (a === 'no-clause' || b === 'no-clause') {
      skip(entry, 'clause-gone');
      continue;
    }
    const judged = [asJudged(a, entry.pair[0].hash), asJudged(b, entry.pair[1].hash)];
    if (judged.includes('changed')) {
      skip(entry, 'text-changed');
      continue;
    }
    if (judged.includes('words-only')) {
      skip(entry, 'words-only');
      continue;
    }
    const nodeA = clusters.node(a.document.order, a.clause);
    const nodeB = clusters.node(b.document.order, b.clause);
    if (entry.verdict === 'different') {
      clusters.forbid(nodeA, nodeB);
      report.rejected++;
      continue;
    }
    const [left, right] = a.document.order < b.document.order ? [a, b] : [b, a];
    const joined = clusters.join({
      link: { left: [left.clause], right: [right.clause], score: 1, via: 'confirmed' },
      leftDocument: left.document.order,
      rightDocument: right.document.order,
    });
    if (!joined) skip(entry, 'conflicts');
    else {
      report.confirmed++;
      confirmed.push(entry.pair);
    }
  }
  return { confirmed, report };
}

/** Marks the members a person confirmed, in the provisions that hold both clauses of a confirmed pair. */
export function markConfirmed(provisions: Provision[], confirmed: readonly [ClauseSeen, ClauseSeen][]): void {
  for (const pair of confirmed) {
    const provision = provisions.find((candidate) =>
      pair.every((seen) =>
        candidate.members[seen.org]?.some((member) => member.id === seen.clause && member.part === undefined),
      ),
    );
    for (const seen of pair) {
      const member = provision?.members[seen.org]?.find((candidate) => candidate.id === seen.clause);
      if (member) member.confirmed = true;
    }
  }
}
