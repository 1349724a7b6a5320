// The summary import ends with: beside "0 lost", a PDF page read across what may be two columns is named, so the
// summary never claims a clean read of a page whose words may stand out of order (src/import/readers/pdf-columns.ts).
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../src/import/summary.js';
import { wordMessage } from '../../src/io/messages.js';

const accounting = { total: 10, kept: 10, numbering: 0, listed: 0, missing: [], missingLines: [], recall: 1 };
const summary = (extra: object): string =>
  wordMessage(
    importSummary({
      target: 'a.md',
      file: 'a.pdf',
      written: false,
      accounting: { ...accounting, ...extra },
      dropped: [],
    }),
  );

describe('the import summary', () => {
  it('says "0 lost" and no more for a clean read', () => {
    expect(summary({})).toMatch(/, 0 lost\)$/u);
  });

  it('names the pages that may be set in two columns beside "0 lost"', () => {
    expect(summary({ unorderedPages: [2] })).toMatch(
      /, 0 lost; perhaps out of order: 1 page that may be set in two columns\)$/u,
    );
    expect(summary({ unreadPages: [1], unorderedPages: [2, 3] })).toMatch(
      /0 lost; not read: 1 page without text \(a scan\), whose words no count holds; perhaps out of order: 2 pages that may be set in two columns\)$/u,
    );
  });
});
