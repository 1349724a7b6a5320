// A policy as git's textconv sees it: the frontmatter as one `field: value` line each, then one line per section
// (`## id title`) and per clause (`id<TAB>number  text`, whitespace collapsed). Line-based tools then work clause by
// clause: `git diff --word-diff` shows which clause changed, `git log -p` its history. Plain Markdown works too,
// with the synthetic ids the parser gives it.
import { toString } from 'mdast-util-to-string';
import {
  APPROVAL_PROCEDURE_FIELDS,
  type Approval,
  type Clause,
  type Policy,
  type Section,
} from '../../model/policy.js';
import { UNMODELLED_FIELDS } from '../../parse/meta.js';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A value of the frontmatter on one line: text as written, a list or mapping as JSON. */
function valueText(value: unknown): string {
  return oneLine(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
}

/** An approval row's procedure fields (body, outcome, minutes …), so a changed outcome shows in `git diff`. */
function procedureText(approval: Approval): string {
  const fields = APPROVAL_PROCEDURE_FIELDS.filter((field) => approval[field] !== undefined);
  return fields.map((field) => `; ${field}: ${oneLine(approval[field] ?? '')}`).join('');
}

function frontmatterLines(policy: Policy): string[] {
  const { meta } = policy;
  const written = (field: string): boolean => !meta.inferred.includes(field);
  const lines: string[] = [];
  const field = (name: string, value: string | undefined): void => {
    if (value !== undefined && value !== '' && written(name)) lines.push(`${name}: ${oneLine(value)}`);
  };
  field('id', meta.id);
  field('title', meta.title);
  field('organisation', meta.organisation);
  field('org', meta.org);
  field('version', meta.version);
  field('status', meta.status);
  field('lang', meta.lang);
  for (const name of ['effective', 'supersedes', 'derivedFrom', 'brand', 'editor'] as const) field(name, meta[name]);
  for (const source of meta.sources) lines.push(`source: ${oneLine(source)}`);
  for (const approval of meta.approvals) {
    const step = approval.step ? ` (${approval.step})` : '';
    const hash = approval.hash ? ` ${approval.hash.slice(0, 19)}…` : '';
    const row = `${approval.date} ${oneLine(approval.name)}, ${oneLine(approval.role)}${step}${hash}`;
    lines.push(`approval: ${row}${procedureText(approval)}`);
  }
  for (const [id, reason] of Object.entries(meta.rationale)) lines.push(`rationale ${id}: ${oneLine(reason)}`);
  if (meta.numbering) lines.push(`numbering: ${valueText(meta.numbering)}`);
  // The procedure's and the templates' fields, as written: a new level asks another council's consent.
  for (const name of UNMODELLED_FIELDS) {
    const value = policy.frontmatter?.data[name];
    if (value !== undefined && value !== null && value !== '') lines.push(`${name}: ${valueText(value)}`);
  }
  for (const [name, value] of Object.entries(meta.extra)) lines.push(`${name}: ${valueText(value)}`);
  return lines;
}

function clauseLines(clauses: readonly Clause[], into: string[]): void {
  for (const clause of clauses) {
    const text = oneLine(clause.text);
    into.push(clause.number ? `${clause.id}\t${clause.number}  ${text}` : `${clause.id}\t${text}`);
    clauseLines(clause.children, into);
  }
}

function sectionLines(sections: readonly Section[], into: string[]): void {
  for (const section of sections) {
    into.push(`${'#'.repeat(Math.max(2, section.depth))} ${section.id} ${oneLine(section.title)}`.trimEnd());
    clauseLines(section.clauses, into);
    sectionLines(section.sections, into);
  }
}

export function renderTextconv(policy: Policy): string {
  const lines = frontmatterLines(policy);
  if (lines.length > 0) lines.push('');
  clauseLines(policy.preamble.clauses, lines);
  sectionLines(policy.sections, lines);
  const notes = Object.entries(policy.footnotes);
  if (notes.length > 0) {
    lines.push('');
    for (const [label, note] of notes) lines.push(`[^${label}]\t${oneLine(toString(note))}`);
  }
  return `${lines.join('\n')}\n`;
}
