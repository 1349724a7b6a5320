// What the front matter takes from a school's Word document (made in the test with the `docx` package, imported and
// read back): its adoption only from what says this text was adopted, its date of taking effect only from what says
// this text takes effect, its version also where a date follows it. An audit found sentences about another text read
// as this one's adoption ("… vervangt de klachtenregeling zoals vastgesteld door het bestuur op 1 januari 2015"), a
// law's date as the policy's (`effective: 2013-07-01`), a version history and a plan of steps to come read as
// adoption history, and "Versie 0.3, 14 februari 2024" not read as the version.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-meta-statements-'));

/** A line of the document: a heading (`# …`), a table (its rows), or a paragraph. */
type Line = string | string[][];

const table = (rows: string[][]): Table =>
  new Table({
    rows: rows.map(
      (cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
    ),
  });

/** A .docx titled `title` (Title style) with `lines` under it, imported; its front matter and report. */
async function imported(name: string, title: string, lines: Line[]) {
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    ...lines.map((line) =>
      Array.isArray(line)
        ? table(line)
        : line.startsWith('# ')
          ? new Paragraph({ text: line.slice(2), heading: HeadingLevel.HEADING_1 })
          : new Paragraph(line),
    ),
  ];
  const file = join(folder, name);
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const result = await importDocument(file, { org: 'school', dryRun: true });
  return {
    result,
    meta: parsePolicy(result.output).policy.meta,
    history: result.meta.history ?? [],
    stated: result.findings.filter((finding) => finding.ruleId === 'import-history'),
  };
}

describe('the adoption a document states: only of this text, only a step taken', () => {
  it('reads no adoption from a replaced regulation, another document, or a step asked', async () => {
    const { history, stated, meta, result } = await imported('klachtenregeling.docx', 'Klachtenregeling', [
      '# Artikel 1 Verhouding tot andere regelingen',
      'Deze regeling vervangt de klachtenregeling zoals vastgesteld door het bestuur op 1 januari 2015.',
      'Voor klachten over pesten geldt ook het pestprotocol, goedgekeurd door de directeur op 3 april 2023.',
      '# Artikel 2 Slotbepaling',
      'Deze regeling is ter instemming van de GMR voorgelegd op 4 juni 2024 en wordt daarna vastgesteld door het bestuur.',
    ]);
    expect(history).toEqual([]);
    expect(stated).toEqual([]);
    expect(result.output).not.toContain('# history');
    // The replaced regulation's adoption is not when this one takes effect.
    expect(meta.effective).toBeUndefined();
    // The sentences stay text of the policy.
    expect(result.output).toContain('goedgekeurd door de directeur op 3 april 2023.');
  });

  it('reads the adoption this text states, in a sentence about it or a closing line, as history; not as its effective date', async () => {
    const { history, stated, meta } = await imported('regeling.docx', 'Klachtenregeling', [
      '# Artikel 1 Slotbepaling',
      'Deze regeling is vastgesteld door het bestuur op 12 maart 2024 en vervangt de klachtenregeling zoals vastgesteld door het bestuur op 1 januari 2015.',
      'Vastgesteld door het College van Bestuur op 26 maart 2024.',
    ]);
    expect(history).toEqual([
      'Deze regeling is vastgesteld door het bestuur op 12 maart 2024 en vervangt de klachtenregeling zoals vastgesteld door het bestuur op 1 januari 2015.',
      'Vastgesteld door het College van Bestuur op 26 maart 2024.',
    ]);
    expect(stated).toHaveLength(2);
    // Adopted is not in force: docs/import.md, effective only from what says when the text takes effect.
    expect(meta.effective).toBeUndefined();
    expect(meta.approvals ?? []).toEqual([]);
  });
});

describe('a line of its own that states the adoption by a meeting, without "door"', () => {
  const MEETING = 'Vastgesteld in de vergadering van het college van bestuur van 12 maart 2024';
  /** The report's words of a finding about a line seen and not read, or undefined. */
  const unread = (stated: Awaited<ReturnType<typeof imported>>['stated']) =>
    stated.flatMap((finding) => {
      const decision = finding.params?.decision as { messageId?: string; params?: { text?: string } } | undefined;
      const seen = decision?.messageId === 'import-history.unread' || decision?.messageId === 'import-history.council';
      return seen ? [decision?.params?.text] : [];
    });

  it('is read as the "door" form is, where it names an adopting body of the procedure and a whole date', async () => {
    const { history, stated, meta, result } = await imported('vergadering.docx', 'Klachtenregeling', [
      '# Artikel 1 Slotbepaling',
      MEETING,
      'Deze regeling heet de klachtenregeling van de school.',
    ]);
    expect(history).toEqual([MEETING]);
    expect(stated.map((finding) => finding.messageId)).toEqual(['import-history.stated']);
    // History, never an approval; not closing the document, the line stays text of the policy; no word is lost.
    expect(meta.approvals ?? []).toEqual([]);
    expect(meta.status).toBe('draft');
    expect(result.output).toContain(`} ${MEETING}\n`);
    expect(result.accounting.missing).toEqual([]);
  });

  it('records nothing where the body is a council or unknown or the date is not whole, and says it saw the line', async () => {
    const lines = [
      'Vastgesteld in de vergadering van de MR van 12 maart 2024.',
      'Vastgesteld in de vergadering van de werkgroep veiligheid van 12 maart 2024.',
      'Vastgesteld in de vergadering van het bestuur in maart 2024.',
    ];
    const { history, stated, meta, result } = await imported('niet-gelezen.docx', 'Klachtenregeling', [
      '# Artikel 1 Slotbepaling',
      'Deze regeling heet de klachtenregeling van de school.',
      ...lines,
    ]);
    expect(history).toEqual([]);
    expect(meta.approvals ?? []).toEqual([]);
    expect(result.output).not.toContain('# history');
    expect(unread(stated)).toEqual(lines);
    // The MR's line names the MR: a council does not adopt; the others are only not read.
    const said = stated.map((finding) => (finding.params?.decision as { messageId?: string } | undefined)?.messageId);
    expect(said.filter((id) => id?.startsWith('import-history.'))).toEqual([
      'import-history.council',
      'import-history.unread',
      'import-history.unread',
    ]);
    // The lines stay text, each where the report places its finding.
    for (const [index, line] of lines.entries()) {
      const at = stated.filter((finding) => unread([finding]).length > 0)[index]?.place?.start.line ?? 0;
      expect(result.output.split('\n')[at - 1]).toContain(line);
    }
  });

  it('is never read from a sentence inside a clause, and the MR-instemming sentence stays text', async () => {
    const clauses = [
      'Het reglement, vastgesteld in de vergadering van het college van bestuur van 12 maart 2024, geldt voor alle scholen.',
      'Dit protocol is vastgesteld door de directeur na instemming van de MR.',
    ];
    const { history, stated, meta, result } = await imported('in-een-clausule.docx', 'Pestprotocol', [
      '# Artikel 1 Slotbepaling',
      ...clauses,
    ]);
    expect(history).toEqual([]);
    expect(stated).toEqual([]);
    expect(meta.approvals ?? []).toEqual([]);
    for (const clause of clauses) expect(result.output).toContain(clause);
  });
});

describe('the adoption line that closes the document', () => {
  /** The texts left out as the closing adoption line, read (history) or not. */
  const closingLines = (result: Awaited<ReturnType<typeof imported>>['result']) =>
    result.dropped.filter((dropped) => dropped.reason.startsWith('closing line stating the adoption'));

  it.each([
    [
      'the last sentence of the last paragraph, adopted by a decision',
      'Dit reglement treedt in werking op 1 augustus 2024.',
      'Vastgesteld bij besluit van het college van bestuur d.d. 12 maart 2024.',
    ],
    [
      'the last sentence of the last paragraph, adopted at a place',
      'De regeling geldt voor alle scholen van de stichting.',
      'Aldus vastgesteld door het bestuur op 12 maart 2024 te Utrecht.',
    ],
    [
      'the last sentence of the last paragraph, adopted by a meeting',
      'De regeling geldt voor alle scholen van de stichting.',
      'Vastgesteld in de vergadering van het college van bestuur van 12 maart 2024.',
    ],
  ])('is left out of the text and read as history: %s', async (name, before, closing) => {
    const { history, stated, meta, result } = await imported(`${name.replaceAll(' ', '-')}.docx`, 'Klachtenregeling', [
      '# Artikel 1 Slotbepaling',
      `${before} ${closing}`,
    ]);
    expect(history).toEqual([closing]);
    expect(stated.map((finding) => finding.messageId)).toEqual(['import-history.stated']);
    expect(meta.approvals ?? []).toEqual([]);
    expect(result.output).toMatch(new RegExp(`^\\{#[^}]+\\} ${before.replaceAll('.', '\\.')}$`, 'mu'));
    expect(result.output.split('\n---\n')[1]).not.toContain(closing);
    // Its words are listed as left out, none lost.
    expect(closingLines(result).map((dropped) => dropped.text)).toEqual([closing]);
    expect(result.accounting.missing).toEqual([]);
    expect(result.accounting.listed).toBe(closing.split(/[\s.]+/u).filter((word) => word !== '').length);
  });

  it('takes the lines of their own after the last article, up to the signatures under them', async () => {
    const lines = [
      'Vastgesteld door de GMR op 5 maart 2024.',
      'Vastgesteld door het college van bestuur op 12 maart 2024, na instemming van de GMR op 5 maart 2024.',
    ];
    const { history, stated, result } = await imported('eigen-regels.docx', 'Klachtenregeling', [
      '# Artikel 1 Slotbepaling',
      'Het bestuur draagt zorg voor de uitvoering van deze regeling.',
      ...lines,
      'J. Jansen',
      'voorzitter college van bestuur',
    ]);
    // A GMR does not adopt: its line is left out with the other, but read as no adoption, and said so.
    expect(history).toEqual([lines[1]]);
    const said = stated.map((finding) => finding.params?.decision as { messageId?: string; params?: object });
    expect(said).toContainEqual({
      messageId: 'import-history.council-left-out',
      params: { text: lines[0], council: 'GMR' },
    });
    expect(closingLines(result).map((dropped) => dropped.text)).toEqual(lines);
    expect(result.dropped.filter((dropped) => dropped.reason === 'back cover').map((dropped) => dropped.text)).toEqual([
      'J. Jansen',
      'voorzitter college van bestuur',
    ]);
    expect(result.output).toMatch(/\} Het bestuur draagt zorg voor de uitvoering van deze regeling\.\n$/u);
    expect(result.accounting.missing).toEqual([]);
  });

  it('says a closing line it cannot read, leaves it out of the text, and records nothing', async () => {
    const closing = 'Vastgesteld in de vergadering van de werkgroep veiligheid van 12 maart 2024.';
    const { history, stated, result } = await imported('niet-gelezen-slot.docx', 'Klachtenregeling', [
      '# Artikel 1 Slotbepaling',
      `Het bestuur draagt zorg voor de uitvoering. ${closing}`,
    ]);
    expect(history).toEqual([]);
    expect(result.output).not.toContain('# history');
    const said = stated.map((finding) => finding.params?.decision as { messageId?: string; params?: object });
    expect(said).toEqual([{ messageId: 'import-history.unread-left-out', params: { text: closing } }]);
    expect(closingLines(result)).toEqual([
      expect.objectContaining({
        text: closing,
        reason: 'closing line stating the adoption, not read: nothing recorded',
      }),
    ]);
    expect(result.output).toMatch(/\} Het bestuur draagt zorg voor de uitvoering\.\n$/u);
    expect(result.accounting.missing).toEqual([]);
  });

  it('leaves every other sentence about an adoption in the text: inside a clause, before other text, of taking effect', async () => {
    const clauses = [
      'Vastgesteld door het college van bestuur op 12 maart 2024.',
      'De contactpersoon staat in de schoolgids.',
      'Het bestuur draagt zorg voor de uitvoering. Het schoolplan is vastgesteld door de directeur na instemming van de MR.',
    ];
    const inForce = 'Vastgesteld door het bestuur op 12 maart 2024 en treedt in werking op 1 augustus 2024.';
    for (const [name, last] of [
      ['clausule', clauses[2]],
      ['inwerking', `De regeling geldt voor alle scholen. ${inForce}`],
    ] as const) {
      const { result } = await imported(`${name}.docx`, 'Klachtenregeling', [
        '# Artikel 1 Slotbepaling',
        ...clauses.slice(0, 2),
        last ?? '',
      ]);
      for (const text of [...clauses.slice(0, 2), last ?? '']) expect(result.output).toContain(`} ${text}\n`);
      expect(closingLines(result)).toEqual([]);
      expect(result.accounting.listed).toBe(0);
    }
  });
});

describe('the date this text takes effect', () => {
  it("is not a law's date of taking effect", async () => {
    const { meta } = await imported('meldcode.docx', 'Meldcode huiselijk geweld en kindermishandeling', [
      '# Inleiding',
      'De Wet verplichte meldcode trad in werking op 1 juli 2013. Sinds 1 januari 2019 geldt het afwegingskader.',
      '# Stappen',
      'Stap 1: in kaart brengen van signalen.',
    ]);
    expect(meta.effective).toBeUndefined();
  });

  it('is read from a sentence whose subject is this text, also with the subject after its verb', async () => {
    const own = await imported('meldcode-own.docx', 'Meldcode huiselijk geweld en kindermishandeling', [
      '# Inleiding',
      'De Wet verplichte meldcode trad in werking op 1 juli 2013. Deze meldcode treedt in werking op 1 augustus 2024.',
    ]);
    expect(own.meta.effective).toBe('2024-08-01');
    const inverted = await imported('protocol-inverted.docx', 'Pestprotocol', [
      '# Slotbepaling',
      'Met ingang van 1 september 2025 treedt dit protocol in werking.',
    ]);
    expect(inverted.meta.effective).toBe('2025-09-01');
  });
});

describe('tables of dates and names that are no adoption', () => {
  it('reads neither a version history nor a plan of steps to come as adoption history', async () => {
    const { history, stated, result } = await imported('privacy.docx', 'Privacyreglement', [
      'Stichting Openbaar Onderwijs Waterlinie',
      '# Versiebeheer',
      [
        ['Versie', 'Datum', 'Wijziging', 'Door'],
        ['0.1', '10-01-2024', 'Eerste concept', 'A. Bakker'],
        ['0.2', '05-02-2024', 'Advies GMR verwerkt', 'A. Bakker'],
        ['0.3', '20-02-2024', 'Ter vaststelling aangeboden', 'P. Jansen'],
      ],
      '# Doel',
      'Dit reglement regelt hoe de stichting omgaat met persoonsgegevens van leerlingen en ouders.',
      '# Planning',
      'Het reglement doorloopt de volgende stappen.',
      [
        ['Datum', 'Naam', 'Functie'],
        ['12 maart 2024', 'GMR', 'Instemming'],
        ['26 maart 2024', 'College van Bestuur', 'Vaststelling'],
      ],
    ]);
    expect(history).toEqual([]);
    expect(stated).toEqual([]);
    // The plan is text of the policy, where the document has it.
    expect(result.output).toMatch(/\| 26 maart 2024 +\| College van Bestuur +\| Vaststelling +\|/u);
    expect(result.accounting.missing).toEqual([]);
  });

  it("takes a version history's row that states a decision taken, and leaves the table in the text", async () => {
    const { history, result } = await imported('privacy-adopted.docx', 'Privacyreglement', [
      '# Doel',
      'Dit reglement regelt hoe de stichting omgaat met persoonsgegevens van leerlingen en ouders.',
      '# Versiebeheer',
      [
        ['Versie', 'Datum', 'Wijziging', 'Door'],
        ['0.3', '20-02-2024', 'Ter vaststelling aangeboden', 'P. Jansen'],
        ['1.0', '26-03-2024', 'Vastgesteld door het College van Bestuur', 'J. de Vries'],
      ],
    ]);
    expect(history).toEqual(['2024-03-26 vaststelling: J. de Vries']);
    expect(result.output).toMatch(/\| 0\.3 +\| 20-02-2024 +\| Ter vaststelling aangeboden +\| P\. Jansen +\|/u);
  });
});

describe('the version a cover line states', () => {
  it('is read where a date follows it after a comma ("Versie 0.3, 14 februari 2024")', async () => {
    const { meta, result } = await imported('pest.docx', 'Anti-pestprotocol', [
      'Kindcentrum De Vlinder',
      'Versie 0.3, 14 februari 2024',
      '# Inleiding',
      'Op onze school voelt iedereen zich veilig. Pesten wordt niet geaccepteerd.',
    ]);
    expect(meta.version).toBe('0.3');
    expect(result.output).toMatch(/^version: "0\.3"$/mu);
  });
});
