// The in-process measurements, each in a child process of its own so its peak memory is its own: warm builds,
// the N-way comparison of the seeds, and the deviation register of a template against its adaptations.
// bench/index.ts bundles this file (like the CLI is bundled) and runs it as `node inprocess.mjs '<job JSON>'`;
// the child prints one line of JSON. `inProcess()` below is that parent side.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Job =
  | { kind: 'render'; files: string[]; root: string; runs: number; warmup: number }
  | { kind: 'align'; files: string[]; runs: number; warmup: number }
  | { kind: 'deviations'; template: string; files: string[]; runs: number; warmup: number };

export interface JobResult {
  /** Per file for render, one entry otherwise: median and min ms of the measured runs. */
  timings: { label: string; median: number; min: number; pages?: number }[];
  maxRssMb: number;
}

async function timed(run: () => unknown, runs: number, warmup: number): Promise<{ median: number; min: number }> {
  for (let index = 0; index < warmup; index++) await run();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)] ?? 0, min: samples[0] ?? 0 };
}

async function runJob(job: Job): Promise<JobResult> {
  const timings: JobResult['timings'] = [];
  if (job.kind === 'render') {
    const [{ renderPolicy }, { pdfPageCount }] = await Promise.all([
      import('../src/build/policy.js'),
      import('./stats.js'),
    ]);
    const options = { root: job.root, outDir: join(job.root, 'out'), showIds: false, pdfa: false };
    // One pass over every file first: the first file measured would otherwise also pay for warming up the JIT.
    for (const file of job.files) await renderPolicy(file, options);
    for (const file of job.files) {
      const pages = pdfPageCount((await renderPolicy(file, options)).pdf);
      timings.push({ label: file, pages, ...(await timed(() => renderPolicy(file, options), job.runs, job.warmup)) });
    }
  } else if (job.kind === 'align') {
    const [{ loadPolicy }, { alignPolicies }] = await Promise.all([
      import('../src/parse/index.js'),
      import('../src/compare/index.js'),
    ]);
    timings.push({
      label: 'parse + align',
      ...(await timed(() => alignPolicies(job.files.map((file) => loadPolicy(file).policy)), job.runs, job.warmup)),
    });
    const policies = job.files.map((file) => loadPolicy(file).policy);
    timings.push({ label: 'align only', ...(await timed(() => alignPolicies(policies), job.runs, job.warmup)) });
  } else {
    const [{ loadPolicy }, { deviationRegister, loadTemplate }] = await Promise.all([
      import('../src/parse/index.js'),
      import('../src/template/index.js'),
    ]);
    const template = loadTemplate(job.template);
    timings.push({
      label: 'parse + register',
      ...(await timed(
        () =>
          deviationRegister(
            template,
            job.files.map((file) => loadPolicy(file).policy),
          ),
        job.runs,
        job.warmup,
      )),
    });
  }
  return { timings, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

// ---- parent side -------------------------------------------------------------------------------------------------

const SELF = fileURLToPath(import.meta.url);
let bundled: string | undefined;

/**
 * Bundles this file with esbuild, two folders below the project root (node_modules/.clausemark-bench/), where the
 * code finds the project root as `../..` exactly as the CLI bundle does, and its dependencies in node_modules/.
 */
async function bundle(root: string): Promise<string> {
  if (bundled) return bundled;
  const { build } = await import('esbuild');
  const outdir = join(root, 'node_modules', '.clausemark-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'inprocess.mjs');
  await build({
    entryPoints: [SELF],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  bundled = outfile;
  return outfile;
}

export async function inProcess(job: Job, root = resolve('.')): Promise<JobResult> {
  const script = await bundle(root);
  const result = spawnSync(process.execPath, [script, JSON.stringify(job)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 ** 2,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{'))
    throw new Error(
      `in-process ${job.kind} failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-4).join(' | ')}`,
    );
  return JSON.parse(line) as JobResult;
}

// Run as the child: the bundle is this file, started with a job.
if (
  process.argv[1] &&
  resolve(process.argv[1]).endsWith(join('.clausemark-bench', 'inprocess.mjs')) &&
  process.argv[2]
) {
  runJob(JSON.parse(process.argv[2]) as Job).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
