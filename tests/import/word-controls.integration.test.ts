// What a policy officer fills in and dresses up in Word, imported with an account that is true and nothing published
// as policy text that is none (tests/fixtures/import/word-habits/make-word-controls.py): a content control never
// filled in is its placeholder, left out and listed, a filled one's text is text; WordArt, a shape with text, old
// WordArt and Word's watermark are listed as left out, never gone under "0 lost"; tracked changes inside a table's
// cells and rows are taken or left as asked, the account counting them; a date field's date (DATE, SAVEDATE …) is
// kept as Word last showed it but reported, named in the summary, and never read as a date of the policy, and one
// in a header, a footer or a text box, whose line is left out, is reported and named too, saying where; a
// placeholder in a header or text box is listed as one; a school's own fill-in ("[naam directeur]") is kept but
// reported; a check box (a control or an old form field) is ☒ or ☐ by its state; a repeating section's items are
// read, rows too. Each as Word writes it and as LibreOffice saves it again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, importSummary } from '../../src/import/index.js';
import { wordMessage } from '../../src/io/messages.js';
import { wordFindings } from '../../src/wording/messages.js';
import { FILL_IN_PARAGRAPHS, FILL_INS_SUMMARY, NOT_FILL_INS, TEMPLATE_FILL_INS } from '../support/template-fill-ins.js';

const folder = join(import.meta.dirname, '../fixtures/import/word-habits');

async function imported(name: string, changes: 'accept' | 'reject' = 'accept') {
  const result = await importDocument(join(folder, name), { org: 'de-linde', dryRun: true, changes });
  const body = result.output.slice(result.output.indexOf('\n---\n') + 5);
  const summary = wordMessage(importSummary({ ...result, target: 'beleid.md' }));
  return { result, body, summary, findings: wordFindings(result.findings) };
}

const leftOut = (result: Awaited<ReturnType<typeof importDocument>>, reason: string): string[] =>
  result.dropped.filter((dropped) => dropped.reason.includes(reason)).map((dropped) => dropped.text);

describe.each(['content-controls.docx', 'content-controls-lo.docx'])('content controls in %s', (name) => {
  it("leaves each placeholder out and lists it; a filled control's text is the policy's", async () => {
    const { result, body, summary, findings } = await imported(name);
    // The placeholders were clause text: "De functionaris gegevensbescherming is Klik of tik om tekst in te voeren.".
    for (const placeholder of ['Klik of tik', 'Kies een item', 'Click or tap']) expect(body).not.toContain(placeholder);
    expect(leftOut(result, 'content control never filled in')).toEqual([
      'Klik of tik om tekst in te voeren.',
      'Klik of tik om tekst in te voeren.',
      'Klik of tik om een datum in te voeren.',
      'Kies een item.',
      'Click or tap here to enter text.',
      'Klik of tik om tekst in te voeren.',
    ]);
    // The sentence read "De functionaris gegevensbescherming is .", as if finished: its place is marked now.
    expect(body).toContain('De functionaris gegevensbescherming is \\[in te vullen].');
    expect(body).toContain('Het reglement wordt geëvalueerd op \\[in te vullen].');
    expect(body).toContain('Een wijziging wordt voorgelegd aan de \\[in te vullen].');
    // A control of paragraphs is left out whole: no paragraph of a mark alone.
    expect(body).not.toMatch(/^(?:\{#[^}]+\} )?\\\[in te vullen\]$/mu);
    expect(body).toContain('De privacycontactpersoon van de school is mevrouw Jansen.');
    expect(body).toContain('Dit reglement geldt ook voor de kinderopvang van de school.');
    expect(body).toContain('De MR heeft het reglement besproken op 12-3-2024.');
    expect(body).toContain('Het bestuur vraagt advies aan de GMR.');
    expect(body).toMatch(/\| Directeur \| \\\[in te vullen\] \|/u);
    // Each reported where it stood, with what to do: fill it in.
    const placeholders = findings.filter((finding) => finding.message.includes('never filled in'));
    expect(placeholders).toHaveLength(6);
    const lines = result.output.split('\n');
    expect(lines[(placeholders[0]?.place?.start.line ?? 0) - 1]).toContain(
      'De functionaris gegevensbescherming is \\[',
    );
    expect(placeholders[0]?.fix).toContain('in place of the mark in square brackets');
    // The mark is no fill-in of the school's: the placeholder's finding says it, once.
    expect(findings.filter((finding) => finding.ruleId === 'import-fill-in')).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
    expect(summary).toMatch(
      /\(placeholder of a content control never filled in, no text of the policy: 6 lines\), 0 lost\)$/u,
    );
  });

  it('names no clause after the mark a placeholder left: its words are no words of the ID', async () => {
    const { body } = await imported(name);
    // "Questions go to [in te vullen]." was named `instemming.questions-go-vullen`.
    const ids = [...body.matchAll(/\{#([^}\s]+)\}/gu)].map((match) => match[1]);
    expect(ids).toContain('verantwoordelijke.functionaris-gegevensbescherming');
    expect(ids).toContain('termijnen.reglement-geevalueerd');
    expect(ids).toContain('instemming.wijziging-voorgelegd');
    expect(ids.filter((id) => /\bquestions\b/u.test(id ?? ''))).toEqual(['instemming.questions-go-functie']);
    expect(ids.filter((id) => /vullen|filled/u.test(id ?? ''))).toEqual([]);
  });
});

describe.each(['date-fields-elsewhere.docx', 'date-fields-elsewhere-lo.docx'])(
  "Word's date fields in a header, a footer and text boxes of %s",
  (name) => {
    it('reports each where it stands, once, and the summary counts as many', async () => {
      const { result, summary, findings } = await imported(name);
      // "Datum: { DATE }" in the header, printed on every page, showed the day it was printed as the policy's date,
      // and the report said nothing of it: only the body's date fields were reported.
      const fields = findings
        .filter((finding) => finding.ruleId === 'import-field')
        .map((finding) => /^(.+?): "[^"]+" is Word's (\w+) field/u.exec(finding.message)?.slice(1).join(' → '));
      const expected = [
        'a header of the Word document → DATE',
        'a footer of the Word document → SAVEDATE',
        // Word keeps the kader twice (DrawingML and its VML fallback): one field, reported once.
        'a text box at source line 4 → SAVEDATE',
        // LibreOffice left PRINTDATE empty: the document was never printed.
        ...(name === 'date-fields-elsewhere.docx' ? ['a text box at source line 6 → PRINTDATE'] : []),
      ];
      expect(fields.toSorted()).toEqual(expected.toSorted());
      // A text box's stands by the words kept first from its paragraph on, as its text left out does: the kader is
      // anchored in an empty paragraph before "Artikel 2", and its report stood at the file's first line.
      const lines = result.output.split('\n');
      const boxes = findings.filter((finding) => /^a text box/u.test(finding.message));
      expect(boxes.map((finding) => lines[(finding.place?.start.line ?? 0) - 1])).toEqual(
        [
          expect.stringMatching(/^## Vertrouwenspersoon /u),
          expect.stringContaining('Een klacht kan eerst worden besproken met de vertrouwenspersoon.'),
        ].slice(0, boxes.length),
      );
      const fieldNames = name === 'date-fields-elsewhere.docx' ? 'SAVEDATE, PRINTDATE, DATE' : 'SAVEDATE, DATE';
      expect(summary).toContain(
        `; ${expected.length} date fields read as Word last showed them (${fieldNames}): no dates of the policy)`,
      );
      // Their lines are left out and listed as before, nothing lost, each named a header or a footer as it is.
      expect(leftOut(result, 'running header')).toEqual([
        expect.stringMatching(/^Klachtenregeling De Linde – Datum: \d+ \w+ 2026$/u),
      ]);
      expect(leftOut(result, 'running footer')).toEqual([expect.stringMatching(/^Opgeslagen op \d+-\d+-\d{4}$/u)]);
      expect(leftOut(result, 'text box')).toEqual([
        expect.stringMatching(/^Let op: deze versie is van \d+-\d+-\d{4}$/u),
        expect.stringMatching(/^Afgedrukt op( 3 oktober 2025)?$/u),
      ]);
      // So none of them is "kept as Word last showed it", as a field in the body's text is: each says its line is out.
      for (const finding of findings.filter((each) => each.ruleId === 'import-field')) {
        expect(finding.message).toContain('its line is left out of the policy (listed with what was left out)');
        expect(finding.message).not.toContain('kept');
      }
      expect(result.accounting.missing).toEqual([]);
    });
  },
);

describe.each(['controls-elsewhere.docx', 'controls-elsewhere-lo.docx'])(
  'content controls outside the body in %s',
  (name) => {
    it("lists a header's and a text box's placeholder as placeholders, apart from their text", async () => {
      const { result, summary, findings } = await imported(name);
      // Both were listed inside their line, as a running header ("Klachtenregeling – Klik of tik …") and a text box.
      expect(leftOut(result, 'content control never filled in')).toEqual([
        'Klik of tik om tekst in te voeren.',
        'Klik of tik om tekst in te voeren.',
      ]);
      expect(leftOut(result, 'text box')).toEqual(['Let op: de vertrouwenspersoon is']);
      expect(leftOut(result, 'running header')).toEqual(['Klachtenregeling –']);
      const placeholders = findings.filter((finding) => finding.message.includes('never filled in'));
      expect(placeholders.map((finding) => finding.message.split(':')[0])).toEqual([
        'a header of the Word document',
        'source line 4',
      ]);
      expect(placeholders.every((finding) => finding.fix?.includes('fill in what belongs here'))).toBe(true);
      expect(result.accounting.missing).toEqual([]);
      expect(summary).toContain('placeholder of a content control never filled in, no text of the policy: 2 lines');
    });
  },
);

describe.each(['fill-ins.docx', 'fill-ins-lo.docx'])("a school's own fill-ins in %s", (name) => {
  it('keeps each in the text, reports it at its paragraph and names it in the summary; "[Vervallen]" is none', async () => {
    const { result, body, summary, findings } = await imported(name);
    // They were read as policy text without a word; a control showing "[naam vertrouwenspersoon]" as its placeholder
    // was left out in Word's file and read as text after LibreOffice's save: now both keep it as a fill-in.
    const fillIns = findings.filter((finding) => finding.ruleId === 'import-fill-in');
    expect(fillIns.map((finding) => /^source line \d+: "([^"]+)"/u.exec(finding.message)?.[1])).toEqual(
      TEMPLATE_FILL_INS,
    );
    const lines = result.output.split('\n');
    expect(fillIns.map((finding) => lines[(finding.place?.start.line ?? 0) - 1])).toEqual([
      ...FILL_IN_PARAGRAPHS,
      expect.stringMatching(/^\| Interne contactpersoon \| \\\[Naam contactpersoon\] \|$/u),
    ]);
    expect(fillIns[0]?.fix).toContain('fill in what belongs here in its place');
    for (const kept of NOT_FILL_INS) expect(body).toContain(kept);
    expect(result.dropped).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
    expect(summary.endsWith(`, 0 lost; ${FILL_INS_SUMMARY})`)).toBe(true);
  });
});

describe.each(['checkboxes.docx', 'checkboxes-lo.docx'])('check boxes and repeating sections in %s', (name) => {
  it('keeps each box as ☒ or ☐ by its state, in a sentence and in a cell', async () => {
    const { body } = await imported(name);
    expect(body).toContain('☒ De signalen zijn vastgelegd.');
    expect(body).toContain('☐ De ouders zijn ingelicht.');
    expect(body).toContain('☒ Veilig Thuis is geraadpleegd.');
    expect(body).toMatch(/\| Collegiale consultatie \| ☒ +\|/u);
    expect(body).toMatch(/\| Melding gedaan +\| ☐ +\|/u);
  });

  it("reads a repeating section's items, of paragraphs and of a table's rows", async () => {
    const { result, body, findings } = await imported(name);
    expect(body).toMatch(/De mentor voert elke week een gesprek met de leerling\.\n\n.*De intern begeleider volgt/u);
    // The rows of Word's repeating section were dropped without a word ("0 lost"); LibreOffice unwraps them.
    expect(body).toMatch(
      /\| Aandachtsfunctionaris \| Mevrouw Jansen +\|\n\| Vertrouwenspersoon +\| \\\[in te vullen\] \|/u,
    );
    expect(leftOut(result, 'content control never filled in')).toEqual(['Klik of tik om tekst in te voeren.']);
    expect(findings.filter((finding) => finding.message.includes('never filled in'))).toHaveLength(1);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe.each(['checkboxes-symbol.docx', 'checkboxes-symbol-lo.docx'])('check boxes in Wingdings 2 in %s', (name) => {
  it('are read by their state, not by the sign their font draws', async () => {
    // They read "T De signalen zijn vastgelegd." and "£ De ouders zijn ingelicht.": Wingdings 2's letters for the boxes.
    const { body } = await imported(name);
    expect(body).toContain('☒ De signalen zijn vastgelegd.');
    expect(body).toContain('☐ De ouders zijn ingelicht.');
  });
});

describe.each(['form-checkboxes.docx', 'form-checkboxes-lo.docx'])(
  "Word 97–2003's check box form fields in %s",
  (name) => {
    it('are read as ☒ or ☐ by their state, else by their default', async () => {
      // The field shows no text: box and state were gone, "De signalen zijn vastgelegd." under "0 lost".
      const { body } = await imported(name);
      expect(body).toContain('☒ De signalen zijn vastgelegd.');
      expect(body).toContain('☐ De ouders zijn ingelicht.');
      expect(body).toContain('☒ Veilig Thuis is geraadpleegd.');
    });
  },
);

describe.each(['shapes-with-text.docx', 'shapes-with-text-lo.docx'])('WordArt and shapes with text in %s', (name) => {
  it('lists the words of each, old WordArt and the watermark too, and counts them as left out', async () => {
    const { result, body, summary, findings } = await imported(name);
    expect(leftOut(result, 'text box')).toEqual([
      'Samen tegen pesten',
      'Melding bij de leerkracht, dan gesprek met de intern begeleider binnen twee dagen',
    ]);
    // Old WordArt was counted as an image and its words were in no count; the watermark was not read at all.
    expect(leftOut(result, 'WordArt')).toEqual(['Wij zijn een veilige school']);
    expect(leftOut(result, 'watermark')).toEqual(['CONCEPT']);
    expect(findings.map((finding) => finding.message)).not.toContainEqual(expect.stringContaining('image'));
    expect(body).not.toMatch(/pesten|veilige school|CONCEPT/u);
    expect(result.accounting.missing).toEqual([]);
    expect(result.accounting.total).toBe(
      result.accounting.kept + result.accounting.numbering + result.accounting.listed,
    );
    expect(summary).toMatch(
      /WordArt \(words drawn as a shape\): 1 line; watermark \(rotated text\): 1 line\), 0 lost\)$/u,
    );
  });
});

describe('tracked changes in a table', () => {
  it('are refused undecided, counted with those of its rows', async () => {
    await expect(importDocument(join(folder, 'tracked-table.docx'), { org: 'de-linde', dryRun: true })).rejects.toThrow(
      'the document has 5 tracked changes (3 insertions, 2 deletions)',
    );
  });

  it('accepted: the cell reads as changed, the inserted row is there, the deleted row gone', async () => {
    const { result, body, findings } = await imported('tracked-table.docx', 'accept');
    expect(body).toMatch(/\| Interne contactpersoon \| Mevrouw Jansen, bereikbaar op dinsdag, groep zeven \|/u);
    expect(body).toMatch(/\| Vertrouwenspersoon +\| De heer Bakker +\|/u);
    expect(body).not.toMatch(/groep acht|Klachtencommissie|Onderwijsgeschillen/u);
    expect(findings.map((finding) => finding.message)).toContain('5 tracked changes accepted (--accept-changes)');
    expect(result.accounting.missing).toEqual([]);
  });

  it('rejected: the cell reads as before, the inserted row gone, the deleted row there', async () => {
    const { result, body, findings } = await imported('tracked-table.docx', 'reject');
    expect(body).toMatch(/\| Interne contactpersoon \| Mevrouw Jansen, groep acht +\|/u);
    expect(body).toMatch(/\| Klachtencommissie +\| Stichting Onderwijsgeschillen \|/u);
    expect(body).not.toMatch(/dinsdag|groep zeven|Vertrouwenspersoon|Bakker/u);
    expect(findings.map((finding) => finding.message)).toContain('5 tracked changes rejected (--reject-changes)');
    expect(result.accounting.missing).toEqual([]);
  });

  it('saved by LibreOffice 7.4, keeps the changes in the cell; LibreOffice dropped those of the rows', async () => {
    const { result, body, findings } = await imported('tracked-table-lo.docx', 'reject');
    expect(body).toMatch(/\| Interne contactpersoon \| Mevrouw Jansen, groep acht +\|/u);
    // Both rows are plain rows in the file LibreOffice wrote: the account counts the 3 changes it still holds.
    expect(body).toMatch(/Vertrouwenspersoon[\s\S]*Klachtencommissie/u);
    expect(findings.map((finding) => finding.message)).toContain('3 tracked changes rejected (--reject-changes)');
    expect(result.accounting.missing).toEqual([]);
  });
});

describe.each(['date-fields.docx', 'date-fields-lo.docx'])("Word's date fields in %s", (name) => {
  it('keeps each as Word last showed it, reports it and names it in the summary', async () => {
    const { result, body, summary, findings } = await imported(name);
    const fields = findings.filter((finding) => finding.ruleId === 'import-field');
    expect(fields.map((finding) => /Word's (\w+) field/u.exec(finding.message)?.[1])).toEqual(
      name === 'date-fields.docx'
        ? ['SAVEDATE', 'TIME', 'PRINTDATE', 'CREATEDATE', 'DATE']
        : // LibreOffice updated DATE and SAVEDATE, and left PRINTDATE empty: it was never printed.
          ['SAVEDATE', 'TIME', 'CREATEDATE', 'DATE'],
    );
    expect(fields[0]?.message).toContain('the date the document was last saved, which changes at every save');
    expect(body).toMatch(/Deze versie is opgeslagen op \d+-\d+-\d{4} om \d\d:\d\d\./u);
    expect(result.accounting.missing).toEqual([]);
    // The summary named 9 date fields, the report 5: those on the cover's lines and the closing line, left out,
    // stand in no text kept, and each line left out is reported as such.
    expect(summary).toContain(
      `; ${fields.length} date fields read as Word last showed them (${[...new Set(fields.map((finding) => /Word's (\w+) field/u.exec(finding.message)?.[1]))].join(', ')}): no dates of the policy)`,
    );
    expect(summary).toMatch(/\(SAVEDATE, TIME, (?:PRINTDATE, )?CREATEDATE, DATE\)/u);
  });

  it('gives the frontmatter no date from one: no effective date, no adoption as history', async () => {
    const { result, findings } = await imported(name);
    // "Ingangsdatum: { DATE }" was `effective: 2026-11-28`, the day the file was last opened; "Vastgesteld door het
    // bestuur op { SAVEDATE }", on the cover and closing the text, the adoption's history, the day it was last saved.
    expect(result.meta.effective).toBeUndefined();
    expect(result.meta.history ?? []).toEqual([]);
    expect(result.output).not.toMatch(/^effective:|# history/mu);
    expect(findings.map((finding) => finding.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('closes with a line about its adoption whose date is a Word date field'),
        expect.stringContaining(
          'the cover has a line about the adoption that was not read: "Vastgesteld door het bestuur op …"',
        ),
      ]),
    );
  });
});
