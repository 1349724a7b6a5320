// What a school's own fill-in looks like (templates/import/word-placeholders.yaml, `fill-ins`), in the text of any
// format (src/import/fill-ins.ts): a bracketed text to fill in is one, a lapsed article, a reference, an omission in a
// quote or a typed box is none; and in the title and organisation a document's own metadata states, where it states
// them (a front matter in any style clausemark reads).
import { describe, expect, it } from 'vitest';
import { isFillIn } from '../../src/fmt/fill-ins.js';
import { fillInsOf, statedFillIns } from '../../src/import/fill-ins.js';
import { readMarkdown } from '../../src/import/readers/markdown.js';

describe('fill-ins', () => {
  it.each([
    'naam directeur',
    'datum',
    'Naam school',
    'schoolnaam',
    'Ingangsdatum',
    'e-mailadres contactpersoon',
    'in te vullen',
    'dd-mm-jjjj',
    'XXXX',
    'xx:xx',
    'Kies: MR of GMR',
  ])('"[%s]" is one', (inside) => {
    expect(isFillIn(inside)).toBe(true);
  });

  it.each([
    'vervallen',
    'Vervallen per 1 augustus 2024',
    'Gereserveerd',
    '1',
    'a',
    '…',
    '...',
    'sic',
    'x',
    ' ',
    'zie bijlage 2',
    'MR',
    'naam van de school die de leerling na de zomer bezoekt',
  ])('"[%s]" is none', (inside) => {
    expect(isFillIn(inside)).toBe(false);
  });

  it('are found in a text with their brackets, in order', () => {
    expect(fillInsOf('De directeur, [naam directeur], tekent op [datum]; artikel 4 [vervallen], zie [1].')).toEqual([
      '[naam directeur]',
      '[datum]',
    ]);
  });
});

describe('fill-ins outside brackets', () => {
  it.each([
    ['Beste ouders van «Voornaam_leerling», hierbij', ['«Voornaam_leerling»']],
    ['Datum: «Datum» in groep «Groep»', ['«Datum»']],
    ['Geachte <<Naam>>, de school <<naam directeur>> meldt', ['<<Naam>>', '<<naam directeur>>']],
    ['Dit protocol is vastgesteld op .......... door de MR.', ['..........']],
    ['vastgesteld op . . . . . door de MR', ['. . . . .']],
    ['vastgesteld op …… door de MR', ['……']],
    ['De contactpersoon is ________.', ['________']],
    ['De school xxx hanteert een bedrag van € XXXX per jaar.', ['xxx', 'XXXX']],
    ['De school XXX hanteert', ['XXX']],
    ['Ingangsdatum dd-mm-jjjj, om uu:mm uur, of DD-MM-YYYY', ['dd-mm-jjjj', 'uu:mm', 'DD-MM-YYYY']],
    ['De directeur, [naam directeur], tekent op [xx-xx-xxxx].', ['[naam directeur]', '[xx-xx-xxxx]']],
  ])('"%s" has %j', (text, fillIns) => {
    expect(fillInsOf(text)).toEqual(fillIns);
  });

  it.each([
    // a quotation between guillemets, and a field whose name is no fill-in word
    'Wij willen een «veilige school» zijn, «veilig» voor iedereen.',
    // a form's fields, filled in by whoever uses the form, not by the school
    'Naam: .......... Datum: ________ Zo ja, welke? ........................',
    'Handtekening:\n__________________',
    // a table of contents' dotted leaders, typed or as pdftotext writes them
    'Inleiding ........................ 3',
    'Inleiding.....................................................3',
    'Uitgangspunten .....\t3',
    // an ellipsis in a sentence
    'Pesten, plagen, buitensluiten … het komt voor. En dan... wat doet de school?',
    'en zo verder..... en zo voort',
    // a roman numeral, an address, a file's name, a size
    'Artikel XXX van de wet, Hoofdstuk XXX, XX en XXL',
    'Zie www.xxx.nl of info@xxx.nl en bestand_xxx.pdf',
    // a line of underscores alone: a rule, no blank
    '________________________________',
  ])('"%s" has none', (text) => {
    expect(fillInsOf(text)).toEqual([]);
  });
});

describe("fill-ins in a front matter's title and organisation", () => {
  const BODY = '\n## Doel\n\nDeze regeling beschrijft hoe een klacht wordt behandeld door de school.\n';
  const places = (source: string) =>
    statedFillIns(readMarkdown(source, 'beleid.md')).map(({ params, source: place }) => ({
      text: params.text,
      field: params.field,
      line: place.line,
      column: place.column,
    }));

  it.each([
    ['YAML', '---\ntitle: Klachtenregeling [naam school]\n---\n', 2, 8],
    ["comply's name for the title", '---\nname: "Klachtenregeling [naam school]"\n---\n', 2, 7],
    ['TOML', '+++\nname = "Klachtenregeling [naam school]"\n+++\n', 2, 8],
    ['header lines', 'Title: Klachtenregeling [naam school]\nAuthor: B. de Vries\n', 1, 8],
  ])("finds the title's in %s, at its value", (_style, frontmatter, line, column) => {
    expect(places(`${frontmatter}${BODY}`)).toEqual([{ text: '[naam school]', field: 'title', line, column }]);
  });

  it("finds the organisation's, and none in a title filled in or one the first heading gives", () => {
    const frontmatter = '---\ntitle: Klachtenregeling De Linde\norganisation: Stichting <<naam stichting>>\n---\n';
    expect(places(`${frontmatter}${BODY}`)).toEqual([
      { text: '<<naam stichting>>', field: 'organisation', line: 3, column: 15 },
    ]);
    // The first heading is text: its fill-in is reported as the heading's (fillInDecisions), not twice.
    expect(places(`# Klachtenregeling [naam school]\n${BODY}`)).toEqual([]);
  });

  it.each([
    ['YAML', '---\ntitle: Klachtenregeling De Linde\nversion: "[versienummer]"\n---\n', 3, 10, '[versienummer]'],
    ['YAML, a bare XXX', '---\ntitle: Klachtenregeling De Linde\nversion: XXX\n---\n', 3, 10, 'XXX'],
    ['TOML', '+++\ntitle = "Klachtenregeling De Linde"\nversion = "[versienummer]"\n+++\n', 3, 11, '[versienummer]'],
  ])(
    "finds the version's in %s, at its value, and none in a version filled in",
    (_style, frontmatter, line, column, text) => {
      expect(places(`${frontmatter}${BODY}`)).toEqual([{ text, field: 'version', line, column }]);
      expect(places(`---\ntitle: Klachtenregeling De Linde\nversion: "2.1"\n---\n${BODY}`)).toEqual([]);
    },
  );
});
