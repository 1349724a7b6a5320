import { describe, expect, it } from 'vitest';
import { wordMessage } from '../../../src/wording/messages.js';
import { loadBrand } from '../../../src/brand/load.js';
import { missingGlyphFindings } from '../../../src/check/rules/font-missing-glyphs.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('font-missing-glyphs', () => {
  it('reports each text with characters the brand cannot draw at the first of them, naming them and the font', () => {
    const result = checkFixture('font-missing-glyphs.md');
    const findings = only(result, 'font-missing-glyphs');
    expect(sites(findings)).toEqual(['13:65 error font-missing-glyphs', '17:23 error font-missing-glyphs']);
    expect(findings[0]?.message).toMatch(
      /^clause contact\.taal has characters the fonts of brand "default" cannot draw: "م" \(U\+0645\), "ر" \(U\+0631\), "ح" \(U\+062D\), "ب" \(U\+0628\), "ا" \(U\+0627\) \(not in its regular font .*SourceSans3_400Regular\.ttf\)$/,
    );
    expect(findings[1]?.message).toMatch(
      /^footnote \[\^1\] has characters the fonts of brand "default" cannot draw: "😉" \(U\+1F609\) /,
    );
    expect(findings[0]?.fix).toMatch(
      /^replace or remove them, or give brand "default" fonts that have them \(fonts: in .*templates\/brands\/default\.yaml\)/,
    );
  });

  it('accepts characters drawn as stand-ins: ligature and full-width forms, a minus, a decomposed accent', () => {
    expect(
      only(
        checkText(
          withFields('status: draft').replace('sociale media omgaan.', 'de ﬁnale, −5, cafe\u0301, ＡＢＣ, Tĳdelĳk.'),
        ),
        'font-missing-glyphs',
      ),
    ).toEqual([]);
  });

  it('shows invisible characters by code point alone, and points into frontmatter fields', () => {
    const findings = only(
      checkText(withFields('status: draft').replace('title: Protocol sociale media', 'title: "Protocol 👨\u200D👩"')),
      'font-missing-glyphs',
    );
    expect(sites(findings)).toEqual(['3:18 error font-missing-glyphs']);
    expect(findings[0]?.message).toContain('"👨" (U+1F468), U+200D, "👩" (U+1F469)');
  });

  it('finds a character in a heading or an approval among many texts the fonts draw, at its place', () => {
    // Hundreds of clauses the fonts draw, one heading and one approval's name with a character they cannot: the
    // texts are asked about together first (font-missing-glyphs.ts), and each of these must still be found.
    const clauses = Array.from({ length: 300 }, (_, index) => `Regel ${index}: cafe\u0301, ﬁnale, −5.\n`).join('\n');
    const source = withFields('status: draft', 'approvals:', '  - name: "Ayşe ש"', '    role: mr').replace(
      '{#intro.doel}',
      `## Slot ש {#slot}\n\n${clauses}\n{#intro.doel}`,
    );
    const findings = only(checkText(source), 'font-missing-glyphs');
    expect(findings.map((finding) => finding.message.replace(/ \(not in .*$/, ''))).toEqual([
      'approvals[0].name has characters the fonts of brand "casparus-college" cannot draw: "ש" (U+05E9)',
      'the heading of section slot has characters the fonts of brand "casparus-college" cannot draw: "ש" (U+05E9)',
    ]);
    expect(sites(findings)).toEqual(['8:17 error font-missing-glyphs', '12:9 error font-missing-glyphs']);
  });

  it('judges by the brand the policy is drawn in', () => {
    const source = withFields('status: draft').replace('omgaan.', 'omgaan: שלום.');
    const { policy } = parsePolicy(source, { path: 'p.md' });
    for (const name of ['default', 'flex-college']) {
      const found = missingGlyphFindings(policy, loadBrand(name, { root: PROJECT_ROOT }));
      expect(found.map(wordMessage)).toEqual([
        expect.stringMatching(new RegExp(`^clause intro\\.doel .* brand "${name}" cannot draw: "ש" \\(U\\+05E9\\)`)),
      ]);
    }
    expect(only(checkText(source), 'font-missing-glyphs')).toHaveLength(1);
  });
  it('passes check boxes and check marks everywhere the PDF prints them: the symbol font draws them', () => {
    const boxes = '☐ ☑ ☒ ✓ ✔ ✗ ✘';
    const source = withFields('status: draft')
      .replace('title: Protocol sociale media', `title: "Protocol ${boxes}"`)
      .replace(
        '{#intro.doel} Dit protocol beschrijft hoe wij met sociale media omgaan.',
        `## Stappen ${boxes} {#stappen}\n\n{#stappen.gezet} ☒ Gezet.[^1]\n\n| Stap | Gezet |\n| --- | --- |\n| Melding | ☐ |\n\n[^1]: Noot ${boxes}.`,
      );
    expect(only(checkText(source), 'font-missing-glyphs')).toEqual([]);
  });

  it('reports a character in a table cell at the cell, apart from the same character in the text above it', () => {
    const source = withFields('status: draft').replace(
      '{#intro.doel} Dit protocol beschrijft hoe wij met sociale media omgaan.',
      '{#intro.doel} Vink aan: ☒ ja ☓ nee.\n\n| Stap | Gezet |\n| --- | --- |\n| Melding | ☒ |\n| Overleg | ☓ |',
    );
    const findings = only(checkText(source), 'font-missing-glyphs');
    expect(sites(findings)).toEqual(['9:30 error font-missing-glyphs', '14:13 error font-missing-glyphs']);
    expect(findings.map((finding) => finding.message.replace(/ \(not in .*$/, ''))).toEqual([
      'clause intro.doel has characters the fonts of brand "casparus-college" cannot draw: "☓" (U+2613)',
      'row 3, column 2 of a table in clause intro.doel has characters the fonts of brand "casparus-college" cannot draw: "☓" (U+2613)',
    ]);
  });
});
