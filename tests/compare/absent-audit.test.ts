// Every "absent" cell of the five-seed comparison matrix, judged by hand (tests/fixtures/compare/absent-audit.yaml,
// issue 17), against the matrix the aligner makes now: it prints the rules the matrix still calls absent although
// the organisation states them, the cells it has filled since (rightly or not) and the recall and precision they
// imply, and it fails when an absent cell has no verdict (someone must read the texts and judge it) or when more
// judged-wrong cells are absent than on the day of the audit. The aligner runs without policies/alignments.yaml:
// what a person confirmed is not the aligner's doing. Docs: docs/compare-absent-audit.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies, type Alignment, readTopicList, topicListPath } from '../../src/compare/index.js';
import { cellKind } from '../../src/render/shared/compare/cell-kind.js';
import { allClauses } from '../../src/model/walk.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, policyPath, SEED_ORGS } from '../support/paths.js';
import {
  type AbsentAudit,
  type AuditReport,
  auditAlignment,
  draftEntry,
  type JudgedCell,
  readAudit,
  unknownRefs,
} from './absent-audit.js';

/** Judged wrong and still absent: 213 on the day of the audit (2026-11-23, commit 956d60c); 206 since sentence
 *  units and the dictionary's compound parts (which lost two pairs the audit had read as right: four cells); 207
 *  since fixed expressions (issue 24) took the false member aloysius:respect.verkeerde-voorstelling ("hiervan in
 *  kennis te stellen", listed under false-members) out of the provision "kennis en informatie delen": Aloysius's
 *  cell there was filled by that wrong clause, and is now absent, as the audit judges it partly covered elsewhere;
 *  211 since pass two's length ratio (issue 42) took the other false member there, allure:inl.noemer, out: Allure's
 *  cell there (partly covered by com.publiceren) and the three cells of inl.noemer's own row whose organisations
 *  define social media elsewhere (their definitions were in other rows before too).
 *  Lower it as the aligner improves; it must rise only when a cell was filled by a clause judged false. */
const MISSED_AT_AUDIT = 211;

let alignment: Alignment;
let audit: AbsentAudit;
let report: AuditReport;
let clauses: Set<string>;
beforeAll(() => {
  const policies = SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy);
  clauses = new Set(
    policies.flatMap((policy) => allClauses(policy).map(({ clause }) => `${policy.meta.org}:${clause.id}`)),
  );
  alignment = alignPolicies(policies);
  audit = readAudit();
  report = auditAlignment(alignment, audit);
});

const ratio = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(2));
const line = (cell: JudgedCell): string =>
  `  ${cell.refs.join(' ')} → ${cell.org}: ${(cell.verdict['covered-by'] ?? []).join(', ')}${cell.verdict.partly ? ' (partly)' : ''}`;

describe('the hand audit of the absent cells of the five-seed matrix', () => {
  it('names only clauses the seed policies have', () => {
    const stale = unknownRefs(audit, clauses);
    expect(
      stale,
      `tests/fixtures/compare/absent-audit.yaml names clauses the policies no longer have: ${stale.join(', ')}. ` +
        'A clause ID was renamed or a clause deleted: rename it in the audit file too, or judge the cells again.',
    ).toEqual([]);
  });

  it('has a verdict for every absent cell of the current matrix', () => {
    const byProvision = new Map<number, typeof report.unjudged>();
    for (const cell of report.unjudged)
      byProvision.set(cell.provision, [...(byProvision.get(cell.provision) ?? []), cell]);
    const drafts = [...byProvision.values()].map((cells) => {
      const first = cells[0] as (typeof cells)[number];
      return `${draftEntry(
        first.refs,
        first.label,
        cells.map((c) => c.org),
      )}\n    # ${first.reason}`;
    });
    expect(
      report.unjudged.length,
      `${report.unjudged.length} absent cell(s) of the matrix have no verdict in tests/fixtures/compare/absent-audit.yaml. ` +
        "Read the organisation's whole policy and judge each one by hand (never by what the aligner says): `right` when " +
        'it has no rule on this, `wrong` with the clause ids that state it. Add under `provisions:`:\n' +
        drafts.join('\n'),
    ).toBe(0);
  });

  it('prints what the matrix still misses and what it has filled since', () => {
    const { judged, missed, recovered, suspicious, joinedElsewhere } = report;
    const right = judged.filter((cell) => cell.verdict.verdict === 'right').length;
    const wrong = judged.length - right;
    const reshaped = judged.filter((cell) => cell.reshaped).length;
    // A provision's reference member is the provision itself: only the other present cells are matches. Recall:
    // the matches that are right / (those + the cells judged wrong that are still absent). Precision: the matches
    // that are right / all matches (wrong ones: judged right yet filled, or a member the audit found false).
    const matches = report.presentCells - alignment.provisions.length;
    const found = matches - suspicious.length - report.falseMembers.length;
    const lines = [
      `absent-cell audit (judged on ${audit.matrix.commit}: ${audit.matrix.absent} absent cells):`,
      `  now ${alignment.provisions.length} provisions, ${report.absentCells} absent cells: ${judged.length} judged (${reshaped} through a reshaped provision), ${report.unjudged.length} unjudged`,
      `  absent cells judged right ${right}, wrong ${wrong}: "absent" is true in ${ratio(right, judged.length)} of them`,
      `  missed (judged wrong, still absent): ${missed.length}, of which partly ${missed.filter((c) => c.verdict.partly).length}; joined in another row: ${joinedElsewhere.length}`,
      `  judged wrong, now filled: ${recovered.length} (${recovered.filter((c) => c.withJudged).length} by the clause judged)`,
      `  judged right, now filled (suspicious): ${suspicious.length}`,
      `  implied recall of the matrix's matches ${ratio(found, found + missed.length)} (${found} of ${found + missed.length}; whole rules only ${ratio(found, found + missed.filter((c) => !c.verdict.partly).length)}), precision ${ratio(found, matches)} (${report.falseMembers.length} members judged false, ${suspicious.length} suspicious)`,
      '  by organisation (absent: right / wrong / still missed):',
      ...alignment.documents.map(({ key }) => {
        const mine = judged.filter((cell) => cell.org === key);
        const w = mine.filter((cell) => cell.verdict.verdict === 'wrong').length;
        return `    ${key.padEnd(18)} ${mine.length - w} / ${w} / ${missed.filter((cell) => cell.org === key).length}`;
      }),
    ];
    // Where the covering clause is now: alone in a row of its own (a pair the aligner missed: better evidence or a
    // confirmation fills it), or already in another organisation's provision (one clause, several rules: only
    // sentence units can fill it).
    const rowSize = new Map<string, number>();
    for (const provision of alignment.provisions)
      for (const [org, members] of Object.entries(provision.members))
        for (const member of members) rowSize.set(`${org}:${member.id}`, Object.keys(provision.members).length);
    const alone = missed.filter((cell) =>
      (cell.verdict['covered-by'] ?? []).some((id) => rowSize.get(`${cell.org}:${id}`) === 1),
    ).length;
    lines.push(
      `  missed cells whose covering clause stands alone in its own row: ${alone}; in another shared row only: ${missed.length - alone}`,
    );
    // The suggestion tier ("possible match") on the judged cells.
    const suggestion = (cell: JudgedCell) => alignment.provisions[cell.provision]?.suggestions?.[cell.org]?.id;
    const suggested = judged.filter((cell) => suggestion(cell) !== undefined);
    const pointed = suggested.filter((cell) => cell.verdict['covered-by']?.includes(suggestion(cell) ?? ''));
    const falseLeads = suggested.filter((cell) => cell.verdict.verdict === 'right');
    lines.push(
      `  possible matches on ${suggested.length} judged cells: ${pointed.length} name a covering clause, ${falseLeads.length} sit where the audit found no rule; ${wrong - pointed.length} wrong cells get no pointer to a covering clause`,
    );
    if (suspicious.length > 0) {
      lines.push('suspicious: filled although judged right:');
      lines.push(...suspicious.map((cell) => `  ${cell.refs.join(' ')} ← ${cell.members.join(', ')}`));
    }
    if (process.env.AUDIT_LIST) lines.push('missed:', ...missed.map(line));
    console.log(lines.join('\n'));
    expect(judged.length + report.unjudged.length).toBe(report.absentCells);
  });

  it('says "not found" only where the audit finds no rule, in at least 95% of the cells that say it', () => {
    // What each absent cell says with the shipped topic list, as compare, start and the report make it: a possible
    // match, "not matched" (the organisation covers the provision's topic elsewhere, or a clause comes close) or
    // "not found". The cells that say "not found" are held against the audit; the others are counted, with how often
    // what they point at includes a clause the audit names.
    const list = topicListPath('social-media', PROJECT_ROOT);
    if (!list) throw new Error('templates/topics/social-media.yaml is missing');
    const withTopics = alignPolicies(
      SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy),
      { topics: readTopicList(list).topics },
    );
    const judged = auditAlignment(withTopics, audit).judged;
    const says = (kind: string) =>
      judged.filter((cell) => cellKind(withTopics.provisions[cell.provision] as never, cell.org) === kind);
    const right = (cells: typeof judged) => cells.filter((cell) => cell.verdict.verdict === 'right').length;
    const notFound = says('absent');
    const unmatched = says('unmatched');
    const possible = says('possible');
    const pointed = unmatched.filter((cell) => {
      const evidence = withTopics.provisions[cell.provision]?.notFound?.[cell.org];
      const ids = new Set([...(evidence?.topics ?? []).flatMap((topic) => topic.clauses), evidence?.lead?.id]);
      return (cell.verdict['covered-by'] ?? []).some((id) => ids.has(id));
    }).length;
    console.log(
      [
        `what the ${judged.length} judged empty cells say, with the social-media topic list:`,
        `  "not found": ${notFound.length}, right by the audit ${right(notFound)} (${ratio(right(notFound), notFound.length)})`,
        `  "not matched": ${unmatched.length} (audit: ${unmatched.length - right(unmatched)} wrong, i.e. the rule is there; ${pointed} of those point at a clause the audit names)`,
        `  "possible match": ${possible.length} (audit: ${possible.length - right(possible)} wrong)`,
      ].join('\n'),
    );
    expect(notFound.length + unmatched.length + possible.length).toBe(judged.length);
    expect(right(notFound) / notFound.length).toBeGreaterThanOrEqual(0.95);
  });

  it('misses no more rules than on the day of the audit', () => {
    expect(
      report.missed.length,
      `${report.missed.length} cells judged wrong are absent, more than the ${MISSED_AT_AUDIT} of the audit: the aligner ` +
        'has lost matches. Run with AUDIT_LIST=1 to list them.',
    ).toBeLessThanOrEqual(MISSED_AT_AUDIT);
  });
});
