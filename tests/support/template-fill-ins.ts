// What the Word template of tests/fixtures/import/word-habits/fill-ins.docx holds, the same in every format it reaches
// import in (the .docx, LibreOffice's copy, its PDF, that PDF's text, pandoc's Markdown): its four fill-ins never
// filled in, the paragraphs they stand in, and the text in brackets that is no fill-in. One list for the Word tests
// (word-controls.integration.test.ts) and the other formats' (fill-ins.integration.test.ts).
import { expect } from 'vitest';

/** The fill-ins, in reading order, as the findings and the summary quote them. */
export const TEMPLATE_FILL_INS = ['[naam directeur]', '[datum]', '[naam vertrouwenspersoon]', '[Naam contactpersoon]'];

/** Where the first three stand in the written Markdown (the fourth is a table's cell in Word, a line elsewhere). */
export const FILL_IN_PARAGRAPHS = [
  expect.stringContaining('De directeur, \\[naam directeur], is verantwoordelijk'),
  expect.stringContaining('geëvalueerd vóór \\[datum].'),
  expect.stringContaining('De vertrouwenspersoon is \\[naam vertrouwenspersoon].'),
];

/** Text in brackets that is no fill-in, kept as it stands, as the written Markdown escapes it. */
export const NOT_FILL_INS = ['\\[Vervallen]', 'primair onderwijs \\[1]', 'de school \\[...] zorgt', 'klimaat \\[sic].'];

/** The summary's note of them. */
export const FILL_INS_SUMMARY = `4 fill-ins of the template not filled in, kept as they stand (${TEMPLATE_FILL_INS.join(', ')})`;
