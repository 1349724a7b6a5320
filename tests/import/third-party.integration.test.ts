// Documents clausemark did not make: a Markdown policy (headings, nested lists, a table, emphasis, a link, Dutch
// accents) turned into .docx and .pdf by pandoc (the PDF through wkhtmltopdf, which draws list bullets as shapes),
// and into .docx by LibreOffice, then imported. Pandoc also reads the Markdown, independently of clausemark, for
// what the import must give back: its words in order, and each paragraph and list item as a block of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { words } from '../../src/import/account.js';
import { importDocument } from '../../src/import/index.js';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { fidelityOfBlocks, type PandocBlock } from '../support/pandoc-blocks.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { haveTool, needTool } from '../support/tools.js';

const SOURCE = join(PROJECT_ROOT, 'tests/fixtures/import/privacyreglement.md');
const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-third-party-'));

function run(program: string, args: string[]): void {
  const result = spawnSync(program, args, { cwd: folder, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${result.stderr}`);
}

/** The paragraphs and list items of the Markdown as pandoc reads it, and its body words in order. */
let expected: { blocks: PandocBlock[]; words: string[] };

beforeAll(() => {
  if (!haveTool('pandoc')) return;
  const json = spawnSync('pandoc', [SOURCE, '-t', 'json'], { encoding: 'utf8' });
  expected = fidelityOfBlocks.expected(JSON.parse(json.stdout));
});

async function measure(file: string) {
  const result = await importDocument(file, { org: 'zuidoever', dryRun: true });
  const policy = parsePolicy(result.output).policy;
  const clauses = allClauses(policy).map(({ clause }) => clause.text);
  const figures = fidelityOfBlocks.measure(
    expected,
    clauses,
    words(result.output.replace(/^---\n[\s\S]*?\n---\n/, '')),
  );
  console.log(
    `import ${file.split('/').at(-1)}: word recall ${(figures.recall * 100).toFixed(1)}%, paragraphs and list items as blocks ${(figures.blocks * 100).toFixed(1)}% (${figures.found} of ${expected.blocks.length})`,
  );
  expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  return figures;
}

describe('importing what other programs made', () => {
  it('pandoc .docx: word recall ≥ 0.98 and ≥ 90% of paragraphs and list items as blocks', async ({ skip }) => {
    needTool(skip, 'pandoc');
    run('pandoc', [SOURCE, '-o', 'pandoc.docx']);
    const figures = await measure(join(folder, 'pandoc.docx'));
    expect(figures.recall).toBeGreaterThanOrEqual(0.98);
    expect(figures.blocks).toBeGreaterThanOrEqual(0.9);
  });

  it('pandoc + wkhtmltopdf .pdf (bullets drawn, not typed): the same bar', async ({ skip }) => {
    needTool(skip, 'pandoc');
    needTool(skip, 'wkhtmltopdf');
    run('pandoc', [SOURCE, '-o', 'pandoc.pdf', '--pdf-engine=wkhtmltopdf']);
    const figures = await measure(join(folder, 'pandoc.pdf'));
    expect(figures.recall).toBeGreaterThanOrEqual(0.98);
    expect(figures.blocks).toBeGreaterThanOrEqual(0.9);
  });

  it('LibreOffice .docx (pandoc .odt converted by soffice): the same bar', async ({ skip }) => {
    needTool(skip, 'pandoc');
    needTool(skip, 'soffice');
    run('pandoc', [SOURCE, '-o', 'pandoc.odt']);
    // A profile of its own, so a LibreOffice another process runs does not take the conversion over.
    run('soffice', [
      `-env:UserInstallation=file://${join(folder, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'docx',
      '--outdir',
      join(folder, 'lo'),
      'pandoc.odt',
    ]);
    const figures = await measure(join(folder, 'lo', 'pandoc.docx'));
    expect(figures.recall).toBeGreaterThanOrEqual(0.98);
    expect(figures.blocks).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
