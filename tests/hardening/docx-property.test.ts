// build --format docx on generated policies (Dutch text, diacritics and ĳ, nested lists, tables, code, quotes,
// footnotes): every clause ID is a bookmark, in document order (once, never empty); the package is read by pandoc (when installed)
// with every section heading at its level. A handful of runs by default; FUZZ_RUNS raises it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPolicyFiles } from '../../src/build/policy.js';
import type { Section } from '../../src/model/policy.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { numberFootnotes } from '../../src/render/shared/inline.js';
import { policySource } from '../fmt/arbitraries.js';
import { HAVE_PANDOC, readWithPandoc, zipParts } from '../support/docx.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { propertyParameters, timeoutFor } from './runs.js';

const DEFAULT_RUNS = 8;

/** Headings that are, or end in, a footnote mark (`# [^1]`), always tried besides the generated policies. */
const FOOTNOTE_HEADINGS = [
  '# [^1]\n\nEen regel.\n\n# Tweede [^b]\n\nNog een regel.\n\n[^1]: Een noot.\n\n[^b]: Een tweede noot.\n',
  '# Regels\n\n## Toezicht[^x]\n\nDe leerkracht ziet toe.\n\n[^x]: Ook in de pauze.\n',
];
const work = mkdtempSync(join(tmpdir(), 'clausemark-docx-property-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildable(source: string): boolean {
  const { policy, findings } = parsePolicy(source);
  return !findings.some((finding) => finding.fatal) && allClauses(policy).length > 0;
}

/**
 * A heading's text as the PDF and Word set it: an image as its description in brackets (docs/format.md), and a
 * footnote it cites as the footnote's number, the superscript mark a reader sees (`## [^1]` reads "1 ¹" in Word,
 * which pandoc gives as "1 1"; issue 39 item 7: the expectation left the mark out, and failed on such a heading).
 */
function shownTitle(section: Section, footnotes: ReadonlyMap<string, number>): string {
  const shown = (nodes: readonly PhrasingContent[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'image' || node.type === 'imageReference') return node.alt ? `[${node.alt}]` : '';
        if (node.type === 'footnoteReference') return String(footnotes.get(node.identifier.toLowerCase()) ?? '');
        if ('children' in node) return shown(node.children as PhrasingContent[]);
        return 'value' in node ? node.value : '';
      })
      .join('');
  const marked = (nodes: readonly PhrasingContent[]): boolean =>
    nodes.some(
      (node) =>
        node.type === 'image' ||
        node.type === 'imageReference' ||
        node.type === 'footnoteReference' ||
        ('children' in node && marked(node.children as PhrasingContent[])),
    );
  return marked(section.heading) ? shown(section.heading) : section.title;
}

const unescape = (name: string): string =>
  name
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('build --format docx on generated policies', () => {
  it(
    'bookmarks every clause in order, and pandoc reads every section heading at its level',
    async () => {
      let built = 0;
      await fc.assert(
        fc.asyncProperty(policySource.filter(buildable), async (source) => {
          const file = join(work, `policy-${built}.md`);
          writeFileSync(file, source);
          const { policy, files } = await renderPolicyFiles(file, {
            root: PROJECT_ROOT,
            outDir: join(work, 'out'),
            showIds: false,
            pdfa: false,
            formats: ['docx'],
          });
          built++;
          const bytes = files[0]!.bytes;
          const document = zipParts(bytes).get('word/document.xml')!;
          // A clause ID that is also a section's (a duplicate check reports) is the section's bookmark: left out here.
          const sectionIds = new Set(allSections(policy).map((section) => section.id));
          const clauseIds = allClauses(policy)
            .map(({ clause }) => clause.id)
            .filter((id) => id !== '' && !sectionIds.has(id));
          const ids = new Set(clauseIds);
          const bookmarks = [...document.matchAll(/<w:bookmarkStart w:name="([^"]*)"/g)]
            .map((match) => unescape(match[1]!))
            .filter((name) => ids.has(name));
          // One bookmark per ID (a duplicate, which check reports, is bookmarked where it first occurs; no empty names).
          expect(bookmarks).toEqual([...ids]);
          if (!HAVE_PANDOC) return;
          const path = join(work, `policy-${built}.docx`);
          writeFileSync(path, bytes);
          const read = readWithPandoc(path);
          const expected: [number, string][] = [];
          const footnotes = numberFootnotes(policy);
          const visit = (sections: readonly Section[], level: number): void => {
            for (const section of sections) {
              expected.push([
                Math.min(level, 6),
                `${section.number} ${shownTitle(section, footnotes)}`.replace(/\s+/g, ' ').trim(),
              ]);
              visit(section.sections, level + 1);
            }
          };
          visit(policy.sections, 1);
          expect(read.headings.slice(0, expected.length).map((heading) => [heading.level, heading.text])).toEqual(
            expected,
          );
        }),
        {
          ...propertyParameters<[string]>(DEFAULT_RUNS),
          examples: FOOTNOTE_HEADINGS.map((source): [string] => [source]),
        },
      );
      expect(built).toBeGreaterThan(0);
    },
    timeoutFor(DEFAULT_RUNS, 10_000),
  );
});
