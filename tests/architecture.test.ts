// The layers the README names are enforced here: a module may import only from its own folder or from folders
// earlier in the pipeline order. An import against the order (and so any cycle between folders) fails this test
// with the file and the import that broke it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/paths.js';
import { sourceFiles } from './support/source-files.js';

/** The pipeline, lowest first: each folder may import from the folders before it. */
const LAYERS = [
  'model',
  'text',
  'io',
  'parse',
  'edit',
  'fmt',
  'procedure',
  'approve',
  'brand',
  'match',
  'diff',
  'compare',
  'sector',
  'check',
  'import',
  'wording',
  'render',
  'build',
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

function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
    )) {
      const specifier = (match[1] ?? match[2])!;
      const from = topFolder(file);
      const to = topFolder(resolve(dirname(file), specifier));
      if (from !== to) edges.push({ file: relative(PROJECT_ROOT, file), specifier, from, to });
    }
  }
  return edges;
}

describe('architecture', () => {
  const edges = importEdges();

  it('every folder of src/ has its place in the pipeline order', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((folder) => !(LAYERS as readonly string[]).includes(folder))).toEqual([]);
  });

  it("is the order of the README's Layout block, which names every folder of src/, scripts/ and templates/", () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /## Layout[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const listed = [...block.matchAll(/^src\/(\w+)/gm)].map((match) => match[1]);
    expect(listed).toEqual([...LAYERS]);
    for (const top of ['scripts', 'templates']) {
      const line = new RegExp(`^${top}/\\s+(.*(?:\\n {2,}.*)*)`, 'm').exec(block)?.[1] ?? '';
      const entries = readdirSync(join(PROJECT_ROOT, top)).map((name) => name.replace(/\.[^.]+$/, ''));
      expect(
        entries.filter((entry) => !line.includes(entry)),
        `README Layout, ${top}/: say what these are`,
      ).toEqual([]);
    }
  });

  it('finds the imports it judges (the check itself can fail)', () => {
    expect(edges.some((edge) => edge.from === 'cli' && edge.to === 'build')).toBe(true);
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

// The CLI runs in-process too (src/cli/program.ts: a test, `serve --watch`): one run says everything through the
// CliIO it is given and ends with the exit code it returns. Code that wrote to the process's own streams, or set or
// ended its exit code, would escape the run (tests/cli/in-process.test.ts sees that for the commands it runs; this
// sees it in every file). Comment lines are not code.
const PROCESS_OUTPUT = /\bconsole\.\w+|process\.(?:stdout|stderr|exitCode|exit)\b/g;
/** The files that may, and why. */
const PROCESS_OUTPUT_ALLOWED: Record<string, string> = {
  'src/cli/main.ts': 'the binary: prints a bare --version itself, without loading the program',
  'src/cli/binary.ts':
    "the binary's run: passes the process streams to the run, sets the exit code, ends on a closed pipe",
  'src/io/atomic.ts':
    'Ctrl-C and SIGTERM: the handler the binary installs (finishWritesOnSignals) says so and ends the process',
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
