// Each transcribed seed must keep the original's words in order: at least 99% of the seed's words, counted by a
// longest common subsequence against everything the parsed policy says (frontmatter, headings, clauses, footnotes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffArrays } from 'diff';
import { loadPolicy } from '../../src/parse/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { blocksText } from '../../src/parse/text.js';
import type { Policy } from '../../src/model/policy.js';
import type { BlockContent } from 'mdast';
import { HAVE_SEEDS, SEEDS_DIR, SEED_ORGS, policyPath } from '../support/paths.js';

/**
 * Lines of the PDF extraction that are page furniture, not policy text: tables of contents (a heading and lines
 * ending in a page number), and Aeres's back-cover address. The transcriptions drop these on purpose.
 */
const FURNITURE: RegExp[] = [/^\s*(Inhoud|Inhoudsopgave)\s*$/, /\t\d+\s*$/, /\.{4,}/];
const SEED_FURNITURE: Record<string, RegExp[]> = {
  'aeres-mbo': [/^Postbus 245/, /^Bovenbuurtweg 27/, /^088 020 7020$/, /^aeresmbo\.nl$/],
  // Cover labels whose values became frontmatter (sources, editor, approvals).
  allure: [/^Bronnen:$/, /^Bewerkt door:$/, /^Datum:\tNaam:\tFunctie:$/],
  // Cover block: version and date are frontmatter; the rest is kept as a YAML comment in the transcription.
  'flex-college': [
    /^Onderdeel van het schoolveiligheidsbeleid$/,
    /^Versie: 1\.0$/,
    /^d\.d: 21 september 2021$/,
    /^Samenwerkingsverband$/,
    /^VO Delfland 28\.09$/,
  ],
};
/** List and heading numbers typed in the original ("1.", "a.", "IV.", "1.2.") are computed by clausemark instead. */
const LEADING_NUMBER = /^\s*((\d+(\.\d+)*\.?|[a-zA-Z][.)]|[ivxIVX]+[.)]|[-•*])(\s+|$))+/;
/** Footnote markers (superscript digits) become Markdown footnote references, which have no text of their own. */
const SUPERSCRIPTS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/g;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function seedWords(org: string): string[] {
  const patterns = [...FURNITURE, ...(SEED_FURNITURE[org] ?? [])];
  return readFileSync(join(SEEDS_DIR, `${org}.txt`), 'utf8')
    .split('\n')
    .filter((line) => !patterns.some((pattern) => pattern.test(line)))
    .flatMap((line) => words(line.replace(LEADING_NUMBER, '').replace(SUPERSCRIPTS, ' ')));
}

/** Dates as a Dutch reader writes them in a table (2019-06-06 → 6-6-2019), the form the seeds use. */
function dutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${Number(match[3])}-${Number(match[2])}-${match[1]}` : iso;
}

function policyWords(policy: Policy): string[] {
  const { meta } = policy;
  const front = [
    meta.title,
    meta.organisation,
    meta.version,
    meta.editor ?? '',
    ...meta.sources,
    ...meta.approvals.flatMap((a) => [dutchDate(a.date), a.name, a.role, a.step ?? '']),
  ];
  const body: string[] = [];
  const sectionsByLine = allSections(policy).filter((s) => s.title !== '');
  // Interleave section titles and clauses in source order.
  const items = [
    ...sectionsByLine.map((s) => ({ line: s.position?.start.line ?? 0, text: s.title })),
    ...allClauses(policy).map(({ clause }) => ({ line: clause.position.start.line, text: clause.text })),
    ...Object.values(policy.footnotes).map((f) => ({
      line: f.position?.start.line ?? 0,
      text: blocksText(f.children as BlockContent[]),
    })),
  ].sort((a, b) => a.line - b.line);
  for (const item of items) body.push(item.text);
  return words([...front, ...body].join(' '));
}

describe.skipIf(!HAVE_SEEDS)(
  'seed transcriptions keep the original text (skipped when ../shared/seeds is absent)',
  () => {
    for (const org of SEED_ORGS) {
      it(`${org}: at least 99% of the seed's words appear in order`, () => {
        const seed = seedWords(org);
        const ours = policyWords(loadPolicy(policyPath(org)).policy);
        const common = diffArrays(seed, ours)
          .filter((part) => !part.added && !part.removed)
          .reduce((n, part) => n + part.count, 0);
        const coverage = common / seed.length;
        expect(seed.length).toBeGreaterThan(500);
        expect(coverage, `${org}: ${common}/${seed.length} words`).toBeGreaterThanOrEqual(0.99);
      });
    }
  },
);

if (!HAVE_SEEDS) console.warn('skipping seed transcription tests: ../shared/seeds is not present');
