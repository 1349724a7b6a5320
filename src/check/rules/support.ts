// Helpers the check rules share: where frontmatter values stand, IDs in document order, and "did you mean".
import { foldDiacritics } from '../../text/normalise.js';
import type { MessageRef } from '../../model/diagnostics.js';
import type { Clause, Policy, Section, Span } from '../../model/policy.js';
import { WrittenNumber } from '../../parse/frontmatter.js';

/** Where to report something about the frontmatter as a whole: its `---` block, else the top of the file. */
export function frontmatterPlace(policy: Policy): Span {
  const start = policy.frontmatter?.span.start ?? { line: 1, column: 1, offset: 0 };
  return { start, end: start };
}

/** The value of a top-level field; for an empty value (`status:`) the key, which is what the author sees. */
export function valuePlace(policy: Policy, field: string): Span {
  const site = policy.frontmatter?.fields[field];
  if (!site) return frontmatterPlace(policy);
  const value = policy.frontmatter?.data[field];
  return value === null || value === undefined ? site.key : site.value;
}

export function keyPlace(policy: Policy, field: string): Span {
  return policy.frontmatter?.fields[field]?.key ?? frontmatterPlace(policy);
}

/** A nested value such as "approvals[1].date", falling back to the nearest enclosing value that has a place. */
export function itemPlace(policy: Policy, path: string): Span {
  const items = policy.frontmatter?.items ?? {};
  let at = path;
  for (;;) {
    const span = items[at];
    if (span) return span;
    const parent = at.replace(/(\[\d+\]|\.[^.[\]]*)$/, '');
    if (parent === at) return valuePlace(policy, at);
    at = parent;
  }
}

export function has(data: Record<string, unknown>, field: string): boolean {
  return Object.hasOwn(data, field);
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof WrittenNumber);
}

/** How a YAML value reads to an author, as a phrase of the messages file: `a list`, `the number 1.10`, `true`. */
export function describe(value: unknown): MessageRef {
  if (value === null || value === undefined) return { messageId: 'value.empty' };
  if (value instanceof WrittenNumber) return { messageId: 'value.number', params: { number: value.source } };
  if (typeof value === 'number') return { messageId: 'value.number', params: { number: String(value) } };
  if (typeof value === 'boolean') return { messageId: 'value.yes-no', params: { value: String(value) } };
  if (Array.isArray(value)) return { messageId: 'value.list' };
  if (typeof value === 'object') return { messageId: 'value.mapping' };
  return { messageId: 'value.text', params: { text: String(value) } };
}

/** "section" or "clause", as a phrase of the messages file. */
export function kindWord(kind: IdSite['kind']): MessageRef {
  return { messageId: kind === 'section' ? 'kind.section' : 'kind.clause' };
}

/** A YAML double-quoted string, so any value survives being pasted into a fix hint. */
export function quoted(text: string): string {
  return JSON.stringify(text);
}

/** Text as a YAML value: plain when YAML would read it back as the same string, else double-quoted. */
export function yamlText(text: string): string {
  const plain =
    /^[\p{L}][\p{L}\p{N} .,'()/&-]*$/u.test(text) &&
    !/^(true|false|yes|no|on|off|null)$/i.test(text) &&
    !text.endsWith(' ');
  return plain ? text : quoted(text);
}

export interface IdSite {
  kind: 'section' | 'clause';
  id: string;
  synthetic: boolean;
  /** The `{#id}` marker when there is one, else the clause or heading. */
  place: Span;
  section?: Section;
  clause?: Clause;
}

const NOWHERE: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** Every heading section and clause in document order (the preamble pseudo-section itself is not included). */
export function idSites(policy: Policy): IdSite[] {
  const out: IdSite[] = [];
  const clauses = (list: Clause[]): void => {
    for (const clause of list) {
      out.push({
        kind: 'clause',
        id: clause.id,
        synthetic: clause.synthetic,
        place: clause.idPosition ?? clause.position,
        clause,
      });
      clauses(clause.children);
    }
  };
  const sections = (list: Section[]): void => {
    for (const section of list) {
      const place = section.idPosition ?? section.position ?? NOWHERE;
      out.push({ kind: 'section', id: section.id, synthetic: section.synthetic, place, section });
      clauses(section.clauses);
      sections(section.sections);
    }
  };
  clauses(policy.preamble.clauses);
  sections(policy.sections);
  return out;
}

/** A short quote of a clause or heading so the author can find it: `"Casparus College onderkent de…"`. */
export function excerpt(text: string, words = 5): string {
  // Only the first words are read (and whether there is one more): a civil code's clauses were split whole, once
  // per missing-id warning.
  const first: string[] = [];
  const word = /\S+/g;
  for (let match = word.exec(text); match && first.length <= words; match = word.exec(text)) first.push(match[0]);
  if (first.length === 0) return '""';
  return `"${first.slice(0, words).join(' ')}${first.length > words ? '…' : ''}"`;
}

/** Folds an author's attempt at an ID into one matching ID_PATTERN, keeping its dots: "Up.Belang 2" → "up.belang-2". */
export function suggestId(raw: string): string {
  return foldDiacritics(raw)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '');
}
