// Prepares, once per build of clausemark, what every fresh run would otherwise make cold: the parsed messages and
// label files (YAML) and the compiled wording templates (Handlebars) of the files clausemark ships. It builds and
// checks two small policies, one Dutch and one English, with the just-built CLI and a cache folder of its own, and
// keeps the three kinds of cache file that run wrote in dist/prepared/ (src/io/prepared.ts reads them; each file is
// named by a hash of its input, so an edited template simply finds none). A cache file starts with its seal, made
// with the secret of these runs alone (a state folder of their own, src/io/cache-secret.ts): what is kept is the
// JSON after it, part of the program like its code. Of the command thread's compiled code (code/check.bin and
// code/build.bin) it keeps V8's bytes under the key src/cli/startup/prepared-code.ts reads them by, in dist/prepared/code/,
// where a run with the caches off starts from them. It also writes the hyphenation pattern sets the `hyphen` package
// ships as JavaScript literals as JSON, each pattern held flat (dist/prepared/hyphenation/,
// src/text/hyphenation-patterns.ts: parsing it costs a fraction of compiling the literals or parsing the trie), named by a hash of each pattern file, and the compressed stream each
// font in templates/fonts/ is embedded in a Word document with (dist/prepared/fonts/, src/build/font-streams.ts), and
// the verdict of the brand's font check on each of those fonts (dist/prepared/font-checks/, src/brand/font-checks.ts)
// and the characters each draws (dist/prepared/font-coverage/).
// Run by `npm run build` after the bundle.
//
//   node scripts/prepare-data.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prepared = join(root, 'dist', 'prepared');
/** The cache folders (src/cli/cache.ts) whose files depend only on clausemark's own templates. */
const KINDS = ['messages', 'parsed', 'layouts'];

const POLICIES = {
  nl: `---
id: voorbeeld
title: Voorbeeldbeleid
organisation: Stichting Voorbeeld
version: "1.0"
status: approved
lang: nl
approvals:
  - date: 2025-03-12
    name: GMR
    role: Gemeenschappelijke medezeggenschapsraad
    step: instemming
  - date: 2025-03-26
    name: J. de Vries
    role: Voorzitter College van Bestuur
    step: vaststelling
---

# Voorbeeldbeleid

## Doel {#doel}

{#doel.een} Dit beleid beschrijft hoe de stichting werkt.[^1]

[^1]: Zie ook de klachtenregeling.
`,
  en: `---
id: example
title: Example policy
organisation: Example Foundation
version: "1.0"
status: draft
lang: en
---

# Example policy

## Purpose {#purpose}

{#purpose.one} This policy describes how the foundation works.
`,
};

/** Runs the built CLI; a failure stops the build, since a run that cannot build a small policy is a broken build. */
function run(args, env) {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), ...args], {
    cwd: root,
    // No node options: V8 takes the code caches these runs keep only under the flags they were made with.
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0 && !(args[0] === 'check' && result.status === 1))
    throw new Error(`prepare-data: clausemark ${args.join(' ')} exited with ${result.status}\n${result.stderr}`);
}

// Runs must make every value afresh, not read the ones an earlier build prepared.
rmSync(prepared, { recursive: true, force: true });
const work = mkdtempSync(join(tmpdir(), 'clausemark-prepare-'));
try {
  const env = { CLAUSEMARK_CACHE_DIR: join(work, 'cache'), XDG_STATE_HOME: join(work, 'state') };
  for (const [lang, text] of Object.entries(POLICIES)) {
    const file = join(work, 'policies', lang, 'policy.md');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    run(['check', file, '--lang', lang], env);
    run(['build', file, '--out', join(work, 'out', lang), '--format', 'pdf,docx', '--lang', lang], env);
  }
  // The command thread's compiled code (code/, sealed with these runs' secret) as src/cli/startup/prepared-code.ts reads it.
  const { preparedFromKept } = await import(
    pathToFileURL(join(root, 'dist', 'cli', 'startup', 'prepared-code.js')).href
  );
  const kept = existsSync(join(work, 'cache', 'code')) ? readdirSync(join(work, 'cache', 'code')) : [];
  for (const name of ['check.bin', 'build.bin']) {
    if (!kept.includes(name)) throw new Error(`prepare-data: the runs kept no code/${name}`);
    const contents = preparedFromKept(readFileSync(join(work, 'cache', 'code', name)));
    if (!contents) throw new Error(`prepare-data: code/${name} is not a code cache of this node`);
    mkdirSync(join(prepared, 'code'), { recursive: true });
    writeFileSync(join(prepared, 'code', name), contents);
  }
  for (const kind of KINDS) {
    const from = join(work, 'cache', kind);
    if (!existsSync(from) || readdirSync(from).length === 0) throw new Error(`prepare-data: the runs kept no ${kind}`);
    mkdirSync(join(prepared, kind), { recursive: true });
    for (const name of readdirSync(from).filter((file) => file.endsWith('.json'))) {
      const text = readFileSync(join(from, name), 'utf8');
      writeFileSync(join(prepared, kind, name), text.slice(text.indexOf('\n') + 1));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The pattern sets clausemark hyphenates with, as JSON under the names src/text/hyphenation-patterns.ts looks for.
const { PATTERN_SETS } = await import(pathToFileURL(join(root, 'dist', 'text', 'hyphenation.js')).href);
const { preparedPatternsName } = await import(
  pathToFileURL(join(root, 'dist', 'text', 'hyphenation-patterns.js')).href
);
const { flatPatterns } = await import(pathToFileURL(join(root, 'dist', 'text', 'liang-hyphenator.js')).href);
const require = createRequire(join(root, 'package.json'));
mkdirSync(join(prepared, 'hyphenation'), { recursive: true });
for (const name of PATTERN_SETS) {
  // Only a set whose module is its own pattern file made into hyphenators (hyphen/de is another set's alias).
  const module = readFileSync(require.resolve(`hyphen/${name}`), 'utf8');
  if (!module.includes('export-contract.js') || !module.includes(`require("../patterns/${name}.js")`)) continue;
  const file = require.resolve(`hyphen/patterns/${name}.js`);
  writeFileSync(
    join(prepared, 'hyphenation', preparedPatternsName(name, readFileSync(file))),
    JSON.stringify(flatPatterns(require(file))),
  );
}

// The DEFLATE stream of each shipped font's part in a Word document, made by the renderer's own functions.
const built = (file) => import(pathToFileURL(join(root, 'dist', file)).href);
const [{ embeddedFontPart, fontSha256 }, { deflatePart }, { fontStreamName }] = await Promise.all([
  built('render/docx/font-keys.js'),
  built('render/docx/zip.js'),
  built('build/font-streams.js'),
]);
mkdirSync(join(prepared, 'fonts'), { recursive: true });
const fontFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? fontFiles(join(dir, entry.name))
      : /\.(ttf|otf)$/i.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
for (const file of fontFiles(join(root, 'templates', 'fonts'))) {
  const font = readFileSync(file);
  const sha256 = fontSha256(font);
  writeFileSync(join(prepared, 'fonts', fontStreamName(sha256)), deflatePart(embeddedFontPart(font, sha256).data));
}

// The verdict of the brand's font check on each shipped font, made by the check itself (src/brand/font-checks.ts):
// a font that passes gets its verdict file, one that fails none (every run then refuses it as before); and the
// characters each font that passes draws, listed as `check` reads them (src/brand/coverage.ts).
const [
  { checkFont, contentHash, FONT_CHECK_RULES },
  { coverageName, coverageRanges, PREPARED_COVERAGE, PREPARED_VERDICTS, verdictName },
  { coveredCodePoints },
] = await Promise.all([
  built('brand/assets.js'),
  built('brand/font-checks.js'),
  built('brand/coverage.js'),
  built('render/engine/fontkit.js'),
]);
mkdirSync(join(prepared, PREPARED_VERDICTS), { recursive: true });
mkdirSync(join(prepared, PREPARED_COVERAGE), { recursive: true });
for (const file of fontFiles(join(root, 'templates', 'fonts'))) {
  const font = new Uint8Array(readFileSync(file));
  try {
    checkFont(font, { file });
  } catch {
    continue;
  }
  writeFileSync(join(prepared, PREPARED_VERDICTS, verdictName(contentHash(font), FONT_CHECK_RULES)), '');
  writeFileSync(
    join(prepared, PREPARED_COVERAGE, coverageName(contentHash(font))),
    JSON.stringify(coverageRanges(coveredCodePoints(font))),
  );
}
