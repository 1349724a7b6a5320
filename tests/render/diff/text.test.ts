import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/diff/text.js';
import { DEFAULT_META, policyFrom, policyOf, type SectionSpec } from '../../diff/fixtures.js';
import { copy, reportOf, SECTIONS, standardReport } from './helpers.js';

const ANSI = /\u001b\[/;

describe('renderText', () => {
  it('puts the summary first, leading with the substantive count, then each change with place, kinds and redline', () => {
    const text = renderText(standardReport());
    const lines = text.split('\n');
    expect(lines[0]).toBe('Testbeleid · Testschool');
    expect(lines[1]).toBe('Versie 1.0 vergeleken met versie 1.0');
    const summaryAt = lines.indexOf('4 wijzigingen: 3 inhoudelijk, 1 redactioneel');
    expect(summaryAt).toBeGreaterThan(0);
    expect(lines[summaryAt + 1]).toBe('  toegevoegd 1 · verwijderd 1 · gewijzigd 2');
    expect(text.indexOf('4 wijzigingen')).toBeLessThan(text.indexOf('mw.foto'));

    const block = text.slice(text.indexOf('2.1 (mw.foto)'));
    expect(block.split('\n').slice(0, 4)).toEqual([
      '2.1 (mw.foto)  [gewijzigd · inhoudelijk]',
      '  Voor medewerkers',
      "    Medewerkers [-mogen-]{+moeten+} foto's van leerlingen [-plaatsen na toestemming-]{+verwijderen binnen 14 dagen+}.",
      '  Waarom inhoudelijk:',
    ]);
    expect(block).toContain('    - verplichting mogen → moeten\n');
    expect(text).toContain(
      '1.2 (up.klimaat)  [gewijzigd · redactioneel]\n  Uitgangspunten\n    Dit protocol draagt bij aan een veilig school-{+ +}en onderwijsklimaat.\n\n',
    );
    expect(text).toContain(
      '2.3 (mw.oud)  [verwijderd · inhoudelijk]\n  Voor medewerkers\n    [-Medewerkers reageren inhoudelijk op stukken van anderen.-]\n',
    );
    expect(text).toContain(
      '2.3 (mw.whatsapp)  [toegevoegd · inhoudelijk]\n  Voor medewerkers\n    {+WhatsApp-groepen met leerlingen hebben ten minste twee beheerders.+}\n',
    );
    expect(text).not.toMatch(ANSI);
  });

  it('editorial changes carry no reasons block', () => {
    const text = renderText(standardReport());
    const klimaat = text.slice(text.indexOf('1.2 (up.klimaat)'), text.indexOf('2.1 (mw.foto)'));
    expect(klimaat).not.toContain('Waarom');
  });

  it('on a terminal: red strike-through deletions, green underlined insertions, no bracket markers', () => {
    const text = renderText(standardReport(), { colour: true });
    expect(text).toContain('\u001b[31;9mmogen\u001b[0m\u001b[32;4mmoeten\u001b[0m');
    expect(text).not.toContain('[-mogen-]');
    expect(text).not.toContain('{+moeten+}');
    // A space alone would vanish under strike-through or underline: it gets a background.
    expect(text).toContain('school-\u001b[42m \u001b[0men');
  });

  it('lists renumbered clauses in one compact line and leaves them out of the headline counts', () => {
    const many: SectionSpec[] = [
      {
        title: 'Regels',
        id: 'regels',
        clauses: Array.from({ length: 8 }, (_, i) => ({
          id: `r${i}`,
          text: `Regel nummer ${i} gaat over onderwerp ${'abcdefgh'[i]} en niets anders.`,
        })),
      },
    ];
    const inserted = copy(many);
    inserted[0]?.clauses.unshift({ id: 'r.nieuw', text: 'Een geheel nieuwe regel over telefoons in de klas.' });
    const text = renderText(reportOf(policyFrom(many), policyFrom(inserted)));
    expect(text).toContain('1 wijziging: 1 inhoudelijk, 0 redactioneel');
    expect(text).toContain('  toegevoegd 1\n');
    expect(text).not.toContain('hernummerd 8');
    expect(text).toContain(
      '\n8 artikelen hernummerd: 1.1 → 1.2, 1.2 → 1.3, 1.3 → 1.4, 1.4 → 1.5, 1.5 → 1.6, 1.6 → 1.7, …\n',
    );
    expect(text).not.toMatch(/^1\.2 {2}r0/m);
    expect(text.match(/\[hernummerd/g)).toBeNull();
  });

  it('calls the members of typed articles provisions, and counts them and the articles they stand in', () => {
    const article = (n: number, words: string): SectionSpec => ({
      title: `Artikel ${n}`,
      clauses: [`${words} geldt voor iedereen.`, `${words} wordt elk jaar herzien.`],
    });
    const before = [article(1, 'De regel over pesten'), article(2, 'De regel over telefoons')];
    const after = [
      article(1, 'Een nieuwe regel over kleding'),
      article(2, 'De regel over pesten'),
      article(3, 'De regel over telefoons'),
    ];
    const text = renderText(reportOf(policyOf({ sections: before }), policyOf({ sections: after })));
    expect(text).toContain('    - bepaling toegevoegd\n');
    expect(text).not.toContain('artikel toegevoegd');
    expect(text).toContain('\n4 bepalingen hernummerd, in 2 artikelen: 1.1 → 2.1, 1.2 → 2.2, 2.1 → 3.1, 2.2 → 3.2\n');
  });

  it('names a citation that follows the renumbering beside the text, as editorial', () => {
    const article = (n: number, text: string): SectionSpec => ({ title: `Artikel ${n}`, clauses: [text] });
    const cites = (n: number) => `De vergadering besluit over het verslag bedoeld in artikel ${n}.`;
    const before = [article(1, cites(2)), article(2, 'De kascommissie onderzoekt de rekening.')];
    const after = [article(1, cites(3)), article(2, 'Aspirant-leden hebben geen stemrecht.'), before[1]!];
    after[2] = { ...before[1]!, title: 'Artikel 3' };
    const text = renderText(reportOf(policyOf({ sections: before }), policyOf({ sections: after })));
    expect(text).toContain('[gewijzigd · redactioneel]');
    expect(text).toContain('  (verwijzing bijgewerkt: artikel 2 is nu artikel 3)\n');
  });

  it('follows the language of the new version', () => {
    const english = { ...DEFAULT_META, lang: 'en' };
    const report = reportOf(
      policyFrom(SECTIONS),
      policyFrom(
        SECTIONS.map((s) => ({ ...s, clauses: s.clauses.slice(1) })),
        english,
      ),
    );
    const text = renderText(report);
    expect(text).toContain('Version 1.0 compared with version 1.0');
    expect(text).toMatch(/\d+ changes: \d+ substantive, \d+ editorial/);
    expect(text).toContain('[removed · substantive]');
    expect(text).toContain('    - clause removed\n');
    expect(text).toContain('Language: nl → en');
  });

  it('--ignore-editorial: editorial changes gone, summary recounted, and says how many were left out', () => {
    const text = renderText(standardReport(DEFAULT_META, { ignoreEditorial: true }));
    expect(text).toContain('3 wijzigingen: 3 inhoudelijk, 0 redactioneel');
    expect(text).toContain('(1 redactionele wijziging niet getoond)');
    expect(text).not.toContain('up.klimaat');
  });

  it("frontmatter changes in the reader's words", () => {
    const newer = {
      ...DEFAULT_META,
      version: '2.0',
      status: 'proposed',
      approvals: [{ date: '2024-07-01', name: 'GMR', role: 'Medezeggenschap', step: 'instemming' }],
    };
    const text = renderText(reportOf(policyFrom(SECTIONS), policyFrom(SECTIONS, newer)));
    expect(text).toContain(
      'Documentgegevens\n  Versie: 1.0 → 2.0\n  Status: Concept → Voorstel\n  Instemming toegevoegd: 1 juli 2024, GMR, Medezeggenschap\n',
    );
    expect(text).toContain('Geen wijzigingen');
  });

  it('a move shows old → new number and section; a split shows its parts and marks the new paragraph break', () => {
    const moved = copy();
    const [clause] = moved[0]?.clauses.splice(0, 1) ?? [];
    if (clause) moved[1]?.clauses.push(clause);
    const moveText = renderText(reportOf(policyFrom(SECTIONS), policyFrom(moved)));
    expect(moveText).toContain(
      '1.1 → 2.4 (up.belang)  [verplaatst · redactioneel]\n  Uitgangspunten → Voor medewerkers\n    De school onderkent',
    );

    const whole: SectionSpec[] = [
      {
        title: 'Regels',
        id: 'regels',
        clauses: [
          {
            id: 'r.sancties',
            text: 'Wie dit protocol overtreedt, pleegt plichtsverzuim. De school kan dan passende maatregelen nemen.',
          },
        ],
      },
    ];
    const split: SectionSpec[] = [
      {
        title: 'Regels',
        id: 'regels',
        clauses: [
          { id: 'r.sancties', text: 'Wie dit protocol overtreedt, pleegt plichtsverzuim.' },
          { id: 'r.maatregelen', text: 'De school kan dan passende maatregelen nemen.' },
        ],
      },
    ];
    const splitText = renderText(reportOf(policyFrom(whole), policyFrom(split)));
    expect(splitText).toContain('1.1 → 1.1 + 1.2 (r.sancties → r.sancties + r.maatregelen)  [gesplitst');
    expect(splitText).toContain('plichtsverzuim.[- -]{+¶+}\n\n    De school kan dan');
    const mergeText = renderText(reportOf(policyFrom(split), policyFrom(whole)));
    expect(mergeText).toContain('1.1 + 1.2 → 1.1 (r.sancties + r.maatregelen → r.sancties)  [samengevoegd');
    expect(mergeText).toContain('plichtsverzuim.[-¶-]{+ +}De school kan dan');
  });

  it('a rewrite shows old and new text whole', () => {
    const rewritten = copy();
    if (rewritten[1])
      rewritten[1].clauses[1] = {
        id: 'mw.twijfel',
        text: 'Voor publicaties over de school is vooraf schriftelijk akkoord van de directie vereist.',
      };
    const text = renderText(reportOf(policyFrom(SECTIONS), policyFrom(rewritten)));
    expect(text).toContain('[gewijzigd · herschreven · inhoudelijk]');
    expect(text).toContain(
      '  Oude tekst:\n    [-Bij twijfel neemt de medewerker contact op met de leidinggevende.-]\n  Nieuwe tekst:\n    {+Voor publicaties',
    );
  });

  it('does not show synthetic ids of plain Markdown as if the author wrote them', () => {
    const plain = (third: string) =>
      policyOf({
        sections: [{ title: 'Regels', clauses: ['Eerste regel over de klas.', 'Tweede regel over het plein.', third] }],
      });
    const text = renderText(reportOf(plain('Derde regel over de gang.'), plain('Derde regel over de aula.')));
    expect(text).toContain('1.3  [gewijzigd · inhoudelijk]');
    expect(text).not.toMatch(/s1\.\w+/);
  });
});
