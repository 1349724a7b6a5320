// Bundles the CLI for a fast cold start. Unbundled, a new node process resolves, stats and reads ~600 small
// modules (pdfkit, fontkit and its helpers, ~160 micromark files, …); bundled it reads a dozen files.
//
// Layout (every output file sits one folder below dist/: src/io/root.ts, src/brand/builtin.ts and src/text/months.ts
// find the package root as `../..` from their own file, and src/build/batch.ts finds the worker as `../build/worker.js`):
//   dist/cli/main.js       the `bin` entry, with its shebang (a bare --version is answered there; every other run
//                          loads src/cli/startup/binary.ts's chunk)
//   dist/cli/thread-start.cjs   the start of the thread every command runs in (src/cli/startup/binary.ts keeps the main
//                          thread free to answer signals): it runs dist/chunks/command-thread-script-*.js, the
//                          thread's code as one CommonJS file (command-thread-light-*.js: of the commands whose
//                          code loads no PDF or Word library), from V8's code cache, or else imports
//   dist/cli/command-thread.js   the same code as ES modules
//   dist/build/worker.js   the start of a build worker thread (src/build/batch.ts; src/cli/startup/worker-start.ts): it
//                          runs dist/chunks/build-worker-script-*.js from its code cache the same way
//   dist/compare/score-worker.js   the helper thread of a large comparison's score matrix (src/compare/scores/score-threads.ts
//                          finds it as `../compare/score-worker.js`), as ES modules: it is small and short-lived
//   dist/chunks/*.js       code shared between commands, loaded on demand: `check` never loads the PDF chunk
// Run after `tsc -p tsconfig.build.json` (which type-checks); this overwrites tsc's dist/cli/main.js,
// dist/cli/command-thread.js and dist/build/worker.js, writes dist/cli/thread-start.cjs and leaves tsc's other files
// alone. Dependencies stay installed: pdfkit's data files and the hyphenation patterns (required by name at run time)
// are still read from node_modules.
//
//   node scripts/bundle.mjs [--outdir <dir>] [--closure]
// --outdir writes elsewhere (its parent must look like a package root: package.json, templates/, node_modules/);
// --closure prints what each command loads before it runs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHandlebars, LAZY_HANDLEBARS, lazySvgToPdfkit } from './bundle-lazy.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? resolve(process.argv[outdirFlag + 1]) : join(root, 'dist');

// CommonJS dependencies (commander, handlebars, svg-to-pdfkit, …) call require() for Node's own modules; inside
// an ES module bundle that needs a real require.
const banner =
  "import { createRequire as __cmCreateRequire } from 'node:module'; const require = __cmCreateRequire(import.meta.url);";

/**
 * pdfkit finds two things next to its own file through import.meta.url: the sRGB ICC profile (PDF/A) and, via the
 * package's `#standard-fonts` imports map, the 14 standard fonts. Inside the bundle import.meta.url is ours, so
 * both are pointed back at the installed pdfkit, resolved on first use (never in a plain build).
 */
const PDFKIT_PATCHES = [
  {
    from: "const ICC_PROFILE_PATH = new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href;",
    to: "const ICC_PROFILE_PATH = () => new URL('./data/sRGB_IEC61966_2_1.icc', __cmPdfkitUrl()).href;",
  },
  { from: 'iccProfile = fs.readFileSync(ICC_PROFILE_PATH);', to: 'iccProfile = fs.readFileSync(ICC_PROFILE_PATH());' },
  {
    from: 'const require$1 = createRequire(import.meta.url);',
    to: 'const require$1 = (specifier) => createRequire(__cmPdfkitUrl())(specifier);',
  },
];
const PDFKIT_LOCATOR = [
  "import { pathToFileURL as __cmPathToFileURL } from 'node:url';",
  'let __cmPdfkitHref;',
  "function __cmPdfkitUrl() { return (__cmPdfkitHref ??= __cmPathToFileURL(createRequire(import.meta.url).resolve('pdfkit')).href); }",
].join('\n');

/**
 * pdfkit imports AES from @noble/ciphers for encrypted PDFs, which clausemark never writes; evaluating that module
 * computes its lookup tables (25 ms of every build's start). The shim loads it on first use instead: the module is
 * still bundled (a CommonJS require of it makes esbuild wrap it to run when first required), so an encrypting call
 * gets the same functions.
 */
const pdfkitRequire = createRequire(createRequire(join(root, 'package.json')).resolve('pdfkit'));
const NOBLE_AES = join(dirname(pdfkitRequire.resolve('@noble/ciphers/aes')), 'esm', 'aes.js');
const LAZY_AES = `
  let aes;
  const load = () => (aes ??= require(${JSON.stringify(NOBLE_AES)}));
  export const cbc = (...args) => load().cbc(...args);
  export const ecb = (...args) => load().ecb(...args);`;

/**
 * franc-min builds its trigram tables of ~80 languages when its module is evaluated (5-8 ms and their garbage on
 * every run that parses a policy), and it is asked only about a policy without a `lang`. The shim evaluates it on
 * first use, the same way as @noble/ciphers above: the module is still bundled, wrapped to run when first required.
 */
const FRANC = createRequire(join(root, 'package.json')).resolve('franc-min');
const LAZY_FRANC = `
  let loaded;
  const load = () => (loaded ??= require(${JSON.stringify(FRANC)}));
  export const franc = (...args) => load().franc(...args);
  export const francAll = (...args) => load().francAll(...args);`;

/**
 * Two dependencies of fontkit are replaced, without changing what they compute:
 * - tiny-inflate (raw DEFLATE in JavaScript; unicode-trie inflates four Unicode tables with it at load) by Node's
 *   native zlib, with tiny-inflate's contract: fill `dest`, return it, or a copy cut to length if shorter;
 * - brotli (1.3 MB, used only to read WOFF2 fonts, which src/brand/assets.ts refuses before fontkit sees them) by
 *   a stub that says so.
 */
const SHIMS = {
  'tiny-inflate': `
    const { inflateRawSync } = require('node:zlib');
    module.exports = function inflate(source, dest) {
      const out = inflateRawSync(source);
      dest.set(out.length > dest.length ? out.subarray(0, dest.length) : out);
      return out.length < dest.length ? dest.slice(0, out.length) : dest;
    };`,
  'brotli/decompress.js': `
    module.exports = function decompress() {
      throw new Error('WOFF2 fonts are not supported: use the TTF or OTF version of the font');
    };`,
};

/**
 * markdown-it ships its classes with their fields lowered to calls of one shared helper,
 * `_defineProperty(this, "map", null)`: every Token, StateBlock and StateInline goes through it once per field,
 * and one helper storing every key of every class is slow (7% of a civil code's parse). Each call on `this` becomes
 * the plain store a native class field compiles to (`this.map = null;`). The two differ only when a prototype has a
 * setter of that name, and markdown-it's classes have no accessors (the bundle fails if one appears).
 */
const MARKDOWN_IT_FIELD =
  /_defineProperty\(\s*this,((?:\s*\/\*[\s\S]*?\*\/|\s*\/\/[^\n]*)*)\s*"(\w+)",\s*([^;]*?)\s*\);/g;

function storeMarkdownItFields(source) {
  if (/^\s*(?:static\s+)?(?:get|set)\s+\w+\s*\(/m.test(source))
    throw new Error('bundle: markdown-it has accessors now');
  let stores = 0;
  const patched = source.replace(MARKDOWN_IT_FIELD, (_, _comments, name, value) => {
    stores++;
    return `this.${name} = ${value};`;
  });
  if (stores === 0) throw new Error('bundle: markdown-it changed, found no lowered class fields to store');
  return patched;
}

/**
 * restructure (fontkit's binary decoder) gives every struct it decodes four hidden fields (parent, offsets, length)
 * with one Object.defineProperties call on a new object of descriptors: ~19,000 structs in a cold 10-page build
 * (GSUB, GPOS, cmap, glyph tables), and that general path took twice as long as defining the same four fields one by
 * one (~10 ms of the build). The fields, their order and attributes (all non-enumerable and non-configurable, only
 * _currentOffset writable) are the same.
 */
const STRUCT_SETUP = {
  from: /Object\.defineProperties\(res, \{\s*parent:\s*\{ value: parent \},\s*_startOffset:\s*\{ value: stream\.pos \},\s*_currentOffset:\s*\{ value: 0, writable: true \},\s*_length:\s*\{ value: length \}\s*\}\);/,
  to: [
    "Object.defineProperty(res, 'parent', { value: parent });",
    "Object.defineProperty(res, '_startOffset', { value: stream.pos });",
    "Object.defineProperty(res, '_currentOffset', { value: 0, writable: true });",
    "Object.defineProperty(res, '_length', { value: length });",
  ].join(' '),
};

/**
 * commander requires node:child_process when it is loaded, for subcommands that are programs of their own (clausemark
 * has none): 5 ms of every command's start, node's process modules compiled. It is required on first spawn instead.
 */
const COMMANDER_CHILD_PROCESS = {
  from: "const childProcess = require('node:child_process');",
  to: "let childProcessModule;\nconst childProcess = { spawn: (...args) => (childProcessModule ??= require('node:child_process')).spawn(...args) };",
};

function lazyChildProcess(source) {
  // Only spawn is used; any other use must fail the bundle, not a subcommand on a user's machine.
  const uses = source.match(/childProcess\.\w+/g) ?? [];
  if (!source.includes(COMMANDER_CHILD_PROCESS.from) || uses.some((use) => use !== 'childProcess.spawn'))
    throw new Error('bundle: commander changed how it uses node:child_process');
  return source.replace(COMMANDER_CHILD_PROCESS.from, COMMANDER_CHILD_PROCESS.to);
}

/** `modules`: for the ES modules (svg-to-pdfkit is then required from node_modules on first use: bundle-lazy.mjs). */
const dependencyPatches = (modules) => ({
  name: 'dependency-patches',
  setup(context) {
    checkHandlebars();
    context.onResolve({ filter: /^(tiny-inflate|brotli\/decompress\.js)$/ }, (args) => ({
      path: args.path,
      namespace: 'shim',
    }));
    context.onResolve({ filter: /^@noble\/ciphers\/aes$/ }, (args) =>
      /[\\/]pdfkit[\\/]/.test(args.importer) ? { path: '@noble/ciphers/aes', namespace: 'shim' } : undefined,
    );
    // The shims' own requires (an absolute path, or the package's name as an external) are the real modules.
    context.onResolve({ filter: /^(franc-min|handlebars)$/ }, (args) => ({ path: args.path, namespace: 'shim' }));
    context.onResolve({ filter: /^svg-to-pdfkit$/ }, (args) =>
      args.namespace === 'shim' ? { path: args.path, external: true } : { path: args.path, namespace: 'shim' },
    );
    const shims = {
      '@noble/ciphers/aes': LAZY_AES,
      'franc-min': LAZY_FRANC,
      handlebars: LAZY_HANDLEBARS,
      'svg-to-pdfkit': lazySvgToPdfkit(modules),
      ...SHIMS,
    };
    context.onLoad({ filter: /.*/, namespace: 'shim' }, (args) => ({
      contents: shims[args.path],
      loader: 'js',
      resolveDir: root,
    }));
    context.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/ }, (args) => ({
      contents: storeMarkdownItFields(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
    context.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => ({
      contents: lazyChildProcess(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
    context.onLoad({ filter: /[\\/]restructure[\\/]src[\\/]Struct\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!STRUCT_SETUP.from.test(source)) throw new Error('bundle: restructure changed, cannot find Struct._setup');
      return { contents: source.replace(STRUCT_SETUP.from, STRUCT_SETUP.to), loader: 'js' };
    });
    context.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      for (const patch of PDFKIT_PATCHES) {
        // A pdfkit upgrade that moves these lines must fail the bundle, not PDF/A output on a user's machine.
        if (!source.includes(patch.from)) throw new Error(`bundle: pdfkit changed, cannot find: ${patch.from}`);
        source = source.replace(patch.from, patch.to);
      }
      return { contents: `${source}\n${PDFKIT_LOCATOR}\n`, loader: 'js' };
    });
  },
});

/**
 * esbuild escapes every character beyond ASCII in code (charset 'ascii') but keeps the comments of the dependencies
 * as they are (a ’ here, a 🪦 there). Those few made the 6.5 MB file a string of two bytes a character, which took
 * 40 ms to decode on every run; written as \u escapes (harmless in a comment) the file is ASCII, read as Latin-1.
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The commands of the command thread's light bundle: those whose code loads no PDF or Word library (no renderer,
 * pdfkit, fontkit, pdfjs or docx: `confirm` and `dossier` do), 2.1 MB where the bundle of every command is 11.3 MB.
 * A `check` of a small policy reads, deserialises and keeps the code of the bundle it starts from: CPU 0.215 s from
 * the whole, 0.160 s from one of check alone (1.9 MB; medians of 12 runs alternated, load 15-17). A bundle of build's
 * own code (6.4 MB) gained nothing (0.395 s either way), nor did one of import's (6.6 MB: a 12-page PDF 0.95 s
 * either way, 10 rounds alternated, load 12-15), so the other commands start from the bundle of every command.
 * The bundle fails when the light one holds a PDF or Word library: it would make every light command pay
 * for it.
 */
const LIGHT_COMMANDS = ['check', 'approve', 'fmt', 'adapt', 'deviations', 'upgrade', 'agenda'];

/**
 * The entries of src/cli/command-table.ts (one a line), by the command's word: the light bundle runs the command
 * thread (src/cli/startup/thread-run.ts) with those of LIGHT_COMMANDS as its table, so it holds their code alone.
 */
const TABLE_ENTRY = /^ {2}('?)([a-z][a-z-]*)\1: \(\) => import\('\.\/commands\/[a-z-]+\.js'\),$/gm;
const tableEntries = new Map(
  [...readFileSync(join(root, 'src', 'cli', 'command-table.ts'), 'utf8').matchAll(TABLE_ENTRY)].map((match) => [
    match[2],
    match[0],
  ]),
);
const missing = LIGHT_COMMANDS.filter((command) => !tableEntries.has(command));
if (missing.length > 0) throw new Error(`bundle: src/cli/command-table.ts has no entry line for ${missing.join(', ')}`);

/** The light bundle's entry module. */
const lightThread = {
  name: 'light-thread',
  setup(context) {
    context.onResolve({ filter: /^light-thread$/ }, () => ({ path: 'light-thread', namespace: 'light-thread' }));
    context.onLoad({ filter: /.*/, namespace: 'light-thread' }, () => ({
      contents: [
        "import { runCommandThread } from './startup/thread-run.js';",
        'runCommandThread({',
        ...LIGHT_COMMANDS.map((command) => tableEntries.get(command)),
        '});',
      ].join('\n'),
      loader: 'ts',
      resolveDir: join(root, 'src', 'cli'),
    }));
  },
};

/**
 * The command thread's code as one CommonJS file, dist/chunks/command-thread-script-<hash>.js, and that of the
 * commands of LIGHT_COMMANDS alone, command-thread-light-<hash>.js (and a build worker's,
 * build-worker-script-<hash>.js, src/cli/startup/worker-start.ts, alike): src/cli/startup/thread-start.ts
 * runs it through vm.Script with V8's code cache (src/cli/startup/code-cache.ts), which node 20 offers for no ES module. It
 * sits in dist/chunks/ like the chunks, so the paths its code finds from its own file (`../..`, `../build/`) and
 * the build record's code stamp (src/build/manifest.ts) are what they are in a chunk; `import.meta.url` is its
 * file's URL. Each command's code still runs only when the command is run (esbuild wraps what is imported
 * dynamically in a function called on first use): `check` runs no PDF library's code, however much the file holds.
 */
const script = await build({
  absWorkingDir: root,
  entryPoints: {
    'command-thread-script': 'src/cli/startup/command-thread.ts',
    'build-worker-script': 'src/build/worker.ts',
    'command-thread-light': 'light-thread',
  },
  outdir: join(outdir, 'chunks'),
  entryNames: '[name]-[hash]',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__cmImportMetaUrl' },
  // "use strict" first: esbuild writes its own after the banner, where it would be a plain string, not a directive
  banner: { js: "'use strict'; const __cmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [dependencyPatches(false), lightThread],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  write: false,
});
const scriptFiles = Object.keys(script.metafile.outputs);
/** The PDF and Word libraries, by the path of their modules. */
const RENDERING = /(?:^|\/)node_modules\/(pdfkit|fontkit|pdfjs-dist|docx)\//;
const lightFile = scriptFiles.find((file) => /^command-thread-light-[A-Z0-9]+\.js$/.test(basename(file)));
const rendering = Object.keys(script.metafile.outputs[lightFile].inputs).filter((input) => RENDERING.test(input));
if (rendering.length > 0)
  throw new Error(`bundle: a command of LIGHT_COMMANDS loads a PDF or Word library now (${rendering[0]}): take it out`);
mkdirSync(join(outdir, 'chunks'), { recursive: true });
/** The SHA-256 of each script bundle's text as written, by file name: its code cache is sealed with it. */
const scriptHashes = new Map();
for (const output of script.outputFiles) {
  const text = asciiOnly(output.text);
  writeFileSync(output.path, text);
  scriptHashes.set(basename(output.path), createHash('sha256').update(text, 'latin1').digest('hex'));
}
/** The file name of the script bundle of `entry` (its content hash in it) and the SHA-256 of its text. */
const scriptNamed = (entry) => {
  const name = basename(scriptFiles.find((file) => new RegExp(`^${entry}-[A-Z0-9]+\\.js$`).test(basename(file))));
  return { name, sha256: scriptHashes.get(name) };
};
const light = scriptNamed('command-thread-light');
const threadScripts = {
  all: scriptNamed('command-thread-script'),
  commands: Object.fromEntries(LIGHT_COMMANDS.map((command) => [command, light])),
};

/**
 * `start` with nothing to do (src/cli/startup/start-replay.ts, which src/cli/main.ts imports before anything else) as one ES
 * module, dist/chunks/start-replay-alone-<hash>.js, with no chunk shared with the rest: through the shared chunks its
 * answer loaded 13 modules, 1 this way. It sits in dist/chunks/ so its code stamp (src/io/code-stamp.ts) and package
 * root are a chunk's; the same source as the chunks `start` keeps its stamp with, so it reads the stamp as they write it.
 */
const replay = await build({
  absWorkingDir: root,
  entryPoints: { 'start-replay-alone': 'src/cli/startup/start-replay.ts' },
  outdir: join(outdir, 'chunks'),
  entryNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const replayFile = Object.keys(replay.metafile.outputs).find((file) => file.endsWith('.js'));
/** main.ts's import of the replay, pointed at that module. */
const replayAlone = {
  name: 'start-replay-alone',
  setup(context) {
    context.onResolve({ filter: /^\.\/startup\/start-replay\.js$/ }, (args) =>
      args.importer.endsWith(join('src', 'cli', 'main.ts'))
        ? { path: `../chunks/${basename(replayFile)}`, external: true }
        : undefined,
    );
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: {
    'cli/main': 'src/cli/main.ts',
    'cli/command-thread': 'src/cli/startup/command-thread.ts',
    'build/worker': 'src/cli/startup/worker-start.ts',
    'compare/score-worker': 'src/compare/scores/score-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: banner },
  define: {
    CLAUSEMARK_THREAD_START: JSON.stringify('thread-start.cjs'),
    CLAUSEMARK_WORKER_SCRIPT: JSON.stringify(scriptNamed('build-worker-script').name),
    CLAUSEMARK_WORKER_SCRIPT_SHA256: JSON.stringify(scriptNamed('build-worker-script').sha256),
  },
  plugins: [replayAlone, dependencyPatches(true)],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});

/**
 * The command thread's start as CommonJS, dist/cli/thread-start.cjs: as an ES module it made the new thread load
 * node's ES module loader and the ES module faces of node's own modules (node:crypto's loads webcrypto, node:fs's its
 * promises), which a thread, unlike the main one, does not start with. A check of a small policy took 0.190 -> 0.180 s
 * CPU (medians of 15 runs alternated, load 11). The import() of the ES modules, when no bundle can run, stays one.
 */
await build({
  absWorkingDir: root,
  entryPoints: { 'cli/thread-start': 'src/cli/startup/thread-start.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__cmImportMetaUrl', CLAUSEMARK_THREAD_SCRIPTS: JSON.stringify(threadScripts) },
  banner: { js: "'use strict'; const __cmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    {
      name: 'command-thread-modules',
      setup(context) {
        context.onResolve({ filter: /^\.\/command-thread\.js$/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
  legalComments: 'none',
  logLevel: 'warning',
});

// Chunks of earlier bundles are removed only now, once the new entry files point at the new chunks: a CLI run
// started a moment ago (another terminal, a test worker) keeps finding the chunks it imports.
const current = new Set(
  [...Object.keys(result.metafile.outputs), ...scriptFiles, replayFile].map((file) => resolve(root, file)),
);
for (const name of readdirSync(join(outdir, 'chunks'))) {
  const file = join(outdir, 'chunks', name);
  if (!current.has(file)) rmSync(file, { force: true });
}

if (process.argv.includes('--closure')) {
  // What each entry and command loads before it runs: its static imports, transitively.
  const outputs = result.metafile.outputs;
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const dependency of outputs[file]?.imports ?? []) {
      if (!dependency.external && dependency.kind === 'import-statement') closure(dependency.path, seen);
    }
    return seen;
  };
  for (const file of Object.keys(outputs).sort()) {
    if (/\/chunk-[^/]+\.js$/.test(file)) continue;
    const files = [...closure(file)];
    const bytes = files.reduce((sum, each) => sum + outputs[each].bytes, 0);
    const packages = new Set(
      files
        .flatMap((each) => Object.keys(outputs[each].inputs))
        .map((input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1])
        .filter(Boolean),
    );
    console.log(
      `${(bytes / 1024).toFixed(0).padStart(6)} KiB in ${String(files.length).padStart(2)} files  ${file}  [${[...packages].sort().join(' ')}]`,
    );
  }
}
