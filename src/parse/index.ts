// Markdown + frontmatter → Policy. parsePolicy never throws on a string: what it cannot understand becomes a
// finding (fatal when the file as a whole makes no sense), and the model falls back to what could be read.
import type { Root, Yaml } from 'mdast';
import type { Finding } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import { readSource, type SourceText } from '../io/read.js';
import { worded } from '../io/messages.js';
import { blankForeignMetadata, findForeignMetadata } from './fence.js';
import { readForeignFrontmatter } from './foreign-frontmatter.js';
import { readFrontmatter, unrecognisedFrontmatter } from './frontmatter.js';
import { checkSourceLimits } from './limits.js';
import { buildMeta } from './meta.js';
import { applyOwnNumbering } from './own-numbering.js';
import { expandOutlineCode } from './outline-code.js';
import { readHtmlHeadings } from './html-headings.js';
import { readTypedMembers } from './typed-members.js';
import { buildStructure } from './structure.js';
import { numberTypedHeadings } from './typed-headings.js';
import { assignSyntheticIds } from './synthetic.js';
import { parseMarkdownFast } from './fast/index.js';
import { processor } from './remark.js';
import { readAsBefore, readWithRemark } from './reference-reading.js';
import { resolveEmphasisAsReference } from './reference-emphasis.js';
import { type EarlierReading, earlierReadings } from './legacy-readings.js';
import { acceptEarlierReadings } from '../model/fingerprint.js';
import { parseInChunks } from './chunks.js';
// micromark's edits applied without copying the events before them (a remark parse linear, not quadratic).
import './edit-map.js';

export interface ParseResult {
  policy: Policy;
  /** What the parser itself noticed (YAML errors, nesting); `check` adds its rules on top. */
  findings: Finding[];
  /** How the file was stored, so a rewrite can keep it (BOM, CRLF). */
  encoding: Pick<SourceText, 'bom' | 'eol'>;
}

/** remark with frontmatter and GFM (exported for tests/parse/autolink-literals.test.ts and the chunk tests). */
export { processor };

/**
 * Which Markdown reader builds the tree: `auto` the fast one at every size, fmt and import too, which hands remark
 * what it cannot reproduce; `remark` for comparisons. The fast path once began at 256 KiB: it is
 * quicker at every size measured (a 7 KB policy's first parse ~86 to ~27 ms of CPU, warm ~17 to ~2 ms), markdown-it
 * is in the light bundle either way, and a text it declines costs only what markdown-it read before giving up
 * (~10-20% on top of remark's parse).
 */
export type MarkdownEngine = 'auto' | 'remark' | EarlierReading;

/** Only to verify approvals recorded on a reading no longer given (legacy-readings.ts). */
export type { EarlierReading };

export function parseMarkdown(source: string, engine: MarkdownEngine = 'auto'): Root {
  if (engine === 'remark-before') return parseInChunks(source, readAsBefore);
  if (engine === 'auto-before') return parseMarkdownFast(source, readAsBefore) ?? parseInChunks(source, readAsBefore);
  let tree = engine === 'remark' ? undefined : parseMarkdownFast(source);
  // A large document in pieces where nothing reaches across, so memory stays within a piece's (chunks.ts).
  tree ??= parseInChunks(source, readWithRemark);
  // Blocks remark read (all, or those the fast path handed it) with the emphasis the spec gives them.
  resolveEmphasisAsReference(tree, source);
  return tree;
}

function emptyPolicy(path: string, source: string, tree: Root): Policy {
  return {
    path,
    meta: buildMeta({}, path, undefined),
    preamble: {
      id: 'preamble',
      synthetic: true,
      title: '',
      heading: [],
      depth: 0,
      number: '',
      clauses: [],
      sections: [],
    },
    sections: [],
    footnotes: {},
    source,
    tree,
  };
}

/** The source without a byte order mark, its line endings \n. */
export function withoutBomAndCr(source: string): string {
  const unmarked = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // Most sources have no carriage return: looking for one is far quicker than the replacement finding none.
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

/** The document's text after its YAML frontmatter, which a policy without a written `lang` detects its language from. */
export function textAfterFrontmatter(text: string, tree: Root): () => string {
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  return () => text.slice(yamlNode?.position?.end.offset ?? 0);
}

export function parsePolicy(
  source: string,
  options: { path?: string; encoding?: ParseResult['encoding']; markdown?: MarkdownEngine } = {},
): ParseResult {
  const path = options.path ?? 'policy.md';
  const encoding = options.encoding ?? { bom: false, eol: '\n' };
  const text = withoutBomAndCr(source);
  let tree: Root = { type: 'root', children: [] };
  // Text past the parser's comfortable limits is refused before it can take minutes to parse.
  const limit = checkSourceLimits(text);
  if (limit) return { policy: emptyPolicy(path, text, tree), findings: [limit], encoding };
  try {
    // Another tool's metadata (TOML, header lines, a licence comment) is blanked out before Markdown reads the
    // text, so it never becomes a clause and positions in the body stay those of the file.
    const foreign = findForeignMetadata(text);
    const markdown = blankForeignMetadata(text, foreign);
    tree = parseMarkdown(markdown, options.markdown);
    readTypedMembers(tree, markdown, (piece) => parseMarkdown(piece, options.markdown));
    expandOutlineCode(tree, markdown);
    readHtmlHeadings(tree);
    const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
    const { frontmatter, findings } = foreign ? readForeignFrontmatter(foreign, text) : readFrontmatter(yamlNode);
    const unrecognised = unrecognisedFrontmatter(text, yamlNode !== undefined || foreign !== undefined);
    if (unrecognised) findings.push(unrecognised);
    const structure = buildStructure(tree);
    findings.push(...structure.findings);
    assignSyntheticIds(structure.preamble, structure.sections);
    const policy: Policy = {
      path,
      meta: buildMeta(frontmatter?.data ?? {}, path, structure.title?.text, textAfterFrontmatter(text, tree)),
      preamble: structure.preamble,
      sections: structure.sections,
      footnotes: structure.footnotes,
      source: text,
      tree,
    };
    if (frontmatter) policy.frontmatter = frontmatter;
    if (!policy.meta.numbering?.sections) numberTypedHeadings(policy.sections);
    if (policy.meta.numbering) applyOwnNumbering([policy.preamble, ...policy.sections], policy.meta.numbering);
    return { policy, findings, encoding };
  } catch (error) {
    // Only pathological input gets here (e.g. nesting deep enough to exhaust the stack in the Markdown parser).
    const said =
      error instanceof RangeError
        ? { messageId: 'unreadable-markdown.nested-too-deeply' }
        : { messageId: 'unreadable-markdown.could-not-read', params: { reason: String(error) } };
    return {
      policy: emptyPolicy(path, text, tree),
      findings: [
        {
          ruleId: 'unreadable-markdown',
          severity: 'error',
          fatal: true,
          ...worded({ ...said, fixId: 'unreadable-markdown.simplify' }),
        },
      ],
      encoding,
    };
  }
}

// An approval recorded before the readings were held to the reference is also verified on the text as read then.
acceptEarlierReadings(earlierReadings(parsePolicy));

/** Reads and parses a policy file. Throws ClausemarkError when the file cannot be read at all. */
export function loadPolicy(path: string, options: { markdown?: MarkdownEngine } = {}): ParseResult {
  const { text, bom, eol } = readSource(path);
  return parsePolicy(text, {
    path,
    encoding: { bom, eol },
    ...(options.markdown ? { markdown: options.markdown } : {}),
  });
}
