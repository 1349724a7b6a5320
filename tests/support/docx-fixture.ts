// A Word document made with the `docx` package the way Word itself writes one: automatic multi-level numbering
// (with a restart), numbered headings, a table with merged cells, a footnote, a link, bold and italic, and
// optionally a tracked insertion and deletion and a comment. The import tests read it back.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

const level = (index: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: index,
  format,
  text,
  alignment: AlignmentType.START,
});

export async function policyDocx(options: { changes?: boolean } = {}): Promise<Uint8Array> {
  const clause = (text: string, depth = 0, instance = 0) =>
    new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'clauses', level: depth, instance } });
  const tracked = options.changes
    ? [
        new TextRun('Medewerkers delen '),
        new InsertedTextRun({ text: 'nooit ', id: 1, author: 'Secretaris', date: '2024-05-01T10:00:00Z' }),
        new DeletedTextRun({ text: 'soms ', id: 2, author: 'Secretaris', date: '2024-05-01T10:00:00Z' }),
        new TextRun("foto's van leerlingen."),
      ]
    : [new TextRun("Medewerkers delen nooit foto's van leerlingen.")];
  const commented = options.changes
    ? [
        new CommentRangeStart(0),
        new TextRun('Ouders krijgen de nieuwsbrief.'),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
      ]
    : [new TextRun('Ouders krijgen de nieuwsbrief.')];
  const document = new Document({
    creator: 'clausemark tests',
    title: 'Protocol sociale media',
    numbering: {
      config: [
        {
          reference: 'clauses',
          levels: [
            level(0, LevelFormat.DECIMAL, '%1.'),
            level(1, LevelFormat.LOWER_LETTER, '%2.'),
            level(2, LevelFormat.LOWER_ROMAN, '%3.'),
          ],
        },
        {
          reference: 'headings',
          levels: [level(0, LevelFormat.DECIMAL, '%1'), level(1, LevelFormat.DECIMAL, '%1.%2')],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('Zie ook het privacyreglement.')] } },
    ...(options.changes
      ? {
          comments: {
            children: [
              {
                id: 0,
                author: 'Directeur',
                date: new Date('2024-05-02T00:00:00Z'),
                children: [new Paragraph('Klopt dit nog?')],
              },
            ],
          },
        }
      : {}),
    sections: [
      {
        children: [
          new Paragraph({ text: 'Protocol sociale media', heading: HeadingLevel.TITLE }),
          new Paragraph({
            text: 'Uitgangspunten',
            heading: HeadingLevel.HEADING_1,
            numbering: { reference: 'headings', level: 0 },
          }),
          new Paragraph({
            children: [
              new TextRun('De school onderkent het '),
              new TextRun({ text: 'belang', bold: true }),
              new TextRun(' van sociale media.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          clause('Iedereen gedraagt zich online zoals op school.'),
          clause('Medewerkers letten op:'),
          clause('de privacy van leerlingen;', 1),
          clause('de goede naam van de school:', 1),
          clause('in berichten;', 2),
          clause("in foto's.", 2),
          clause('Leerlingen vragen toestemming.'),
          new Paragraph({
            text: 'Regels voor medewerkers',
            heading: HeadingLevel.HEADING_2,
            numbering: { reference: 'headings', level: 1 },
          }),
          new Paragraph({ children: tracked, numbering: { reference: 'clauses', level: 0, instance: 1 } }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Lees ook ', italics: true }),
              new ExternalHyperlink({
                link: 'https://www.example.org/richtlijn',
                children: [new TextRun('de richtlijn')],
              }),
              new TextRun('.'),
            ],
            numbering: { reference: 'clauses', level: 0, instance: 1 },
          }),
          new Paragraph({
            text: 'Communicatie',
            heading: HeadingLevel.HEADING_1,
            numbering: { reference: 'headings', level: 0 },
          }),
          new Paragraph({ children: commented }),
          new Paragraph({
            children: [new TextRun('Vragen gaan naar de mentor.')],
            numbering: { reference: 'clauses', level: 0, instance: 1 },
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Kanaal')] }),
                  new TableCell({ children: [new Paragraph('Wie')] }),
                  new TableCell({ children: [new Paragraph('Wanneer')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Nieuwsbrief')], rowSpan: 2 }),
                  new TableCell({ children: [new Paragraph('Directie en team')], columnSpan: 2 }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Mentor')] }),
                  new TableCell({ children: [new Paragraph('Maandelijks')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
