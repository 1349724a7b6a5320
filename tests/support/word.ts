// The Word round trip's tests (tests/import/word-*.test.ts): a policy built to .docx in-process, its parts edited
// the way Word edits them (fflate, as the product's reader and writer use), and what a policy officer compares
// afterwards (the clauses and their IDs, clausemark's own diff).
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { diffPolicies } from '../../src/diff/index.js';
import type { PolicyDiff } from '../../src/diff/types.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { renderPolicyFiles } from '../../src/build/policy.js';
import { PROJECT_ROOT } from './paths.js';

/** A policy file built to .docx, as `build --format docx` writes it. */
export async function builtDocx(source: string, outDir: string): Promise<Uint8Array> {
  const { files } = await renderPolicyFiles(source, {
    root: PROJECT_ROOT,
    outDir,
    showIds: false,
    pdfa: false,
    formats: ['docx'],
  });
  const docx = files.find((file) => file.output.endsWith('.docx'));
  if (!docx) throw new Error(`no .docx built from ${source}`);
  return docx.bytes;
}

/**
 * The package with each named XML part changed by `edit`; parts `edit` returns undefined for are left out. The other
 * entries (the embedded fonts, 1.2 MB) go in stored, not deflated again: import never inflates them
 * (src/import/readers/docx-parts.ts), and deflating them was most of each edit's CPU (78 → 7 ms a document).
 */
export function editParts(
  bytes: Uint8Array,
  edit: (name: string, text: string) => string | undefined,
  add: Record<string, string> = {},
): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) {
      out[name] = [data, { level: 0 }];
      continue;
    }
    const changed = edit(name, new TextDecoder().decode(data));
    if (changed !== undefined) out[name] = new TextEncoder().encode(changed);
  }
  for (const [name, text] of Object.entries(add)) out[name] = new TextEncoder().encode(text);
  return zipSync(out);
}

/** One XML part of a package, as text. */
export function zipText(bytes: Uint8Array, name: string): string {
  const files = unzipSync(bytes, { filter: (entry) => entry.name === name });
  const data = files[name];
  if (!data) throw new Error(`the package has no ${name}`);
  return new TextDecoder().decode(data);
}

/** The document without the source it carries (a tool that drops custom XML parts, such as some web editors). */
export function withoutCarriedSource(bytes: Uint8Array): Uint8Array {
  return editParts(bytes, (name, text) => {
    if (name.startsWith('customXml/')) return undefined;
    if (name === 'word/_rels/document.xml.rels') return text.replace(/<Relationship [^>]*customXml[^>]*\/>/g, '');
    return text;
  });
}

/** Word's body XML with `from` replaced by `to` once (in a run's text: one word changed in Word). */
export function replacedInBody(bytes: Uint8Array, from: string, to: string): Uint8Array {
  return editParts(bytes, (name, text) => {
    if (name !== 'word/document.xml') return text;
    if (!text.includes(from)) throw new Error(`the document does not hold "${from}"`);
    return text.replace(from, to);
  });
}

/** The w:p element of the body whose text holds `text`, as written. */
export function paragraphHolding(xml: string, text: string): string {
  for (const match of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g))
    if (match[0].replace(/<[^>]+>/g, '').includes(text)) return match[0];
  throw new Error(`no paragraph holds "${text}"`);
}

/**
 * The document with a paragraph typed in Word after the body paragraph holding `after`: a copy of that paragraph,
 * without its bookmarks (the clause IDs), holding `text` in one run.
 */
export function withTypedParagraph(bytes: Uint8Array, after: string, text: string): Uint8Array {
  return editParts(bytes, (name, xml) => {
    if (name !== 'word/document.xml') return xml;
    const anchor = paragraphHolding(xml, after);
    const typed = anchor
      .replace(/<w:bookmark(Start|End)[^>]*\/>/g, '')
      .replace(/<w:r>[\s\S]*<\/w:r>/, `<w:r><w:t>${text}</w:t></w:r>`);
    return xml.replace(anchor, anchor + typed);
  });
}

/** The document with a comment by `author` (dated 12 January 2026) on the body paragraph holding `at`, as Word adds one. */
export function withComment(bytes: Uint8Array, at: string, author: string, text: string): Uint8Array {
  return editParts(
    bytes,
    (name, xml) => {
      if (name === 'word/document.xml') {
        const paragraph = paragraphHolding(xml, at);
        const marked = paragraph.replace(
          '</w:p>',
          '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
        );
        return xml.replace(paragraph, marked);
      }
      if (name === 'word/_rels/document.xml.rels')
        return xml.replace(
          '</Relationships>',
          '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
        );
      return xml;
    },
    {
      'word/comments.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="${author}" w:date="2026-01-12T10:00:00Z"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:comment></w:comments>`,
    },
  );
}

/** The document with `from` (inside one run of the body) proposed as `to` by `author`, as Word tracks a change. */
export function withTrackedChange(bytes: Uint8Array, from: string, to: string, author: string): Uint8Array {
  const stamp = `w:author="${author}" w:date="2026-01-12T10:00:00Z"`;
  return editParts(bytes, (name, xml) => {
    if (name !== 'word/document.xml') return xml;
    if (!xml.includes(from)) throw new Error(`the document does not hold "${from}"`);
    const tracked = `</w:t></w:r><w:del w:id="901" ${stamp}><w:r><w:delText>${from}</w:delText></w:r></w:del><w:ins w:id="902" ${stamp}><w:r><w:t>${to}</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">`;
    return xml.replace(from, tracked);
  });
}

/** IDs of a policy's sections and clauses, in order. */
export function idsOf(text: string): string[] {
  const policy = parsePolicy(text, { path: 'policy.md' }).policy;
  return [
    ...allSections(policy)
      .filter((section) => section.depth > 0)
      .map((section) => section.id),
    ...allClauses(policy).map(({ clause }) => clause.id),
  ];
}

/** clausemark's diff of two texts of a policy. */
export function diffTexts(before: string, after: string): PolicyDiff {
  return diffPolicies(
    parsePolicy(before, { path: 'before.md' }).policy,
    parsePolicy(after, { path: 'after.md' }).policy,
  );
}

/** The changes a diff counts (renumbering alone is not a change: the diff's own summary leaves it out). */
export const counted = (diff: PolicyDiff): PolicyDiff['changes'] =>
  diff.changes.filter((change) => change.kinds.some((kind) => kind !== 'renumbered'));

/** The text of a file. */
export const text = (path: string): string => readFileSync(path, 'utf8');
