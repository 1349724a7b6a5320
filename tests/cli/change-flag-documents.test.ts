// A change flag's optional value that names a document is the document (src/cli/change-flag-documents.ts): commander
// would read `import --accept-changes beleid.docx` as a list of clause IDs and then miss the document.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsInChangeFlags } from '../../src/cli/change-flag-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'clausemark-change-flags-'));
writeFileSync(join(dir, 'reglement'), 'no extension, but a file');

describe('documentsInChangeFlags', () => {
  it('moves a value with a document extension to the documents, the flag then taking every change', () => {
    expect(documentsInChangeFlags([], { acceptChanges: 'beleid.docx' }, dir)).toEqual({
      files: ['beleid.docx'],
      options: { acceptChanges: true },
    });
    expect(documentsInChangeFlags(['b.docx'], { rejectChanges: '../Mijn Beleid.DOCX' }, dir)).toEqual({
      files: ['../Mijn Beleid.DOCX', 'b.docx'],
      options: { rejectChanges: true },
    });
  });

  it('moves a value that names a file, whatever its name', () => {
    expect(documentsInChangeFlags([], { acceptChanges: 'reglement' }, dir).files).toEqual(['reglement']);
  });

  it('keeps a list of clause IDs a list of clause IDs', () => {
    const options = { acceptChanges: 'artikel-3.2,klachtencommissie.samenstelling' };
    expect(documentsInChangeFlags(['a.docx'], options, dir)).toEqual({ files: ['a.docx'], options });
    expect(documentsInChangeFlags(['a.docx'], { acceptChanges: true }, dir).options).toEqual({ acceptChanges: true });
  });
});
