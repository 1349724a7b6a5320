// The README's walk-through, run as it stands (issue 43 item 6): every command its section "Your own documents, step
// by step" shows runs in that order, in a fresh folder beside the two Word documents it imports
// (tests/fixtures/import/truths/pestprotocol.docx, as LibreOffice writes one, and tests/fixtures/readme/, as Word
// writes one), and what the command prints must be the output shown under it, line for line (timings aside; a line
// "…" stands for lines the README leaves out). What the reader does by hand (the edits in a text editor) is done here
// as the README shows it: a block of the walk-through this test does not know fails it, so the README cannot show an
// edit or an output that was not run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const SECTION = '## Your own documents, step by step';

/** The day the walk-through is run on, so that a review falling due one day does not change what `check` says. */
const TODAY = new Date('2026-11-25T10:00:00Z');

const REGENBOOG = 'policies/regenboog/pestprotocol.md';
const REVISION = 'policies/regenboog/revisions/pestprotocol-2.2.md';

/** The edits the README asks the reader to make by hand, keyed by the block it shows them in. */
const HAND_EDITS: { block: string; apply: (dir: string) => void }[] = [
  {
    block: 'kind: pestprotocol\nlevel: school\n',
    apply: (dir) => edit(join(dir, REGENBOOG), [['kind: pestprotocol\n', 'kind: pestprotocol\nlevel: school\n']]),
  },
  {
    block: 'version: "2.2"\nstatus: draft\nsupersedes: "2.1"\n',
    apply: (dir) =>
      edit(join(dir, REVISION), [
        ['version: "2.1"\n', 'version: "2.2"\n'],
        ['status: approved\n', 'status: draft\nsupersedes: "2.1"\n'],
        [/approvals:\n(?: {2}.*\n)+/, ''],
      ]),
  },
  {
    block:
      '-Bij ernstig pesten kan de school een leerling schorsen.\n+Bij ernstig pesten kan de directeur een leerling ten hoogste een week schorsen, na overleg met de ouders.\n',
    apply: (dir) =>
      edit(join(dir, REVISION), [
        [
          'Bij ernstig pesten kan de school een leerling schorsen.',
          'Bij ernstig pesten kan de directeur een leerling ten hoogste een week schorsen, na overleg met de ouders.',
        ],
      ]),
  },
];

function edit(file: string, replacements: [string | RegExp, string][]): void {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${file}: the README's edit finds no ${String(from)}`);
    text = next;
  }
  writeFileSync(file, text);
}

interface Block {
  lang: string;
  text: string;
}

/** The fenced blocks of the README's walk-through, in order. */
function walkthroughBlocks(): Block[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README.md has no section "${SECTION}"`);
  const end = readme.indexOf('\n## ', start + SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    lang: match[1] ?? '',
    text: match[2] ?? '',
  }));
}

/** A command line as a POSIX shell splits it (double quotes only: all the README uses). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** What a reader compares by eye: timings vary from run to run. */
function steady(text: string): string[] {
  return text
    .replace(/\bin \d+(?:\.\d+)? s\b/g, 'in … s')
    .split('\n')
    .map((line) => line.trimEnd());
}

/** The shown lines appear in the printed lines, in order; a shown line "…" skips any number of printed lines. */
function expectShown(printed: string, shown: string, command: string): void {
  const got = steady(printed);
  while (got.length > 0 && got[got.length - 1] === '') got.pop();
  const want = steady(shown);
  while (want.length > 0 && want[want.length - 1] === '') want.pop();
  if (!want.includes('…')) {
    expect(got, `README output of \`${command}\``).toEqual(want);
    return;
  }
  let at = 0;
  let skipping = false;
  for (const line of want) {
    if (line === '…') {
      skipping = true;
      continue;
    }
    const found = skipping ? got.indexOf(line, at) : got[at] === line ? at : -1;
    expect(found, `README output of \`${command}\`: "${line}" (printed:\n${got.join('\n')})`).toBeGreaterThanOrEqual(0);
    at = found + 1;
    skipping = false;
  }
  if (!skipping) expect(at, `README output of \`${command}\`: printed more than shown`).toBe(got.length);
}

describe("the README's walk-through on a policy officer's own Word documents", () => {
  const documents = mkdtempSync(join(tmpdir(), 'clausemark-readme-'));
  afterAll(() => rmSync(documents, { recursive: true, force: true }));

  it('prints what the README shows, command by command', { timeout: 240_000 }, async () => {
    copyFileSync(
      join(PROJECT_ROOT, 'tests/fixtures/import/truths/pestprotocol.docx'),
      join(documents, 'Pestprotocol.docx'),
    );
    copyFileSync(
      join(PROJECT_ROOT, 'tests/fixtures/readme/Pestprotocol De Wilg.docx'),
      join(documents, 'Pestprotocol De Wilg.docx'),
    );
    const blocks = walkthroughBlocks();
    const edits = [...HAND_EDITS];
    let cwd = documents;
    let ran = 0;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TODAY);
    try {
      for (const [index, block] of blocks.entries()) {
        if (block.lang === 'sh') {
          for (const line of block.text.split('\n').filter((text) => text.trim() !== '')) {
            for (const part of line.split('&&').map((text) => text.trim())) {
              const [program, ...args] = words(part);
              if (program === 'cd') cwd = resolve(cwd, args[0] ?? '');
              else if (program === 'mkdir' || program === 'cp') execFileSync(program, args, { cwd });
              else if (program === 'clausemark') {
                const run = await runCli(args, { cwd });
                ran += 1;
                const next = blocks[index + 1];
                const printed = `${run.stderr}${run.stdout}`;
                if (next?.lang === 'text') expectShown(printed, next.text, part);
                expect(run.code, `\`${part}\` exits 0 (printed:\n${printed})`).toBe(0);
              } else throw new Error(`README walk-through: this test cannot run \`${part}\``);
            }
          }
        } else if (block.lang === 'yaml' || block.lang === 'diff') {
          const handEdit = edits.shift();
          expect(block.text, 'README walk-through: a hand edit this test does not make').toBe(handEdit?.block);
          handEdit?.apply(cwd);
        } else if (block.lang !== 'text') {
          throw new Error(`README walk-through: a \`\`\`${block.lang} block this test does not know`);
        }
      }
    } finally {
      vi.useRealTimers();
    }
    expect(edits.map((handEdit) => handEdit.block)).toEqual([]);
    expect(ran).toBeGreaterThanOrEqual(8);
  });
});
