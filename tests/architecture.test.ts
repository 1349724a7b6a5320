// The layers docs/development.md names are enforced here: a module may import only from its own folder or from folders
// earlier in the pipeline order. An import against the order (and so any cycle between folders) fails this test
// with the file and the import that broke it.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/paths.js';
import { type LongFunction, longFunctions, longFunctionsIn } from './support/long-functions.js';
import { sourceFiles } from './support/source-files.js';

/** The pipeline, lowest first: each folder may import from the folders before it. */
const LAYERS = [
  'model',
  'text',
  'io',
  'parse',
  'fmt',
  'procedure',
  'brand',
  'match',
  'diff',
  'compare',
  'template',
  'check',
  'import',
  'wording',
  'render',
  'build',
  'report',
  'jobs',
  'cli',
] as const;

const SRC = join(PROJECT_ROOT, 'src');

interface Edge {
  file: string;
  specifier: string;
  from: string;
  to: string;
}

function topFolder(path: string): string {
  const parts = relative(SRC, path).split('/');
  return parts.length > 1 ? parts[0]! : '.';
}

/** Every relative import of src/: the importing file and the file it names. */
function relativeImports(): { file: string; specifier: string; target: string }[] {
  const found: { file: string; specifier: string; target: string }[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
    )) {
      const specifier = (match[1] ?? match[2])!;
      found.push({ file, specifier, target: resolve(dirname(file), specifier) });
    }
  }
  return found;
}

function importEdges(): Edge[] {
  return relativeImports().flatMap(({ file, specifier, target }) => {
    const from = topFolder(file);
    const to = topFolder(target);
    return from !== to ? [{ file: relative(PROJECT_ROOT, file), specifier, from, to }] : [];
  });
}

describe('architecture', () => {
  const edges = importEdges();

  it('every folder of src/ has its place in the pipeline order', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((folder) => !(LAYERS as readonly string[]).includes(folder))).toEqual([]);
  });

  it('is the order of the Layout block of docs/development.md, which names every folder of src/, scripts/ and templates/', () => {
    const development = readFileSync(join(PROJECT_ROOT, 'docs', 'development.md'), 'utf8');
    const block = /## Layout[\s\S]*?```\n([\s\S]*?)```/.exec(development)?.[1] ?? '';
    const listed = [...block.matchAll(/^src\/(\w+)/gm)].map((match) => match[1]);
    expect(listed).toEqual([...LAYERS]);
    for (const top of ['scripts', 'templates']) {
      const line = new RegExp(`^${top}/\\s+(.*(?:\\n {2,}.*)*)`, 'm').exec(block)?.[1] ?? '';
      const entries = readdirSync(join(PROJECT_ROOT, top)).map((name) => name.replace(/\.[^.]+$/, ''));
      expect(
        entries.filter((entry) => !line.includes(entry)),
        `docs/development.md Layout, ${top}/: say what these are`,
      ).toEqual([]);
    }
  });

  it('finds the imports it judges (the check itself can fail)', () => {
    expect(edges.some((edge) => edge.from === 'cli' && edge.to === 'jobs')).toBe(true);
    expect(edges.some((edge) => edge.from === 'parse' && edge.to === 'model')).toBe(true);
  });

  it('no module imports from a later stage of the pipeline', () => {
    const rank = (folder: string): number => (LAYERS as readonly string[]).indexOf(folder);
    const against = edges
      .filter((edge) => rank(edge.to) > rank(edge.from) || edge.from === '.' || edge.to === '.')
      .map((edge) => `${edge.file} imports ${edge.specifier} (${edge.from} → ${edge.to})`);
    expect(against).toEqual([]);
  });
});

// Every command the user types has a job of its name: `clausemark <word>` is src/cli/commands/<word>.ts, a thin shell
// (its options, one job, what it prints) over src/jobs/<word>.ts, which tests call directly. src/jobs holds nothing
// else but a job's parts, named <word>-<part>.ts (build-at.ts: `build --at`). So a newcomer finds any capability by
// the word they type.
const COMMANDS = join(SRC, 'cli', 'commands');
const JOBS = join(SRC, 'jobs');
/** At most this many lines a command file: more means work that belongs in its job. */
const COMMAND_LINES = 80;

const tsNames = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -'.ts'.length));

describe('a job per CLI word', () => {
  const commands = tsNames(COMMANDS);

  it('every command has its job in src/jobs/<word>.ts and calls it', () => {
    const jobs = new Set(tsNames(JOBS));
    const without = commands.filter((word) => {
      const text = readFileSync(join(COMMANDS, `${word}.ts`), 'utf8');
      return !jobs.has(word) || !text.includes(`'../../jobs/${word}.js'`);
    });
    expect(without).toEqual([]);
  });

  it(`every command file is at most ${COMMAND_LINES} lines`, () => {
    const long = commands
      .map((word) => ({ word, lines: readFileSync(join(COMMANDS, `${word}.ts`), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > COMMAND_LINES);
    expect(long).toEqual([]);
  });

  it('src/jobs holds only jobs and their parts, each named by its command', () => {
    const strays = tsNames(JOBS).filter(
      (name) => !commands.some((word) => name === word || name.startsWith(`${word}-`)),
    );
    expect(readdirSync(JOBS).filter((name) => !name.endsWith('.ts'))).toEqual([]);
    expect(strays).toEqual([]);
  });
});

// The start-up machinery (threads, V8's code cache, the prepared code, start's replay) is a room of its own,
// src/cli/startup/, not among the commands: the binary (main.ts) enters it, and `start` keeps its stamp through it;
// no other file of src/ imports it, so a run in a test's process (program.ts) carries none of it.
const STARTUP = join(SRC, 'cli', 'startup');
/** The files outside src/cli/startup that may import it, and why. */
const STARTUP_ENTRANCES: Record<string, string> = {
  'src/cli/main.ts': 'the binary: replays an idle `start`, else runs the command thread',
  'src/cli/commands/start.ts': 'keeps the stamp the next `start` replays',
};

describe('start-up: a room of its own', () => {
  const into = relativeImports()
    .filter(({ file, target }) => !file.startsWith(STARTUP + sep) && target.startsWith(STARTUP + sep))
    .map(({ file, specifier }) => ({ file: relative(PROJECT_ROOT, file), specifier }));

  it('finds the imports it judges (the check itself can fail)', () => {
    expect(into.some(({ file }) => file === 'src/cli/main.ts')).toBe(true);
  });

  it('only the binary and `start` import src/cli/startup', () => {
    expect(
      into
        .filter(({ file }) => !(file in STARTUP_ENTRANCES))
        .map(({ file, specifier }) => `${file} imports ${specifier}`),
    ).toEqual([]);
  });
});

/** The groups of files that import each other round (Tarjan's strongly connected components of more than one file). */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('imports between files', () => {
  it('no files import each other round, statically or on demand, type imports included', () => {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(SRC)) graph.set(relative(PROJECT_ROOT, file), []);
    for (const { file, target } of relativeImports())
      graph.get(relative(PROJECT_ROOT, file))?.push(relative(PROJECT_ROOT, target).replace(/\.js$/, '.ts'));
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle where there is one (the check itself can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});

// Inside src/compare the rooms are the stages of a comparison, and a room imports only from itself and the rooms
// before it: read (the documents, topic lists and a person's answers as they come in), terms (words, lemmas,
// synonyms, a document's units and vectors), scores (the score matrix's rows, over two threads), topics (signals,
// topic scores, coverage), passes (pairing clauses: pass one to four, unit links, topic links), provisions (what the
// pairs make: provisions, additions, suggestions, the review queue) and confirm (a person's answers applied). Only
// index.ts, the room's front door, stands in src/compare itself. So a newcomer sees where reading ends and scoring
// begins, and no stage reaches forward into a later one.
const COMPARE = join(SRC, 'compare');
/** The rooms of src/compare, first stage first: each may import only itself and the rooms before it. */
const COMPARE_ROOMS = ['read', 'terms', 'scores', 'topics', 'passes', 'provisions', 'confirm'] as const;

/** A file's room in the folder `top` of src/, or '' for a file directly in it (a front door such as index.ts). */
function roomOf(top: string, path: string): string {
  const parts = relative(join(SRC, top), path).split('/');
  return parts.length > 1 ? parts[0]! : '';
}

/** Whether room `from` may import room `to` of a folder whose rooms are `rooms`, first first ('' the front door). */
function roomImportAllowed(rooms: readonly string[], from: string, to: string): boolean {
  if (from === '') return true;
  if (to === '') return false;
  return rooms.includes(from) && rooms.includes(to) && rooms.indexOf(to) <= rooms.indexOf(from);
}

/** The imports between two rooms of the folder `top` of src/. */
function roomEdges(top: string): Edge[] {
  return relativeImports()
    .filter(({ file, target }) => topFolder(file) === top && topFolder(target) === top)
    .map(({ file, specifier, target }) => ({
      file: relative(PROJECT_ROOT, file),
      specifier,
      from: roomOf(top, file),
      to: roomOf(top, target),
    }))
    .filter((edge) => edge.from !== edge.to);
}

/** The imports of the folder `top` of src/ against the order of its rooms. */
function roomImportsAgainst(top: string, rooms: readonly string[]): string[] {
  return roomEdges(top)
    .filter((edge) => !roomImportAllowed(rooms, edge.from, edge.to))
    .map((edge) => `${edge.file} imports ${edge.specifier} (${edge.from || `${top}/`} → ${edge.to || `${top}/`})`);
}

describe('compare: rooms by stage', () => {
  const edges = roomEdges('compare');

  it('src/compare holds its rooms and index.ts alone', () => {
    const entries = readdirSync(COMPARE);
    expect(
      entries.filter((name) => name !== 'index.ts' && !(COMPARE_ROOMS as readonly string[]).includes(name)),
    ).toEqual([]);
    for (const room of COMPARE_ROOMS) expect(statSync(join(COMPARE, room)).isDirectory()).toBe(true);
  });

  it('finds the imports it judges (the check itself can fail)', () => {
    expect(edges.some((edge) => edge.from === 'passes' && edge.to === 'scores')).toBe(true);
    expect(edges.some((edge) => edge.from === '' && edge.to === 'confirm')).toBe(true);
    expect(roomImportAllowed(COMPARE_ROOMS, 'terms', 'topics')).toBe(false);
    expect(roomImportAllowed(COMPARE_ROOMS, 'read', '')).toBe(false);
  });

  it('no room imports a later room or index.ts', () => {
    expect(roomImportsAgainst('compare', COMPARE_ROOMS)).toEqual([]);
  });
});

// Inside src/report the rooms are what a report is made of, each importing only itself and the rooms before it:
// documents (one document given what it needs from the project: the board pack, the comparison's PDF and page on
// its own, the Word revision, the school overview's words, the pages' assets), formats (one output-format table per
// command, whose rows call the documents), corpus (the corpus `start` reports on, read and planned once, and the
// board packs and comparisons it writes through the format tables) and site (the HTML report of that corpus). No
// file stands in src/report itself. So a format table never reaches into the site, nor a document into a corpus.
const REPORT = join(SRC, 'report');
/** The rooms of src/report, first first: each may import only itself and the rooms before it. */
const REPORT_ROOMS = ['documents', 'formats', 'corpus', 'site'] as const;

describe('report: rooms by what they make', () => {
  const edges = roomEdges('report');

  it('src/report holds its rooms alone', () => {
    expect(readdirSync(REPORT).filter((name) => !(REPORT_ROOMS as readonly string[]).includes(name))).toEqual([]);
    for (const room of REPORT_ROOMS) expect(statSync(join(REPORT, room)).isDirectory()).toBe(true);
  });

  it('finds the imports it judges (the check itself can fail)', () => {
    expect(edges.some((edge) => edge.from === 'formats' && edge.to === 'documents')).toBe(true);
    expect(edges.some((edge) => edge.from === 'site' && edge.to === 'corpus')).toBe(true);
    expect(roomImportAllowed(REPORT_ROOMS, 'formats', 'site')).toBe(false);
    expect(roomImportAllowed(REPORT_ROOMS, 'documents', 'formats')).toBe(false);
  });

  it('no room imports a later room', () => {
    expect(roomImportsAgainst('report', REPORT_ROOMS)).toEqual([]);
  });
});

// Inside src/render the products stand apart, as Typst's exporters do: each product (pdf, docx, html, boardpack,
// compare, deviations, diff, dossier, agenda …) imports only the typesetting engine (render/engine) and the
// format-neutral pieces (render/shared: inline runs, theme, approval rows, shared texts), never another product; the
// engine imports only the shared pieces, and those nothing else of render. So a change to one output cannot move
// another's bytes by a side door, and a new product finds everything it may use in two folders.
const RENDER = join(SRC, 'render');
/** The parts of render/ below the products, lowest first: each may import only the ones before it. */
const RENDER_BASE = ['shared', 'engine'] as const;

/** 'shared', 'engine', a product's folder, or '' for a file directly in render/ (which belongs to no part). */
function renderPart(path: string): string {
  const parts = relative(RENDER, path).split('/');
  return parts.length > 1 ? parts[0]! : '';
}

function renderImportAllowed(from: string, to: string): boolean {
  if (from === '' || to === '') return false;
  if (from === to) return true;
  const base = RENDER_BASE as readonly string[];
  if (!base.includes(to)) return false;
  return !base.includes(from) || base.indexOf(to) < base.indexOf(from);
}

describe('render: products apart over one engine', () => {
  const edges: Edge[] = relativeImports()
    .filter(({ file, target }) => topFolder(file) === 'render' && topFolder(target) === 'render')
    .map(({ file, specifier, target }) => ({
      file: relative(PROJECT_ROOT, file),
      specifier,
      from: renderPart(file),
      to: renderPart(target),
    }))
    .filter((edge) => edge.from !== edge.to || edge.from === '');

  it('finds the imports it judges (the check itself can fail)', () => {
    expect(edges.some((edge) => edge.from === 'pdf' && edge.to === 'engine')).toBe(true);
    expect(edges.some((edge) => edge.from === 'docx' && edge.to === 'shared')).toBe(true);
    expect(renderImportAllowed('docx', 'pdf')).toBe(false);
    expect(renderImportAllowed('shared', 'engine')).toBe(false);
  });

  it('no product imports another product; the engine imports only the shared pieces, and those no other part', () => {
    const against = edges
      .filter((edge) => !renderImportAllowed(edge.from, edge.to))
      .map((edge) => `${edge.file} imports ${edge.specifier} (${edge.from || 'render/'} → ${edge.to || 'render/'})`);
    expect(against).toEqual([]);
  });
});

// A renderer is a pure function of what it is given. What a document needs from the project (brand files, labels,
// dates from the policies or SOURCE_DATE_EPOCH, the tool's version) is read in src/build and src/report before the
// renderer is called: the policy PDF's (policy.ts), the board pack's (boardpack.ts) and the comparison's (compare-pdf.ts) alike.
// So nothing under src/render reads files, the environment or the clock. Comment lines are not code.
const PROJECT_READERS =
  /\b(?:readFileSync|readFile|existsSync|readdirSync|statSync|loadBrand|loadLabels|process\.env|Date\.now)\b|new Date\(\)|from\s*['"]node:(?:fs|child_process)/g;
/** What a renderer may import from src/io and src/brand/load.ts, and why. */
const RENDER_READS_ALLOWED: Record<string, string> = {
  'src/io/messages.ts': "the tool's own words by id (templates/messages), as every layer words what it says",
};

function projectReadsInRender(): string[] {
  const imports = relativeImports().flatMap(({ file, specifier, target }) => {
    const name = relative(PROJECT_ROOT, target).replace(/\.js$/, '.ts');
    const reads = topFolder(target) === 'io' || name === 'src/brand/load.ts';
    return topFolder(file) === 'render' && reads && !(name in RENDER_READS_ALLOWED)
      ? [`${relative(PROJECT_ROOT, file)} imports ${specifier}`]
      : [];
  });
  const calls = sourceFiles(join(SRC, 'render')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        /^\s*(?:\/\/|\/?\*)/.test(line)
          ? []
          : [...line.matchAll(PROJECT_READERS)].map(
              (match) => `${relative(PROJECT_ROOT, file)}:${index + 1}: ${match[0]}`,
            ),
      ),
  );
  return [...imports, ...calls];
}

describe('render: every renderer is given its input', () => {
  it('no module of src/render reads the project, the environment or the clock (src/build and src/report prepare its input)', () => {
    expect(projectReadsInRender()).toEqual([]);
  });

  it('finds what it forbids (the check itself can fail)', () => {
    const preparer = readFileSync(join(SRC, 'report', 'documents', 'compare-pdf.ts'), 'utf8');
    expect([...preparer.matchAll(PROJECT_READERS)].map((match) => match[0])).toContain('loadLabels');
    expect([...'new Date() process.env.X'.matchAll(PROJECT_READERS)]).toHaveLength(2);
  });
});

// The CLI runs in-process too (src/cli/program.ts: a test, `serve --watch`): one run says everything through the
// CliIO it is given and ends with the exit code it returns. Code that wrote to the process's own streams, or set or
// ended its exit code, would escape the run (tests/cli/in-process.test.ts sees that for the commands it runs; this
// sees it in every file). Comment lines are not code.
const PROCESS_OUTPUT = /\bconsole\.\w+|process\.(?:stdout|stderr|exitCode|exit)\b/g;
/** The files that may, and why. */
const PROCESS_OUTPUT_ALLOWED: Record<string, string> = {
  'src/cli/main.ts': 'the binary: prints a bare --version itself, without loading the program',
  'src/cli/startup/binary.ts':
    "the binary's run: writes the command thread's output to the process streams, sets the exit code, ends on a closed pipe, and on Ctrl-C or SIGTERM says so and ends the process",
};

describe('output of the CLI', () => {
  it('no module but the binary and its signal handler writes to the process or sets its exit code', () => {
    const found = sourceFiles(SRC).flatMap((file) => {
      const name = relative(PROJECT_ROOT, file);
      if (name in PROCESS_OUTPUT_ALLOWED) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          /^\s*(?:\/\/|\/?\*)/.test(line)
            ? []
            : [...line.matchAll(PROCESS_OUTPUT)].map((match) => `${name}:${index + 1}: ${match[0]}`),
        );
    });
    expect(found).toEqual([]);
  });

  it('finds what it forbids (the check itself can fail)', () => {
    const allowed = Object.keys(PROCESS_OUTPUT_ALLOWED).map((file) => readFileSync(join(PROJECT_ROOT, file), 'utf8'));
    expect(allowed.every((text) => [...text.matchAll(PROCESS_OUTPUT)].length > 0)).toBe(true);
  });
});

// Functions under about 60 lines where a step has a name (the handbook): a longer one is split into functions named
// for its steps. The counter (tests/support/long-functions.ts) reads src/ with the TypeScript parser and counts every
// function-like node, nested ones too. What stays longer is listed here, each with why, so a new long function fails
// and a function split below the limit must leave the list.
const FUNCTION_LINES = 60;

/** Long by nature: a table or a hot loop whose parts would name no step. */
const LONG_BY_NATURE: Record<string, string> = {
  'src/render/diff/html-style.ts:stylesheet':
    "one CSS template literal, the change report's stylesheet: a table of rules, with two of the run's phrases in it",
  'src/import/readers/pdf-filters.ts:lzw':
    "the LZW decoder's one loop over the bits (61 lines): its code table, widths and output share state at every code",
};

/** Not yet split: none. A long function with steps to name is split, not listed here (issue 29 item 5). */
const NOT_YET_SPLIT: readonly string[] = [];

describe(`functions of src/ over ${FUNCTION_LINES} lines`, () => {
  const long = longFunctions(SRC, FUNCTION_LINES);
  const key = (found: LongFunction): string => `${found.file}:${found.name}`;
  const listed = new Set([...Object.keys(LONG_BY_NATURE), ...NOT_YET_SPLIT]);

  it('are only those listed, each with why', () => {
    expect(
      long
        .filter((found) => !listed.has(key(found)))
        .map((found) => `${key(found)} (line ${found.line}): ${found.lines} lines`),
    ).toEqual([]);
  });

  it('leave the list once split (every entry is still over the limit)', () => {
    const still = new Set(long.map(key));
    expect([...listed].filter((entry) => !still.has(entry))).toEqual([]);
  });

  it('are counted as written, nested ones too (the check itself can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-long-'));
    const file = join(dir, 'sample.ts');
    const body = (lines: number): string =>
      Array.from({ length: lines - 2 }, (_, index) => `  const v${index} = ${index};`).join('\n');
    writeFileSync(
      file,
      `export function atLimit(): void {\n${body(FUNCTION_LINES)}\n}\n` +
        `export function outer(): void {\n  const inner = (): void => {\n${body(FUNCTION_LINES + 1)}\n  };\n  inner();\n}\n`,
    );
    expect(longFunctionsIn(file, FUNCTION_LINES).map((found) => [found.name, found.lines])).toEqual([
      ['outer', FUNCTION_LINES + 4],
      ['inner', FUNCTION_LINES + 1],
    ]);
  });
});

// The same input gives the same bytes on every machine: a sort by localeCompare without a locale follows the
// machine's (a Danish one puts "aa" after "z"), so every call names its locale. pdfkit's own name-tree sort is
// replaced in src/render/engine/document.ts (tests/render/engine/document.test.ts).
const MACHINE_LOCALE_SORT = /\.localeCompare\((?:[^(),]|\([^()]*\))+\)/g;

describe('output that does not depend on the machine', () => {
  it('no localeCompare of src/ sorts by the machine locale', () => {
    const found = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          [...line.matchAll(MACHINE_LOCALE_SORT)].map(
            (match) => `${relative(PROJECT_ROOT, file)}:${index + 1}: ${match[0]}`,
          ),
        ),
    );
    expect(found).toEqual([]);
  });

  it('finds what it forbids (the check itself can fail)', () => {
    const text = "a.localeCompare(b) x.name.localeCompare(f(y)) a.localeCompare(b, 'nl')";
    expect([...text.matchAll(MACHINE_LOCALE_SORT)].map((match) => match[0])).toEqual([
      '.localeCompare(b)',
      '.localeCompare(f(y))',
    ]);
  });
});
