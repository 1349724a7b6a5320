// The board pack's change cards hang each clause's citation in a margin as wide as the citations need, up to a quarter
// of the text width (src/render/boardpack/cards.ts gutterWidth). One long citation ("Artikel 1.1, lid 12, onder b,
// onder iii") wraps between its parts within its own card, inside that margin: the other cards' text starts where
// it would without it. Measured on the PDF as drawn (pdfjs's operator list: tests/render/boardpack/readback.ts).
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../../src/diff/index.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { buildBoardPack } from '../../../src/report/documents/boardpack.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { drawing, type SetText } from '../../render/boardpack/readback.js';

const META = (version: string) =>
  `---\nid: regeling\ntitle: Regeling\norganisation: Voorbeeldschool\nversion: "${version}"\nlang: nl\n---\n\n`;

/** Items 1 to 12 under section 1.1; item 12 has points a and b, point b three of its own. */
function source(version: string, changed: { first?: boolean; deep?: boolean }): string {
  const items = Array.from({ length: 11 }, (_, index) => {
    const word = index === 0 && changed.first ? 'altijd' : 'tijdig';
    return `${index + 1}. {#r.i${index + 1}} De school meldt ${word} punt ${index + 1} aan de ouders.`;
  });
  const deep = changed.deep ? 'binnen een week' : 'binnen twee weken';
  return `${META(version)}# Regeling\n\n## Melden {#m}\n\n### Termijnen {#r}\n\n${items.join('\n')}\n12. {#r.i12} Voor een klacht geldt:\n\n    1. {#r.a} de klager meldt haar;\n    2. {#r.b} de directie:\n\n       1. {#r.b1} hoort de klager;\n       2. {#r.b2} hoort de leerkracht;\n       3. {#r.b3} beslist ${deep}.\n`;
}

async function pack(changed: { first?: boolean; deep?: boolean }): Promise<SetText[]> {
  const before = parsePolicy(source('1.0', {}), { path: 'policies/school/regeling.md' }).policy;
  const after = parsePolicy(source('2.0', changed), { path: 'policies/school/regeling.md' }).policy;
  const bytes = await buildBoardPack(diffPolicies(before, after), before, after, { root: PROJECT_ROOT });
  return (await drawing(bytes)).texts;
}

/** Where the card headings ("Melden › Termijnen") start on the page. */
const headingStarts = (texts: readonly SetText[]): number[] =>
  texts.filter((text) => text.text.startsWith('Melden')).map((text) => Math.round(text.x));

describe('the board pack margin for citations', () => {
  it('a long citation wraps in its own card; the other cards start where they would without it', async () => {
    const short = await pack({ first: true });
    const both = await pack({ first: true, deep: true });
    const [without] = headingStarts(short);
    expect(without).toBeDefined();
    // Every card's heading, the long one's too, starts at the same x as the short card's alone.
    expect(headingStarts(both).length).toBeGreaterThanOrEqual(2);
    for (const x of headingStarts(both)) expect(x).toBe(without);
    // The long citation is there whole, on lines of its own left of the cards' text.
    // On the cards' page (page 1's table cites it too, in a column of its own).
    const page = both.find((text) => text.text.startsWith('Melden'))?.page;
    const cited = both.filter((text) => text.page === page && text.x < (without ?? 0) && text.colour !== '#000000');
    const words = cited.map((text) => text.text).join(' ');
    for (const part of ['Artikel 1.1,', 'lid 12,', 'onder b,', 'onder iii']) expect(words).toContain(part);
    const long = cited.filter((text) => /onder|lid 12/.test(text.text));
    expect(new Set(long.map((text) => text.baseline)).size).toBeGreaterThan(1);
    for (const text of long) expect(text.x + text.width).toBeLessThan(without ?? 0);
  });
});
