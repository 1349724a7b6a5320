// check's text report (src/render/check/text.ts, src/report/formats/check.ts): a file heading, a row per finding with
// its fix beneath, a file without findings on one line, and the totals last; every file's lines joined once.
import { describe, expect, it } from 'vitest';
import type { CheckFinding } from '../../../src/model/diagnostics.js';
import { findingLines, formatFindings, PLAIN } from '../../../src/render/check/text.js';
import { CHECK_REPORT } from '../../../src/report/formats/check.js';

const place = (line: number, column: number) => ({ start: { line, column }, end: { line, column } });
const FINDINGS: CheckFinding[] = [
  {
    ruleId: 'missing-field',
    severity: 'error',
    messageId: 'missing-field.missing',
    fixId: 'missing-field.write-in-frontmatter',
    params: { field: 'id', example: 'id: bewaren' },
    place: place(1, 1),
  },
  { ruleId: 'made-up', severity: 'warning', message: 'a worded warning', place: place(12, 3) },
];

describe('the check text report', () => {
  it('lists a file, its findings with their fixes, a file without any, and the totals', () => {
    const text = CHECK_REPORT.formats[0]?.render({
      results: [
        { file: 'bewaren.md', findings: FINDINGS, errors: 1, warnings: 1, fatal: false },
        { file: 'leeg.md', findings: [], errors: 0, warnings: 0, fatal: false },
      ],
      quiet: false,
      palette: PLAIN,
    });
    expect(text).toBe(
      [
        'bewaren.md',
        '  1:1     error    required frontmatter field "id" is missing  missing-field',
        '       fix: write `id: bewaren` in the frontmatter',
        '  12:3    warning  a worded warning  made-up',
        'leeg.md: no issues found',
        '',
        '✖ 1 error, 1 warning in 2 files',
      ].join('\n'),
    );
  });

  it("joins one file's lines as formatFindings gives them", () => {
    const lines = findingLines('bewaren.md', FINDINGS);
    expect(lines).toHaveLength(3);
    expect(formatFindings('bewaren.md', FINDINGS)).toBe(lines.join('\n'));
    expect(findingLines('leeg.md', [])).toEqual(['leeg.md: no issues found']);
  });
});
