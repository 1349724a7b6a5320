// What the tests of struck-through text read of an import (docx-struck*.test.ts, html-struck*.test.ts,
// markdown*-struck.test.ts): the clauses, the text after the front matter, each dropped text with its reason, and the
// report's listing of them; and the checks every one of them makes of that listing and of the word account. Word
// documents are made with the docx package, under a title and one heading.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { IStylesOptions } from 'docx';
import { expect } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';

/** `content` written as `klachtenregeling.<extension>` in a new temp folder named from `prefix`; the file's path. */
export function sourceFile(prefix: string, extension: string, content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), `clausemark-import-${prefix}-`)), `klachtenregeling.${extension}`);
  writeFileSync(file, content);
  return file;
}

/** A Word document of these paragraphs under a title and the heading "Termijn", with these styles, written. */
export async function docxFile(prefix: string, body: Paragraph[], styles?: IStylesOptions): Promise<string> {
  const document = new Document({
    ...(styles ? { styles } : {}),
    sections: [
      {
        children: [
          new Paragraph({ text: 'Klachtenregeling De Linde', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Termijn', heading: HeadingLevel.HEADING_1 }),
          ...body,
        ],
      },
    ],
  });
  return sourceFile(prefix, 'docx', new Uint8Array(await Packer.toBuffer(document)));
}

/** A file's import (in English), as the struck-text tests read it. */
export async function importedStruck(file: string) {
  const result = await importDocument(file, { org: 'linde', dryRun: true, lang: 'en' });
  return {
    clauses: allClauses(parsePolicy(result.output).policy).map(({ clause }) => clause.text),
    body: result.output.split('\n---\n')[1],
    dropped: result.dropped.map(({ text, reason }) => [text, reason]),
    listed: result.findings.filter((finding) => finding.messageId === 'import-dropped.left-out'),
    accounting: result.accounting,
  };
}

type Imported = Awaited<ReturnType<typeof importedStruck>>;

/** Each dropped text listed, runs of one reason as one finding, with the fix to copy it in by hand if it belongs. */
export function expectListedWithCopyFix({ listed }: Imported): void {
  expect(listed.length).toBeGreaterThan(0);
  expect(new Set(listed.map((finding) => finding.fixId))).toEqual(new Set(['import-dropped.copy-text-in']));
}

/** No word of the source unaccounted for, and `listed` words listed in the report. */
export function expectAccounted({ accounting }: Imported, listed: number): void {
  expect(accounting.missing).toEqual([]);
  expect(accounting.listed).toBe(listed);
}
