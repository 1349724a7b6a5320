// Issue 40 with real editors: clausemark's .docx of Casparus College, Allure and a reglement ("Artikel N / N.M / a)")
// opened and saved by LibreOffice (soffice --convert-to, and a Basic macro that stores it as Writer does), then edited
// by a LibreOffice macro and by python-docx as a person edits in Word (one word, a typed paragraph, a deleted clause,
// a moved clause, a comment, a tracked change), each brought back with import --into and compared with the Markdown
// the same edit would have made. Prints, per case, the IDs kept and what LibreOffice did to the bookmarks.
// Skips with a message when soffice or python-docx (/usr/bin/python3, Debian python3-docx) is missing.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';
import { haveTool } from '../support/tools.js';
import { builtDocx, counted, diffTexts, idsOf, withoutCarriedSource, zipText } from '../support/word.js';
import { havePythonDocx } from '../support/python-docx.js';

const execFileAsync = promisify(execFile);
const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'word');
const REGLEMENT = join(FIXTURES, 'reglement.md');
const CASES = {
  'casparus-college': policyPath('casparus-college'),
  allure: policyPath('allure'),
  reglement: REGLEMENT,
  // Headings that type their number ("Artikel 3 Termijn"), printed as typed: no number of clausemark's before them.
  'typed-articles': join(FIXTURES, 'typed-articles.md'),
} as const;

const HAVE_SOFFICE = haveTool('soffice');

const HAVE_PYTHON_DOCX = havePythonDocx();

const dir = mkdtempSync(join(tmpdir(), 'clausemark-word-roundtrip-'));
const built = new Map<string, string>();

/**
 * LibreOffice with a profile of its own (runs in parallel do not share one), its macro in the profile's library. Run
 * asynchronously: a run takes half a minute on a loaded machine, and a worker blocked that long misses vitest's RPC
 * deadline ("Timeout calling onTaskUpdate").
 */
async function libreOffice(): Promise<{ run(args: string[]): Promise<void> }> {
  const profile = join(dir, 'profile');
  const env = `-env:UserInstallation=${pathToFileURL(profile).href}`;
  const run = async (args: string[]): Promise<void> => {
    try {
      await execFileAsync('soffice', [env, '--headless', '--invisible', ...args], {
        timeout: 300_000,
        killSignal: 'SIGKILL',
      });
    } catch (error) {
      throw new Error(`soffice ${args.join(' ')}: ${(error as Error).message}`);
    }
  };
  if (!existsSync(join(profile, 'user', 'basic', 'Standard'))) await run(['--terminate_after_init']);
  copyFileSync(join(FIXTURES, 'Module1.xba'), join(profile, 'user', 'basic', 'Standard', 'Module1.xba'));
  return { run };
}

/** One edit by the LibreOffice macro (tests/fixtures/word/Module1.xba): the document, what to do, into `<name>.docx`. */
interface MacroEdit {
  input: string;
  name: string;
  action: string;
  args: readonly string[];
}

/**
 * Runs the macro for every edit in one LibreOffice (it takes the macro URLs in turn): starting it was most of each
 * edit's time, about a CPU second.
 */
async function macros(office: Awaited<ReturnType<typeof libreOffice>>, edits: readonly MacroEdit[]): Promise<void> {
  const urls = edits.map(({ input, name, action, args }) => {
    const quoted = [pathToFileURL(input).href, pathToFileURL(join(dir, `${name}.docx`)).href, action, ...args]
      .concat('', '', '')
      .slice(0, 6)
      .map((value) => `"${value.replace(/"/g, '""')}"`)
      .join(',');
    return `macro:///Standard.Module1.Edit(${quoted})`;
  });
  await office.run(urls);
}

/** The document the macro wrote for the edit `name`; fails with what the macro said. */
function edited(name: string): string {
  const output = join(dir, `${name}.docx`);
  const failed = existsSync(`${output}.error`) ? readFileSync(`${output}.error`, 'utf8') : '';
  expect(existsSync(output), `the macro wrote no ${output}: ${failed}`).toBe(true);
  return output;
}

/** The document edited by python-docx (tests/fixtures/word/edit-docx.py). */
function pythonDocx(input: string, name: string, action: string, ...args: string[]): string {
  const output = join(dir, `${name}.docx`);
  const result = spawnSync('/usr/bin/python3', [join(FIXTURES, 'edit-docx.py'), input, output, action, ...args], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return output;
}

/** Brings `docx` back into a fresh copy of the reglement; returns the file's new text and the import's findings. */
async function broughtBack(docx: string, name: string, changes: 'accept' | 'refuse' = 'refuse') {
  const into = join(dir, `${name}.md`);
  copyFileSync(REGLEMENT, into);
  const result = await importDocument(docx, { into, changes });
  return { text: readFileSync(into, 'utf8'), result };
}

/** Bookmark names of a document's body, in order. */
function bookmarks(docx: string): string[] {
  const xml = zipText(readFileSync(docx), 'word/document.xml');
  return [...xml.matchAll(/<w:bookmarkStart\b[^>]*\bw:name="([^"]*)"/g)].map((match) => match[1] as string);
}

/** What LibreOffice did to the bookmarks: names gone, names new, and whether the clause IDs kept their order. */
function bookmarkReport(before: string, after: string): string {
  const a = bookmarks(before);
  const b = bookmarks(after);
  const gone = a.filter((name) => !b.includes(name));
  const added = b.filter((name) => !a.includes(name));
  const common = (x: string[], y: string[]): string[] => x.filter((name) => y.includes(name));
  const order = common(a, b).join() === common(b, a).join() ? 'same order' : 'order changed';
  return `${a.length} bookmarks → ${b.length}; renamed/dropped: ${gone.join(', ') || '—'}; new: ${added.join(', ') || '—'}; ${order}`;
}

const SOURCE = (): string => readFileSync(REGLEMENT, 'utf8');

/** The paragraph edits, with the texts they find and type (the same for the macro and for python-docx). */
const PARAGRAPH_EDITS = [
  ['insert', ['op 1 augustus 2025.', 'Deze regeling wordt elke twee jaar geëvalueerd.']],
  ['delete', ['De vertrouwenspersoon is verplicht']],
  ['move', ['Deze regeling kan worden aangehaald', 'Deze regeling treedt in werking']],
] as const;

/** What the LibreOffice macro does to the reglement, one document per edit (the tests below read them). */
const LIBREOFFICE_EDITS: readonly (readonly [name: string, action: string, args: readonly string[]])[] = [
  ['lo-word', 'word', ['binnen een jaar', 'binnen een half jaar']],
  ...PARAGRAPH_EDITS.map(([action, args]) => [`lo-${action}`, action, args] as const),
  ['lo-comment', 'comment', ['De vertrouwenspersoon gaat na', 'Is dit ook voor personeel?', 'Jan Jansen']],
  ['lo-track', 'track', ['vier weken', 'zes weken', 'Piet Pietersen']],
];

/** The Markdown each edit must give, written from the source by hand. */
const EXPECTED = {
  word: (): string => SOURCE().replace('binnen een jaar', 'binnen een half jaar'),
  insert: (): string =>
    SOURCE().replace(
      '2. {#slot.inwerking} Deze regeling treedt in werking op 1 augustus 2025.\n',
      '2. {#slot.inwerking} Deze regeling treedt in werking op 1 augustus 2025.\n3. {#slot.regeling-twee-jaar} Deze regeling wordt elke twee jaar geëvalueerd.\n',
    ),
  delete: (): string =>
    SOURCE()
      .replace('2. {#vertrouwenspersoon.geheim} De vertrouwenspersoon is verplicht tot geheimhouding[^geheim].\n', '')
      .replace(
        '\n\n[^geheim]: Deze plicht geldt ook na beëindiging van zijn werkzaamheden als vertrouwenspersoon.',
        '',
      ),
  move: (): string =>
    SOURCE().replace(
      '1. {#slot.citeertitel} Deze regeling kan worden aangehaald als *Klachtenregeling Het Baken*.\n2. {#slot.inwerking} Deze regeling treedt in werking op 1 augustus 2025.\n',
      '1. {#slot.inwerking} Deze regeling treedt in werking op 1 augustus 2025.\n2. {#slot.citeertitel} Deze regeling kan worden aangehaald als *Klachtenregeling Het Baken*.\n',
    ),
  comment: (note: string): string =>
    SOURCE().replace('bij de verdere procedure.\n', `bij de verdere procedure. <!-- ${note} -->\n`),
  track: (): string => SOURCE().replace('Binnen vier weken na ontvangst', 'Binnen zes weken na ontvangst'),
};

beforeAll(async () => {
  mkdirSync(join(dir, 'out'), { recursive: true });
  for (const [name, source] of Object.entries(CASES)) {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, await builtDocx(source, join(dir, 'out')));
    built.set(name, path);
  }
}, 300_000);

describe.skipIf(!HAVE_SOFFICE)('LibreOffice opens and saves clausemark’s .docx: the same policy comes back', () => {
  let office: Awaited<ReturnType<typeof libreOffice>>;
  const saved = new Map<string, { convert: string; macro: string }>();
  // Two LibreOffice runs: one converts every document, one runs the macro for every save and every edit.
  beforeAll(async () => {
    office = await libreOffice();
    const outdir = join(dir, 'converted');
    await office.run(['--convert-to', 'docx', '--outdir', outdir, ...built.values()]);
    await macros(office, [
      ...[...built].map(([name, input]) => ({ input, name: `${name}-saved`, action: 'save', args: [] })),
      ...LIBREOFFICE_EDITS.map(([name, action, args]) => ({ input: built.get('reglement')!, name, action, args })),
    ]);
    for (const name of built.keys())
      saved.set(name, { convert: join(outdir, `${name}.docx`), macro: edited(`${name}-saved`) });
  }, 900_000);

  it.each(Object.keys(CASES))('%s: build → LibreOffice → import: diff is empty, every ID kept', async (name) => {
    const source = readFileSync(CASES[name as keyof typeof CASES], 'utf8');
    const sourceIds = idsOf(source);
    const lines: string[] = [];
    for (const [how, docx] of Object.entries(saved.get(name)!)) {
      for (const [carried, file] of [
        ['with the carried source', docx],
        ['from bookmarks and properties alone', join(dir, `${name}-${how}-bare.docx`)],
      ] as const) {
        if (carried !== 'with the carried source') writeFileSync(file, withoutCarriedSource(readFileSync(docx)));
        const result = await importDocument(file, { dryRun: true });
        const diff = diffTexts(source, result.output);
        const outputIds = idsOf(result.output);
        const kept = outputIds.filter((id) => sourceIds.includes(id)).length;
        lines.push(`${name} (soffice ${how}, ${carried}): IDs kept ${kept} of ${sourceIds.length}`);
        expect(counted(diff), `${how}, ${carried}`).toEqual([]);
        // A new policy from the document is a draft, the approvals it carries history (issue 68 item 2).
        expect(
          diff.meta.filter((change) => change.field !== 'status' && change.field !== 'approvals'),
          `${how}, ${carried}`,
        ).toEqual([]);
        expect(outputIds).toEqual(sourceIds);
      }
      lines.push(`${name} (soffice ${how}): ${bookmarkReport(built.get(name)!, docx)}`);
    }
    console.log(lines.join('\n'));
  });

  // The macro made every edit in the beforeAll above (LIBREOFFICE_EDITS).
  describe('edited by a LibreOffice macro, then brought back with --into', { timeout: 600_000 }, () => {
    it('one word changed: exactly one modified clause, under its own ID', async () => {
      const { text, result } = await broughtBack(edited('lo-word'), 'lo-word');
      expect(text).toBe(EXPECTED.word());
      const changes = counted(diffTexts(SOURCE(), text));
      expect(changes.map((change) => [change.kinds, change.old?.id, change.new?.id])).toEqual([
        [['modified'], 'indienen.termijn', 'indienen.termijn'],
      ]);
      expect(result.brought?.changed).toBe(1);
    });

    it.each(PARAGRAPH_EDITS)('%s', async (action) => {
      const { text } = await broughtBack(edited(`lo-${action}`), `lo-${action}`);
      expect(text).toBe(EXPECTED[action]());
    });

    it('a comment: kept beside its clause as an HTML comment, and reported', async () => {
      const { text, result } = await broughtBack(edited('lo-comment'), 'lo-comment');
      // LibreOffice dates a comment made through its API 0000-00-00: no date is written.
      expect(text).toBe(EXPECTED.comment('Word: Jan Jansen: Is dit ook voor personeel?'));
      expect(result.findings.find((finding) => finding.ruleId === 'import-comment')?.params?.id).toBe(
        'vertrouwenspersoon.taak',
      );
    });

    it('a tracked change: refused undecided, listed with its author and taken with --accept-changes', async () => {
      const docx = edited('lo-track');
      await expect(broughtBack(docx, 'lo-track-refused')).rejects.toThrow(/tracked changes/);
      const { text, result } = await broughtBack(docx, 'lo-track', 'accept');
      expect(text).toBe(EXPECTED.track());
      const proposal = result.findings.find((finding) => finding.ruleId === 'import-proposal');
      expect(proposal?.params).toMatchObject({ id: 'commissie.besluit', authors: 'Piet Pietersen' });
    });
  });
});

describe.skipIf(!HAVE_PYTHON_DOCX)('edited by python-docx, then brought back with --into', () => {
  it('one word changed: exactly one modified clause, under its own ID', async () => {
    const { text } = await broughtBack(
      pythonDocx(built.get('reglement')!, 'py-word', 'word', 'binnen een jaar', 'binnen een half jaar'),
      'py-word',
    );
    expect(text).toBe(EXPECTED.word());
    expect(counted(diffTexts(SOURCE(), text)).map((change) => change.new?.id)).toEqual(['indienen.termijn']);
  });

  it.each(PARAGRAPH_EDITS)('%s', async (action, args) => {
    const { text } = await broughtBack(
      pythonDocx(built.get('reglement')!, `py-${action}`, action, ...args),
      `py-${action}`,
    );
    expect(text).toBe(EXPECTED[action]());
  });

  it('a comment: kept with its author and date', async () => {
    const docx = pythonDocx(
      built.get('reglement')!,
      'py-comment',
      'comment',
      'De vertrouwenspersoon gaat na',
      'Is dit ook voor personeel?',
      'Jan Jansen',
    );
    const { text } = await broughtBack(docx, 'py-comment');
    expect(text).toBe(EXPECTED.comment('Word: Jan Jansen, 2026-01-12: Is dit ook voor personeel?'));
  });

  it('a tracked change: taken with --accept-changes, left with --reject-changes', async () => {
    const docx = pythonDocx(built.get('reglement')!, 'py-track', 'track', 'vier weken', 'zes weken', 'Piet Pietersen');
    expect((await broughtBack(docx, 'py-track', 'accept')).text).toBe(EXPECTED.track());
    const into = join(dir, 'py-track-rejected.md');
    copyFileSync(REGLEMENT, into);
    const rejected = await importDocument(docx, { into, changes: 'reject' });
    expect(readFileSync(into, 'utf8')).toBe(SOURCE());
    expect(rejected.findings.find((finding) => finding.ruleId === 'import-proposal')?.messageId).toBe(
      'import-proposal.rejected',
    );
  });
});
