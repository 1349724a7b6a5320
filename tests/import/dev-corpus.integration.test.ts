// Acceptance for foreign front matter and Markdown/HTML import (issues 14 and 16) on real documents written without
// clausemark (../shared/dev-corpus): every .md, .html and .txt file imports (but those REFUSED lists, each refused for its reason); no front-matter key or value becomes a
// clause; hard-wrapped lines are joined; `check` on the result has no errors; body word recall 1.0, no source word lost (issue 25's acceptance). And `diff`
// of the asf-privacy copies (CMS `Title:` headers, Jekyll YAML, Pelican, a licence comment) shows no metadata.
// Prints the per-family figures (`npx vitest run tests/import/dev-corpus.integration.test.ts`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import { words } from '../../src/import/account.js';
import { importDocument } from '../../src/import/index.js';
import { allClauses } from '../../src/model/walk.js';
import { findForeignMetadata, findFrontmatter } from '../../src/parse/fence.js';
import { loadPolicy, parsePolicy } from '../../src/parse/index.js';
import { inlineText } from '../../src/parse/text.js';
import { eventLoopTurn } from '../support/event-loop-turn.js';
import { sharedData } from '../support/paths.js';

const corpus = sharedData('dev-corpus');

/**
 * Documents import refuses, each for a stated reason, written down by hand: a Statamic page whose whole text is a
 * ProseMirror tree inside its front matter leaves no body text, and import says so (not "needs OCR").
 */
const REFUSED = new Map<string, RegExp>([
  ['nl-kinds/privacy/stichting-laravel.md', /^all \d+ words of the document were left out \(.+\)/],
]);

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesOf(join(dir, entry.name))
      : /\.(md|html|txt)$/.test(entry.name) && dir !== corpus.dir
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The lines of the metadata block at the top of a source (YAML, TOML, header lines), as `key: value` texts. */
function metadataLines(source: string): string[] {
  const text = source.replace(/\r\n?/g, '\n');
  const yaml = findFrontmatter(text);
  const foreign = findForeignMetadata(text);
  const block = yaml ? yaml.yaml : foreign && foreign.format !== 'comment' ? foreign.content : '';
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[\w-]+\s*[:=]\s*\S/.test(line));
}

/** Multi-line paragraphs of a Markdown source (hard-wrapped text), as word lists. */
function wrappedParagraphs(tree: Root): string[][] {
  const out: string[][] = [];
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'paragraph') {
      const lines = (node.position?.end.line ?? 0) - (node.position?.start.line ?? 0);
      // A law export's `###Titel` line typed right after the text ("Besluit:" then "###Hoofdstuk 1") is a title: the
      // text before it is the paragraph, the title line and what follows it are not its words.
      const text = inlineText(node).split(/\s(?=#{2,6}[\p{Lu}\d§])/u)[0] ?? '';
      const paragraphWords = words(text);
      if (lines > 0 && !node.children.some((child) => child.type === 'html') && paragraphWords.length > 0)
        out.push(paragraphWords);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(tree);
  return out;
}

const contains = (haystack: readonly string[], needle: readonly string[]): boolean => {
  for (let start = 0; start + needle.length <= haystack.length; start++)
    if (needle.every((word, index) => haystack[start + index] === word)) return true;
  return false;
};

interface Figures {
  files: number;
  words: number;
  missing: number;
  metadataClauses: number;
  wrapped: number;
  unjoined: number;
  checkErrors: number;
}

describe.skipIf(!corpus.present)('import of ../shared/dev-corpus (skipped when ../shared/dev-corpus is absent)', () => {
  it('imports every .md, .html and .txt file: no metadata as clauses, wrapped lines joined, check clean, recall 1.0', async () => {
    const families = new Map<string, Figures>();
    const problems: string[] = [];
    const refused: string[] = [];
    for (const file of filesOf(corpus.dir).sort()) {
      const name = relative(corpus.dir, file);
      const family = name.split('/')[0] ?? name;
      const figures = families.get(family) ?? {
        files: 0,
        words: 0,
        missing: 0,
        metadataClauses: 0,
        wrapped: 0,
        unjoined: 0,
        checkErrors: 0,
      };
      families.set(family, figures);
      // A minute of CPU in one test: let vitest's worker read its replies between documents (event-loop-turn.ts).
      await eventLoopTurn();
      const source = readFileSync(file, 'utf8');
      const refusal = REFUSED.get(name);
      if (refusal) {
        await expect(importDocument(file, { org: 'corpus', dryRun: true }), name).rejects.toThrow(refusal);
        refused.push(name);
        continue;
      }
      const result = await importDocument(file, { org: 'corpus', dryRun: true });
      const clauses = allClauses(parsePolicy(result.output).policy).map(({ clause }) => clause.text);
      const clauseWords = clauses.map((text) => words(text));
      figures.files++;
      figures.words += result.accounting.total;
      figures.missing += result.accounting.missing.length;
      for (const line of metadataLines(source)) {
        if (clauses.some((text) => text.includes(line))) {
          figures.metadataClauses++;
          problems.push(`${name}: front matter "${line}" is in a clause`);
        }
      }
      if (file.endsWith('.md')) {
        for (const paragraph of wrappedParagraphs(parsePolicy(source, { markdown: 'remark' }).policy.tree)) {
          figures.wrapped++;
          if (!clauseWords.some((text) => contains(text, paragraph))) {
            figures.unjoined++;
            problems.push(`${name}: the wrapped paragraph "${paragraph.slice(0, 8).join(' ')} …" is not one clause`);
          }
        }
      }
      const errors = result.findings.filter((finding) => finding.severity === 'error');
      figures.checkErrors += errors.length;
      for (const error of errors) problems.push(`${name}: ${error.ruleId} ${error.message}`);
      if (result.accounting.missing.length > 0)
        problems.push(
          `${name}: word recall ${result.accounting.recall.toFixed(4)}, lost: ${result.accounting.missing.slice(0, 10).join(' ')}`,
        );
    }
    const rows = [...families].map(
      ([family, f]) =>
        `${family.padEnd(22)} files ${String(f.files).padStart(3)}  recall ${(1 - f.missing / Math.max(1, f.words)).toFixed(4)} (${f.missing}/${f.words} words missing)  metadata clauses ${f.metadataClauses}  wrapped paragraphs joined ${f.wrapped - f.unjoined}/${f.wrapped}  check errors ${f.checkErrors}`,
    );
    console.log(`dev-corpus import, per family:\n${rows.join('\n')}`);
    expect(problems).toEqual([]);
    expect(refused).toEqual([...REFUSED.keys()]);
    expect([...families.values()].reduce((sum, f) => sum + f.files, 0)).toBeGreaterThan(100);
  }, 1_800_000);

  it('diff of the asf-privacy copies in different wrappers reports no metadata as clauses', () => {
    const folder = join(corpus.dir, 'asf-privacy');
    const files = readdirSync(folder)
      .filter((name) => /\.(md|mdtext)$/.test(name))
      .sort();
    const metadata = /layout|permalink|Title:|Licensed under|License|^Privacy( Policy)?$/;
    let pairs = 0;
    let changes = 0;
    for (const a of files) {
      for (const b of files) {
        if (a === b) continue;
        const diff = diffPolicies(loadPolicy(join(folder, a)).policy, loadPolicy(join(folder, b)).policy);
        pairs++;
        changes += diff.changes.length;
        for (const change of diff.changes)
          for (const side of [change.old, change.new])
            if (side) expect(side.text, `${a} → ${b}: ${change.kinds.join(', ')}`).not.toMatch(metadata);
      }
    }
    for (const name of files) {
      const first = [...allClauses(loadPolicy(join(folder, name)).policy)][0]?.clause.text ?? '';
      expect(first, name).toMatch(/^Information about your use of this website/);
    }
    console.log(
      `asf-privacy diff: ${pairs} ordered pairs of ${files.length} files, ${changes} clause changes, none of them metadata`,
    );
  });
});
