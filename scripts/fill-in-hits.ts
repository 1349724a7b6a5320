// Prints the fill-ins `import` reports (import-fill-in) in every text clausemark has at hand, each imported as a user
// would (a dry run): ../shared/dev-corpus, ../shared/seeds and tests/fixtures, in text, Markdown, HTML, Word and PDF;
// per file, and the totals per set. The measure of false fill-ins docs/import.md states: whatever it lists outside
// tests/fixtures/import/fill-ins and word-habits/fill-ins* is to be looked at. A file import refuses (a bad fixture)
// is counted, not listed. Run: `npx vite-node scripts/fill-in-hits.ts`.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { importDocument } from '../src/import/index.js';
import { wordFindings } from '../src/wording/messages.js';

const SETS: Record<string, string> = {
  'dev-corpus': resolve('..', 'shared', 'dev-corpus'),
  seeds: resolve('..', 'shared', 'seeds'),
  'tests/fixtures': resolve('tests', 'fixtures'),
};
const TEXTS = /\.(md|markdown|mdtext|rst|txt|html|docx|pdf)$/u;

/** Every text under `folder`, in name order. */
function textsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => TEXTS.test(name))
    .sort((a, b) => a.localeCompare(b, 'en'))
    .map((name) => join(folder, name));
}

/** The fill-ins import reports in `file`, as its messages quote them; undefined where import refuses it. */
async function fillInsIn(file: string): Promise<string[] | undefined> {
  try {
    const result = await importDocument(file, { org: 'measure', dryRun: true, changes: 'accept' });
    return wordFindings(result.findings)
      .filter((finding) => finding.ruleId === 'import-fill-in')
      .map((finding) => /"(.*?)" /u.exec(finding.message)?.[1] ?? finding.message);
  } catch {
    return undefined;
  }
}

for (const [set, folder] of Object.entries(SETS)) {
  const totals = { files: 0, refused: 0, withFillIns: 0, fillIns: 0 };
  for (const file of textsUnder(folder)) {
    totals.files++;
    const fillIns = await fillInsIn(file);
    if (fillIns === undefined) totals.refused++;
    if (!fillIns?.length) continue;
    totals.withFillIns++;
    totals.fillIns += fillIns.length;
    console.log(`${set}/${relative(folder, file)}: ${fillIns.join(' | ')}`);
  }
  console.log(`${set}: ${JSON.stringify(totals)}`);
}
