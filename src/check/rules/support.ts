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

const KIND_WORDS: Readonly<Record<IdSite['kind'], MessageRef>> = {
  section: Object.freeze({ messageId: 'kind.section' }),
  clause: Object.freeze({ messageId: 'kind.clause' }),
};

/** "section" or "clause", as a phrase of the messages file (one object each: a civil code has 7,700 findings). */
export function kindWord(kind: IdSite['kind']): MessageRef {
  return KIND_WORDS[kind === 'section' ? 'section' : 'clause'];
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

/** Each policy's sites, listed once for the four rules that read them (a civil code has 7,700). */
const sitesByPolicy = new WeakMap<Policy, readonly IdSite[]>();

/**
 * Every heading section and clause in document order (the preamble pseudo-section itself is not included). A
 * policy is not changed once parsed, so its sites are listed once.
 */
export function idSites(policy: Policy): readonly IdSite[] {
  let sites = sitesByPolicy.get(policy);
  if (!sites) {
    sites = listSites(policy);
    sitesByPolicy.set(policy, sites);
  }
  return sites;
}

function listSites(policy: Policy): IdSite[] {
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

/**
 * Where each line of a policy's source starts, found once: split per finding, a civil code's 1.3 MB was cut again
 * each time, and cut into its 34,000 lines even once it cost more than finding where they start.
 */
const lineStartsByPolicy = new WeakMap<Policy, readonly number[]>();

function lineStarts(policy: Policy): readonly number[] {
  let starts = lineStartsByPolicy.get(policy);
  if (!starts) {
    const { source } = policy;
    const found = [0];
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) found.push(at + 1);
    starts = found;
    lineStartsByPolicy.set(policy, starts);
  }
  return starts;
}

/** Where 1-based `line` of the policy's source starts and ends (before its line ending); undefined past its end. */
export function lineBounds(policy: Policy, line: number): { start: number; end: number } | undefined {
  const starts = lineStarts(policy);
  const start = starts[line - 1];
  if (start === undefined || line < 1) return undefined;
  const next = starts[line];
  return { start, end: next === undefined ? policy.source.length : next - 1 };
}

/** The text of a line of the policy's source (1-based; '' past its end). */
export function sourceLine(policy: Policy, line: number): string {
  const bounds = lineBounds(policy, line);
  return bounds ? policy.source.slice(bounds.start, bounds.end) : '';
}

/** Per number of words: the first that many words with what stands between them, and the start of one more. */
const firstWordsPatterns = new Map<number, RegExp>();

function firstWordsPattern(words: number): RegExp {
  let pattern = firstWordsPatterns.get(words);
  if (!pattern) {
    pattern = new RegExp(`^\\s*(\\S+(?:\\s+\\S+){0,${words - 1}})(\\s+\\S)?`);
    firstWordsPatterns.set(words, pattern);
  }
  return pattern;
}

/** A short quote of a clause or heading so the author can find it: `"Casparus College onderkent de…"`. */
export function excerpt(text: string, words = 5): string {
  // Only the first words are read (and whether there is one more), in one match: a civil code's clauses were split
  // whole, then matched word by word, once per missing-id warning.
  if (words < 1) return /\S/.test(text) ? '"…"' : '""';
  const first = firstWordsPattern(words).exec(text);
  if (!first) return '""';
  return `"${(first[1] as string).replace(SPACES, ' ')}${first[2] !== undefined ? '…' : ''}"`;
}

const SPACES = /\s+/g;

/** Folds an author's attempt at an ID into one matching ID_PATTERN, keeping its dots: "Up.Belang 2" → "up.belang-2". */
export function suggestId(raw: string): string {
  return foldDiacritics(raw)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '');
}
