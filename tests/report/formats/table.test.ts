// Issue 29 item 2: one output-format table per report kind (src/report/formats/). Every table read from the folder
// itself (so a kind added later is held too) is checked against docs/formats.md row by row, and each row against
// what the rest of the tool needs of it: a renderer, a unique name, a default among its names, a way to refuse a
// binary format on a terminal. A format added to a table without a renderer or without its line in the docs fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTexts } from '../../../src/io/messages.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { type AnyKind, reportKinds } from './kinds.js';

/** The rows of the first table under the heading "## `command`" of docs/formats.md, each as its cells. */
function docsTable(docs: string, command: string): string[][] | undefined {
  const sections = docs.split(/^## /m).slice(1);
  const section = sections.find((text) => text.startsWith(`\`${command}\`\n`));
  if (section === undefined) return undefined;
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim()),
  );
}

/** Each `--format a\|b\|c` list in `text` (Markdown table cells escape the bar), without combinations (pdf,docx). */
function formatLists(text: string): string[][] {
  return [...text.matchAll(/--format ([a-z,]+(?:\\\|[a-z,]+)+)/g)].map((match) =>
    (match[1] ?? '').split('\\|').filter((name) => !name.includes(',')),
  );
}

/** The cells docs/formats.md must show for a row: name (default marked), extension, binary, where it goes. */
function expectedCells(kind: AnyKind, format: AnyKind['formats'][number]): (string | RegExp)[] {
  const escaped = format.extension.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    `\`${format.name}\`${format.name === kind.fallback ? ' (default)' : ''}`,
    `\`.${format.extension}\``,
    format.binary ? 'yes' : 'no',
    format.destination === 'stdout' ? 'standard output' : new RegExp(`^\`[^\`]+\\.${escaped}\`$`),
  ];
}

describe('the output-format tables', () => {
  it('are found in src/report/formats/: one per command that writes a report', async () => {
    const commands = [...(await reportKinds()).values()].map((kind) => kind.command).sort();
    expect(commands).toEqual(['acknowledge', 'agenda', 'build', 'check', 'compare', 'deviations', 'diff', 'dossier']);
  });

  it('give every format a renderer, a unique name and extension, and a default among their names', async () => {
    for (const [exported, kind] of await reportKinds()) {
      const names = kind.formats.map((format) => format.name);
      expect(new Set(names).size, `${exported}: names used twice`).toBe(names.length);
      expect(new Set(kind.formats.map((format) => format.extension)).size, `${exported}: extensions`).toBe(
        names.length,
      );
      expect(names, `${exported}: its default`).toContain(kind.fallback);
      for (const format of kind.formats) {
        expect(typeof format.render, `${exported} ${format.name}: its renderer`).toBe('function');
        expect(format.name, `${exported}: a name --format can take`).toMatch(/^[a-z]+$/);
        expect(['stdout', 'file'], `${exported} ${format.name}: its destination`).toContain(format.destination);
      }
    }
  });

  it('word an unknown format, and refuse a binary one on a terminal with words of its own', async () => {
    for (const language of ['en', 'nl'] as const) {
      const texts = messageTexts(language);
      for (const [exported, kind] of await reportKinds()) {
        expect(texts.has(kind.unknown.messageId), `${exported}: ${kind.unknown.messageId} in ${language}`).toBe(true);
        if (kind.unknown.fixId) expect(texts.has(kind.unknown.fixId), `${exported}: ${kind.unknown.fixId}`).toBe(true);
        for (const format of kind.formats.filter((row) => row.binary)) {
          expect(texts.has(format.named ?? ''), `${exported} ${format.name}: its name, ${format.named}`).toBe(true);
          // A report the output helper writes may go to standard output, so a binary format needs the refusal.
          if (kind.output)
            expect(kind.terminal, `${exported} ${format.name}: the argument and hint for a terminal`).toBeDefined();
        }
      }
    }
  });

  it('are the tables of docs/formats.md, row by row, each with a description', async () => {
    const docs = readFileSync(join(PROJECT_ROOT, 'docs', 'formats.md'), 'utf8');
    for (const kind of (await reportKinds()).values()) {
      const rows = docsTable(docs, kind.command);
      expect(rows, `docs/formats.md has no table under "## \`${kind.command}\`"`).toBeDefined();
      expect(
        rows?.map((cells) => cells[0]),
        `docs/formats.md, ${kind.command}: the formats`,
      ).toEqual(kind.formats.map((format) => expectedCells(kind, format)[0]));
      kind.formats.forEach((format, index) => {
        const cells = rows?.[index] ?? [];
        const [name, extension, binary, destination] = expectedCells(kind, format);
        const where = `docs/formats.md, ${kind.command} ${format.name}`;
        expect(cells.slice(0, 3), where).toEqual([name, extension, binary]);
        expect(cells[3], `${where}: without --out`).toMatch(
          destination instanceof RegExp ? destination : new RegExp(`^${destination}$`),
        );
        expect(cells[4]?.length ?? 0, `${where}: what it is`).toBeGreaterThan(10);
        expect(cells, `${where}: five columns`).toHaveLength(5);
      });
    }
  });

  it("are the lists of formats in the command table of docs/commands.md and in the command's own page of docs/", async () => {
    const commands = readFileSync(join(PROJECT_ROOT, 'docs', 'commands.md'), 'utf8').split('\n');
    for (const kind of (await reportKinds()).values()) {
      const names = kind.formats.map((format) => format.name);
      const rows = commands.filter((line) => line.startsWith(`| \`clausemark ${kind.command} `));
      for (const list of rows.flatMap(formatLists))
        expect(list, `docs/commands.md, clausemark ${kind.command}`).toEqual(names);
      const page = join(PROJECT_ROOT, 'docs', `${kind.command}.md`);
      if (!existsSync(page)) continue;
      for (const list of formatLists(readFileSync(page, 'utf8')))
        expect(list, `docs/${kind.command}.md`).toEqual(names);
    }
  });
});
