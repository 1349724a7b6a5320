// Word's date fields outside the body's own reading (src/import/readers/docx-date-fields.ts): in a header, a footer or
// a text box they are read from the XML as Word keeps it, each once, with the result Word last showed.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { dateFieldsIn } from '../../../src/import/readers/docx-date-fields.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const run = (inner: string, properties = ''): string => `<w:r>${properties}${inner}</w:r>`;
const complex = (code: string, result: string): string =>
  [
    '<w:fldChar w:fldCharType="begin"/>',
    `<w:instrText xml:space="preserve"> ${code} </w:instrText>`,
    '<w:fldChar w:fldCharType="separate"/>',
    `<w:t>${result}</w:t>`,
    '<w:fldChar w:fldCharType="end"/>',
  ]
    .map((mark) => run(mark))
    .join('');
const simple = (code: string, result: string): string =>
  `<w:fldSimple w:instr=" ${code} ">${run(`<w:t>${result}</w:t>`)}</w:fldSimple>`;

const fieldsOf = (body: string) =>
  dateFieldsIn(
    new DOMParser().parseFromString(`<w:hdr xmlns:w="${W}" xmlns:mc="${MC}">${body}</w:hdr>`, 'application/xml')
      .documentElement as NonNullable<ReturnType<DOMParser['parseFromString']>['documentElement']>,
  );

describe('date fields outside the body', () => {
  it('reads a complex and a simple one with the result Word last showed, and no other field', () => {
    const paragraph = `<w:p>${run('<w:t>Datum: </w:t>')}${complex('DATE \\@ "d MMMM yyyy"', '28 november 2026')}${simple('SAVEDATE', '27-11-2026')}${complex('PAGE', '3')}</w:p>`;
    expect(fieldsOf(paragraph)).toEqual([
      { field: 'DATE', text: '28 november 2026' },
      { field: 'SAVEDATE', text: '27-11-2026' },
    ]);
  });

  it("reads one of Word's alternatives of a drawing, so a box kept twice gives its field once", () => {
    const box = `<w:txbxContent><w:p>${complex('PRINTDATE', '3 oktober 2025')}</w:p></w:txbxContent>`;
    const drawing = `<mc:AlternateContent><mc:Choice Requires="wps">${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent>`;
    expect(fieldsOf(`<w:p>${run(drawing)}</w:p>`)).toEqual([{ field: 'PRINTDATE', text: '3 oktober 2025' }]);
  });

  it('leaves out hidden text and a field that shows nothing (never printed)', () => {
    const hidden = run('<w:t>30-11-2026</w:t>', '<w:rPr><w:vanish/></w:rPr>');
    expect(fieldsOf(`<w:p>${simple('DATE', '')}${run('<w:fldChar w:fldCharType="begin"/>')}</w:p>`)).toEqual([]);
    expect(fieldsOf(`<w:p><w:fldSimple w:instr=" DATE ">${hidden}</w:fldSimple></w:p>`)).toEqual([]);
  });
});
