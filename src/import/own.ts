// A Word document clausemark built, brought back as Markdown (docs/word-rondgang.md). Its text is written as a
// policy under the IDs its bookmarks give (a paragraph typed in Word gets a fresh ID, as fmt names a clause) with the
// frontmatter its properties carry: what the document says now ("theirs"). Where the Markdown it was built from is
// known (carried in the document, or the target file's own text or history with the hash it records), only what
// changed in Word is written into that Markdown and everything else stays byte for byte (into.ts).
import type { Block, OwnDocument, ReadDocument } from './blocks.js';
import { slugFromText, CLAUSE_LIMITS, SECTION_LIMITS } from '../fmt/suggest.js';
import { IdAllocator } from '../parse/ids.js';
import { parsePolicy, type ParseResult } from '../parse/index.js';
import { allClauses, allSections } from '../model/walk.js';
import type { Policy } from '../model/policy.js';
import { writePolicy } from './write.js';

/** The IDs a document's new clauses and sections carry until they are named: never an ID a person writes. */
const PLACEHOLDER = 'cm-word-new-';

export interface TheirText {
  /** The policy as the document says it, with fresh IDs for what is new in it. */
  output: string;
  policy: Policy;
  parsed: ParseResult;
  /** Clause key ("¶N", or the ID) → the clause's ID in `output`. */
  ids: Map<string, string>;
  /** The IDs given to paragraphs and headings new in Word. */
  fresh: string[];
}

/** The frontmatter's title, for the document title heading (the Word document shows it on its cover only). */
function titleOf(frontmatter: string | undefined): string | undefined {
  if (frontmatter === undefined) return undefined;
  const meta = parsePolicy(`${frontmatter.replace(/\n*$/, '')}\n`, { path: 'frontmatter.md' }).policy.meta;
  return meta.inferred.includes('title') ? undefined : meta.title;
}

/**
 * The body blocks with an ID on everything that starts a clause or section: its own, or a placeholder named once
 * the policy is written. A table right after text belongs to that clause, as in Markdown.
 */
function placeholders(blocks: readonly Block[]): { blocks: Block[]; keys: Map<string, string> } {
  let next = 0;
  const keys = new Map<string, string>();
  let afterHeading = true;
  const out = blocks.map((block): Block => {
    if (block.kind === 'dropped' || block.kind === 'footnote') return block;
    const starts =
      block.kind === 'heading'
        ? block.level > 1
        : block.kind === 'table'
          ? afterHeading
          : !(block.kind === 'paragraph' && block.continues);
    afterHeading = block.kind === 'heading';
    if (!starts) return block;
    const id = block.id ?? `${PLACEHOLDER}${++next}`;
    if (block.key !== undefined && !keys.has(block.key)) keys.set(block.key, id);
    return block.id ? block : { ...block, id };
  });
  return { blocks: out, keys };
}

/** Fresh IDs for the placeholders, as fmt names clauses and sections (src/fmt/assign.ts), none taken elsewhere. */
function freshIds(policy: Policy, taken: ReadonlySet<string>): Map<string, string> {
  const explicit = [
    ...allSections(policy).map((section) => section.id),
    ...allClauses(policy).map(({ clause }) => clause.id),
    ...taken,
  ].filter((id) => !id.startsWith(PLACEHOLDER));
  const ids = new IdAllocator(explicit);
  const named = new Map<string, string>();
  for (const section of allSections(policy))
    if (section.id.startsWith(PLACEHOLDER))
      named.set(section.id, ids.allocate(slugFromText(section.title, SECTION_LIMITS) || 'section'));
  for (const { clause, section } of allClauses(policy)) {
    if (!clause.id.startsWith(PLACEHOLDER)) continue;
    const prefix = section === policy.preamble ? 'intro' : (named.get(section.id) ?? section.id);
    const words = slugFromText(clause.text, CLAUSE_LIMITS) || 'clause';
    named.set(clause.id, ids.allocate(`${prefix}.${words}`.replace(/www\./g, 'www-')));
  }
  return named;
}

/**
 * Writes what the document says as a policy at `path`. `taken`: IDs a fresh one must not be (the source's, where a
 * clause new in Word is going).
 */
export function theirText(read: ReadDocument, own: OwnDocument, path: string, taken: ReadonlySet<string>): TheirText {
  const title = titleOf(own.frontmatter);
  const body = read.blocks.some((block) => block.kind === 'heading' && block.level === 1)
    ? read.blocks
    : [
        ...(title ? [{ kind: 'heading', level: 1, inlines: [{ text: title }], source: { line: 0 } } as Block] : []),
        ...read.blocks,
      ];
  const { blocks, keys } = placeholders(body);
  const { output: written, parsed: writtenParsed } = writePolicy(
    blocks,
    {
      id: '',
      org: '',
      lang: '',
      unstated: [],
      approvals: [],
      ...(own.frontmatter !== undefined ? { frontmatterText: own.frontmatter } : {}),
    },
    path,
  );
  // writePolicy read what it wrote at `path` as parsePolicy reads it ('auto'): the same text is not read again.
  const named = freshIds(writtenParsed.policy, taken);
  const output = written.replace(new RegExp(`\\{#(${PLACEHOLDER}\\d+)`, 'g'), (whole, id: string) =>
    named.has(id) ? `{#${named.get(id)}` : whole,
  );
  const parsed = output === written ? writtenParsed : parsePolicy(output, { path });
  const ids = new Map([...keys].map(([key, id]) => [key, named.get(id) ?? id]));
  return { output, policy: parsed.policy, parsed, ids, fresh: [...named.values()] };
}

/** Text of the document that is structure in the policy (heading numbers, footnote numbers), in source order. */
export function structureText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'dropped') return [block.text];
    const notes =
      'inlines' in block ? block.inlines.flatMap((inline) => (inline.footnote ? [inline.footnote] : [])) : [];
    const marker = block.kind === 'heading' && block.marker ? [block.marker] : [];
    const label = block.kind === 'footnote' ? [block.label] : [];
    return [...marker, ...label, ...notes];
  });
}
