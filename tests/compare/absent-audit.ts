// The hand audit of the five-seed matrix's "absent" cells (tests/fixtures/compare/absent-audit.yaml) held against an
// alignment: which absent cells were judged right or wrong, which judged cells the aligner has filled since, and
// which absent cells nobody has judged yet.
//
// A provision is named by the refs `org:clause-id` of its members. A cell (provision × absent organisation) takes the
// verdict of the audited provision with exactly those refs; when the aligner has reshaped the provision (a member
// joined or left, a clause split into sentence units) it takes the verdicts of every audited provision that shares
// a member clause with it: `wrong` when any of them is wrong (the organisation states part of it). A cell is
// unjudged when no audited provision speaks of that organisation, or when the organisation was a member of one of
// them (its clause has left the provision since: a new absence, which a person must judge) — unless that clause
// now stands in another row with a sentence unit of the clause the two share: then it went where its sentence went.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Alignment, Member, Provision } from '../../src/compare/read/types.js';
import { PROJECT_ROOT } from '../support/paths.js';

export interface CellVerdict {
  verdict: 'right' | 'wrong';
  'covered-by'?: string[];
  partly?: boolean;
  suggested?: boolean;
  rule?: string[];
  note?: string;
}

export interface AuditedProvision {
  refs: string[];
  label: string;
  absent: Record<string, CellVerdict>;
}

/** A member the audit found in a provision whose other members state something else. */
export interface FalseMember {
  member: string;
  'not-with': string[];
  note: string;
}

export interface AbsentAudit {
  documents: string[];
  matrix: { commit: string; provisions: number; absent: number };
  rules: Record<string, string>;
  'false-members'?: FalseMember[];
  provisions: AuditedProvision[];
}

export const AUDIT_PATH = join(PROJECT_ROOT, 'tests', 'fixtures', 'compare', 'absent-audit.yaml');

export function readAudit(path = AUDIT_PATH): AbsentAudit {
  return parse(readFileSync(path, 'utf8')) as AbsentAudit;
}

/** `org:clause-id` of a member. A sentence unit's id names its clause first (`up.belang#2`): the clause is kept. */
export function memberRef(org: string, member: Pick<Member, 'id'>): string {
  return `${org}:${/^[\w.-]+/.exec(member.id)?.[0] ?? member.id}`;
}

export function provisionRefs(provision: Provision): string[] {
  return Object.entries(provision.members).flatMap(([org, members]) => members.map((m) => memberRef(org, m)));
}

const keyOf = (refs: readonly string[]): string => [...refs].sort().join(' ');
const orgOf = (ref: string): string => ref.slice(0, ref.indexOf(':'));
const clauseOf = (ref: string): string => ref.slice(ref.indexOf(':') + 1);

export interface Cell {
  provision: number;
  refs: string[];
  label: string;
  org: string;
}

export interface JudgedCell extends Cell {
  verdict: CellVerdict;
  /** Found through a reshaped provision rather than its exact refs. */
  reshaped: boolean;
}

export interface AuditReport {
  absentCells: number;
  presentCells: number;
  /** Every absent cell with its verdict. */
  judged: JudgedCell[];
  /** Absent cells without a verdict, with why (for the failure message). */
  unjudged: (Cell & { reason: string })[];
  /** Judged wrong, still absent: the rules the aligner misses. */
  missed: JudgedCell[];
  /** Judged wrong, still absent, but the covering clause sits in another row with a member clause of this one. */
  joinedElsewhere: JudgedCell[];
  /** Judged wrong, now filled; `withJudged` when by a clause the audit named. */
  recovered: (JudgedCell & { withJudged: boolean })[];
  /** Judged right, now filled: the aligner claims a rule the audit found none of. */
  suspicious: (JudgedCell & { members: string[] })[];
  /** Members that still share a provision with a clause the audit says they do not go with. */
  falseMembers: FalseMember[];
}

/** The verdict for `org` from the audited provisions that share a clause with `refs` (`undefined`: unjudged). */
function lookUp(
  audit: AbsentAudit,
  refs: readonly string[],
  org: string,
  /** Whether `ref` stands, in another row of the current matrix, with one of `shared`. */
  besideElsewhere: (ref: string, shared: readonly string[]) => boolean = () => false,
): { verdict?: CellVerdict; reshaped: boolean; reason: string } {
  const exact = audit.provisions.find((entry) => keyOf(entry.refs) === keyOf(refs));
  const exactVerdict = exact?.absent[org];
  if (exactVerdict) return { verdict: exactVerdict, reshaped: false, reason: '' };
  const overlapping = audit.provisions.filter((entry) => entry.refs.some((ref) => refs.includes(ref)));
  const wasMember = overlapping.flatMap((entry) => {
    const shared = entry.refs.filter((ref) => refs.includes(ref));
    return entry.refs.filter((ref) => orgOf(ref) === org && !besideElsewhere(ref, shared));
  });
  if (wasMember.length > 0) {
    return { reshaped: true, reason: `when audited, ${wasMember.join(', ')} stood in a provision with these clauses` };
  }
  const verdicts = overlapping.map((entry) => entry.absent[org]).filter((v): v is CellVerdict => v !== undefined);
  if (verdicts.length === 0) return { reshaped: true, reason: 'no audited provision holds any of these clauses' };
  const wrong = verdicts.filter((v) => v.verdict === 'wrong');
  if (wrong.length === 0) return { verdict: { verdict: 'right' }, reshaped: true, reason: '' };
  const coveredBy = [...new Set(wrong.flatMap((v) => v['covered-by'] ?? []))].sort();
  const partly = wrong.every((v) => v.partly) || wrong.length < verdicts.length;
  return { verdict: { verdict: 'wrong', 'covered-by': coveredBy, partly }, reshaped: true, reason: '' };
}

export function auditAlignment(alignment: Alignment, audit: AbsentAudit): AuditReport {
  const orgs = alignment.documents.map((document) => document.key);
  const rows = alignment.provisions.map(provisionRefs);
  const rowsOf = new Map<string, number[]>();
  rows.forEach((refs, index) => {
    for (const ref of refs) rowsOf.set(ref, [...(rowsOf.get(ref) ?? []), index]);
  });
  const report: AuditReport = {
    absentCells: 0,
    presentCells: 0,
    judged: [],
    unjudged: [],
    missed: [],
    joinedElsewhere: [],
    recovered: [],
    suspicious: [],
    falseMembers: [],
  };
  report.falseMembers = (audit['false-members'] ?? []).filter((entry) =>
    rows.some((refs) => refs.includes(entry.member) && entry['not-with'].some((ref) => refs.includes(ref))),
  );
  alignment.provisions.forEach((provision, index) => {
    const refs = rows[index] ?? [];
    const besideElsewhere = (ref: string, shared: readonly string[]): boolean =>
      (rowsOf.get(ref) ?? []).some((row) => row !== index && shared.some((s) => rows[row]?.includes(s)));
    for (const org of orgs) {
      const cell: Cell = { provision: index, refs, label: provision.label, org };
      if (org in provision.members) {
        report.presentCells++;
        const others = refs.filter((ref) => orgOf(ref) !== org);
        const members = refs.filter((ref) => orgOf(ref) === org);
        const { verdict, reshaped } = lookUp(audit, others, org, besideElsewhere);
        if (!verdict || others.length === 0) continue;
        const judged = { ...cell, refs: others, verdict, reshaped };
        if (verdict.verdict === 'right') report.suspicious.push({ ...judged, members });
        else {
          const named = new Set(verdict['covered-by']);
          report.recovered.push({ ...judged, withJudged: members.some((ref) => named.has(clauseOf(ref))) });
        }
        continue;
      }
      report.absentCells++;
      const { verdict, reshaped, reason } = lookUp(audit, refs, org, besideElsewhere);
      if (!verdict) {
        report.unjudged.push({ ...cell, reason });
        continue;
      }
      const judged = { ...cell, verdict, reshaped };
      report.judged.push(judged);
      if (verdict.verdict === 'right') continue;
      // A clause split into sentence units sits in several rows: the covering clause may already be joined with
      // another sentence of one of this row's clauses.
      const siblingRows = new Set(refs.flatMap((ref) => rowsOf.get(ref) ?? []).filter((row) => row !== index));
      const joined = (verdict['covered-by'] ?? []).some((id) =>
        (rowsOf.get(`${org}:${id}`) ?? []).some((row) => siblingRows.has(row)),
      );
      (joined ? report.joinedElsewhere : report.missed).push(judged);
    }
  });
  return report;
}

/** Clause refs the audit names that the policies no longer have (a renamed or deleted clause makes entries stale). */
export function unknownRefs(audit: AbsentAudit, clauses: ReadonlySet<string>): string[] {
  const named = audit.provisions.flatMap((entry) => [
    ...entry.refs,
    ...Object.entries(entry.absent).flatMap(([org, v]) => (v['covered-by'] ?? []).map((id) => `${org}:${id}`)),
  ]);
  const falseMembers = (audit['false-members'] ?? []).flatMap((entry) => [entry.member, ...entry['not-with']]);
  return [...new Set([...named, ...falseMembers].filter((ref) => !clauses.has(ref)))].sort();
}

/** A YAML entry to paste into the audit file for unjudged cells of one provision: the verdicts left to a person. */
export function draftEntry(refs: readonly string[], label: string, orgs: readonly string[]): string {
  return [
    `  - refs: [${refs.map((ref) => JSON.stringify(ref)).join(', ')}]`,
    `    label: ${JSON.stringify(label)}`,
    '    absent:',
    ...orgs.map((org) => `      ${org}: {verdict: ???}   # right, or wrong with covered-by: [clause ids], partly`),
  ].join('\n');
}
