// The tools a user would otherwise pick, on the same documents: pandoc with its PDF engines, Chromium's
// print-to-pdf, Typst, and `git diff --no-index --word-diff`. Each is timed like clausemark (a new process per run,
// median after a warm-up). A peer that is not installed, or fails here, is reported as such, never as an error:
// bench/peers.sh installs them.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CommandFailed, findProgram, measureCommand, peersFolder, runCommand, type Stat } from './measure.js';

export interface PeerResult {
  peer: string;
  /** Set when the peer ran; otherwise `note` says why not. */
  stat?: Stat;
  note?: string;
}

type Counts = { runs: number; warmup: number };

/** A policy as plain Markdown for tools that know neither clause ids nor clausemark's frontmatter fields. */
export function plainMarkdown(source: string): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/ ?\{#[^}\s]+\}/g, '');
  const title = /^# (.*)$/m.exec(body)?.[1] ?? 'Beleid';
  return `---\ntitle: "${title.replace(/"/g, '\\"')}"\n---\n\n${body.replace(/^# .*\n/m, '')}`;
}

/**
 * The same document in Typst markup: headings, numbered lists and paragraphs, the texts as string literals (so no
 * character in them is read as markup), A4 with page numbers and a table of contents, as clausemark's PDF has.
 */
export function typstMarkup(source: string): string {
  const literal = (text: string): string => `#"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = [
    '#set page(paper: "a4", numbering: "1 / 1")',
    '#set text(lang: "nl", hyphenate: true)',
    '#set par(justify: true)',
    '#set heading(numbering: "1.")',
    '',
  ];
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/ ?\{#[^}\s]+\}/g, '');
  for (const line of body.split('\n')) {
    const heading = /^(#+) (.*)$/.exec(line);
    const item = /^\d+\. (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (level === 1)
        lines.push(
          `#align(center, text(size: 20pt, weight: "bold", ${literal(heading[2]!).slice(1)}))`,
          '#outline()',
          '#pagebreak()',
        );
      else lines.push(`${'='.repeat(level - 1)} ${literal(heading[2]!)}`);
    } else if (item) lines.push(`+ ${literal(item[1]!)}`);
    else lines.push(line.trim() === '' ? '' : literal(line));
  }
  return `${lines.join('\n')}\n`;
}

function attempt(
  peer: string,
  program: string | undefined,
  args: readonly string[],
  counts: Counts,
  options: { cwd: string; env?: Record<string, string>; okCodes?: number[] },
): PeerResult {
  if (!program) return { peer, note: 'not installed (bash bench/peers.sh installs it)' };
  try {
    return { peer, stat: measureCommand(program, args, counts, { ...options, timeoutMs: 300_000 }) };
  } catch (error) {
    return { peer, note: `failed here: ${error instanceof CommandFailed ? error.message.slice(-200) : String(error)}` };
  }
}

/**
 * The build target's peer (issue 30), pandoc + wkhtmltopdf on the policy's plain Markdown, as a command to time
 * beside clausemark's (bench/side-by-side.ts); undefined when either program is not installed.
 */
export function pandocWkhtmltopdf(
  source: string,
  work: string,
): { command: string; args: string[]; options: { cwd: string; env: Record<string, string> } } | undefined {
  const pandoc = findProgram('pandoc');
  if (!pandoc || !findProgram('wkhtmltopdf')) return undefined;
  mkdirSync(work, { recursive: true });
  const markdown = join(work, 'policy-side-by-side.md');
  writeFileSync(markdown, plainMarkdown(source));
  return {
    command: pandoc,
    args: [markdown, '-s', '-o', join(work, 'pandoc-side-by-side.pdf'), '--pdf-engine=wkhtmltopdf'],
    options: { cwd: work, env: { QT_QPA_PLATFORM: 'offscreen' } },
  };
}

/**
 * The Word target's peer (issue 41), pandoc writing .docx of the policy's plain Markdown, as a command to time beside
 * clausemark's Word build (bench/side-by-side.ts); undefined when pandoc is not installed.
 */
export function pandocDocx(
  source: string,
  work: string,
): { command: string; args: string[]; options: { cwd: string } } | undefined {
  const pandoc = findProgram('pandoc');
  if (!pandoc) return undefined;
  mkdirSync(work, { recursive: true });
  const markdown = join(work, 'policy-word.md');
  writeFileSync(markdown, plainMarkdown(source));
  return { command: pandoc, args: [markdown, '-s', '-o', join(work, 'pandoc.docx')], options: { cwd: work } };
}

/**
 * Issue 74's PDF peer, Typst as npm ships it (@myriaddreamin/typst-ts-node-compiler), on the policy in Typst markup:
 * a new Node.js process per run (bench/typst-node-peer.mjs), as clausemark's CLI is timed; undefined when bench/peers.sh
 * has not installed it.
 */
export function typstNodeCompiler(
  source: string,
  work: string,
): { command: string; args: string[]; options: { cwd: string } } | undefined {
  const folder = peersFolder();
  if (!existsSync(join(folder, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler'))) return undefined;
  mkdirSync(work, { recursive: true });
  const typ = join(work, 'policy-typst-node.typ');
  writeFileSync(typ, typstMarkup(source));
  const script = join(dirname(fileURLToPath(import.meta.url)), 'typst-node-peer.mjs');
  return {
    command: process.execPath,
    args: [script, folder, typ, join(work, 'typst-node.pdf')],
    options: { cwd: work },
  };
}

/** PDF makers on one policy (its Markdown source), each writing into `work`. */
export function documentPeers(source: string, work: string, counts: Counts): PeerResult[] {
  mkdirSync(work, { recursive: true });
  const markdown = join(work, 'policy.md');
  writeFileSync(markdown, plainMarkdown(source));
  const pandoc = findProgram('pandoc');
  const results: PeerResult[] = [];
  for (const engine of ['wkhtmltopdf', 'weasyprint', 'xelatex']) {
    const label = `pandoc + ${engine}`;
    if (!pandoc) results.push({ peer: label, note: 'pandoc not installed (bash bench/peers.sh installs it)' });
    else
      results.push(
        attempt(
          label,
          findProgram(engine) ? pandoc : undefined,
          [markdown, '-s', '-o', join(work, `pandoc-${engine}.pdf`), `--pdf-engine=${engine}`],
          counts,
          { cwd: work, env: { QT_QPA_PLATFORM: 'offscreen' } },
        ),
      );
  }
  const chromium = findProgram('chromium') ?? findProgram('chromium-browser') ?? findProgram('google-chrome');
  if (chromium && pandoc) {
    // Chromium prints HTML: pandoc makes it once, untimed; what is timed is the browser's start, layout and print.
    const html = join(work, 'policy.html');
    runCommand(pandoc, [markdown, '-s', '-o', html, '--metadata', 'lang=nl'], { cwd: work });
    const profile = join(work, 'chromium-profile');
    results.push(
      attempt(
        'chromium --print-to-pdf',
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          `--user-data-dir=${profile}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${join(work, 'chromium.pdf')}`,
          pathToFileURL(html).href,
        ],
        counts,
        { cwd: work },
      ),
    );
  } else {
    results.push({
      peer: 'chromium --print-to-pdf',
      note: `${chromium ? 'pandoc (to make its HTML)' : 'chromium'} not installed (bash bench/peers.sh installs it)`,
    });
  }
  const typst = findProgram('typst');
  const typ = join(work, 'policy.typ');
  writeFileSync(typ, typstMarkup(source));
  results.push(attempt('typst compile', typst, ['compile', typ, join(work, 'typst.pdf')], counts, { cwd: work }));
  const typstNode = typstNodeCompiler(source, work);
  results.push(
    attempt('typst (npm typst-ts-node-compiler)', typstNode?.command, typstNode?.args ?? [], counts, { cwd: work }),
  );
  return results;
}

/** `git diff --no-index --word-diff` on two files (exit 1 means "they differ"). */
export function gitWordDiff(oldFile: string, newFile: string, counts: Counts): PeerResult {
  return attempt(
    'git diff --word-diff',
    findProgram('git'),
    ['diff', '--no-index', '--word-diff', '--no-color', oldFile, newFile],
    counts,
    { cwd: '.', env: { GIT_CONFIG_NOSYSTEM: '1' }, okCodes: [0, 1] },
  );
}
