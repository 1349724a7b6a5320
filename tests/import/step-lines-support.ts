// What the tests of a step's line read of an import (step-lines.test.ts, denied-steps.test.ts): the history, the
// approvals, the sections' titles, the text after the front matter, the history findings and, of those, each line
// not read with the report's word for it. Word documents are made with python-docx
// (tests/fixtures/import/step-lines-docx.py), text files written as PDF-extracted text looks.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const MAKE_DOCX = join(import.meta.dirname, '../fixtures/import/step-lines-docx.py');

/** A document's import, as the step-line tests read it. */
export async function importedSteps(file: string) {
  const result = await importDocument(file, { org: 'school', dryRun: true });
  const { policy } = parsePolicy(result.output);
  return {
    history: result.meta.history ?? [],
    approvals: policy.meta.approvals ?? [],
    sections: allSections(policy)
      .slice(1)
      .map((section) => section.title),
    body: result.output.slice(result.output.indexOf('\n---\n')),
    findings: result.findings.filter((finding) => finding.ruleId === 'import-history'),
    // The report's word of each line not read (at its place in the source), and the line.
    unread: result.findings
      .map((finding) => {
        const decision = finding.params?.decision as { messageId?: string } | undefined;
        return [decision?.messageId ?? finding.messageId, finding.params?.text];
      })
      .filter(([messageId]) => String(messageId).startsWith('import-history.unread')),
  };
}

/** A Word document of these lines (a table as rows of cells) in `folder`, imported. */
export function wordSteps(folder: string, name: string, lines: (string | string[][])[]) {
  const file = join(folder, name);
  const made = spawnSync('/usr/bin/python3', [MAKE_DOCX, file, JSON.stringify(lines)], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  return importedSteps(file);
}

/** A text file of these lines in `folder`, parted by `between` (a line break, or a blank line too), imported. */
export function textSteps(folder: string, name: string, lines: readonly string[], between = '\n') {
  const file = join(folder, name);
  writeFileSync(file, `${lines.join(between)}\n`);
  return importedSteps(file);
}
