// Issue 23, work without bound: import, diff, compare and check must cost time linear in their input. Each runs on
// inputs of 1×, 4× and 16× a base size, and the fitted exponent of its CPU time (above that of a tiny input, so the
// start-up cost does not flatten the curve) is reported: 1 is linear, 2 quadratic. CPU time, not wall time, since
// other processes on the machine move it much less.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePolicy, prng } from './corpus.js';
import { measureCommand, type Stat } from './measure.js';
import type { Row } from './report.js';
import { versionPair } from './versions.js';

export const SCALES = [1, 4, 16] as const;
/** Above this the cost grows clearly faster than the input: the issue's target is linear. */
const MAX_EXPONENT = 1.25;

/** Least-squares slope of log(cost) over log(size): the exponent of cost ∝ size^k. */
export function fittedExponent(points: readonly { size: number; cost: number }[]): number {
  const xs = points.map((point) => Math.log(point.size));
  const ys = points.map((point) => Math.log(Math.max(point.cost, 1)));
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let covariance = 0;
  let variance = 0;
  for (let index = 0; index < xs.length; index++) {
    covariance += ((xs[index] ?? 0) - mx) * ((ys[index] ?? 0) - my);
    variance += ((xs[index] ?? 0) - mx) ** 2;
  }
  return variance === 0 ? Number.NaN : covariance / variance;
}

/** A hard-wrapped plain-text document of about `kilobytes`: varied sentences, lines of 70 characters. */
function wrappedText(kilobytes: number): string {
  const random = prng(kilobytes);
  const nouns = ['leerling', 'ouder', 'mentor', 'school', 'melding', 'incident', 'directeur', 'afspraak', 'klacht'];
  const verbs = ['meldt', 'bespreekt', 'noteert', 'bewaart', 'controleert', 'behandelt'];
  const pick = (words: string[]): string => words[Math.floor(random() * words.length)] ?? '';
  const lines = ['Meldingsprotocol', ''];
  let line = '';
  let size = 0;
  for (let sentence = 1; size < kilobytes * 1024; sentence++) {
    if (sentence % 40 === 0) {
      lines.push(line, '', `Artikel ${sentence / 40}`, '');
      line = '';
    }
    const text = `De ${pick(nouns)} ${pick(verbs)} op dag ${sentence} de ${pick(nouns)} van de ${pick(nouns)}.`;
    for (const word of text.split(' ')) {
      if (line.length + word.length >= 70) {
        lines.push(line);
        size += line.length + 1;
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}

/** A policy of `clauses` clauses, a tenth of them the same "Vervallen." without an id (repealed articles). */
function withRepealed(source: string, clauses: number): string {
  return `${source}\n## Vervallen artikelen\n\n${'Vervallen.\n\n'.repeat(Math.max(1, Math.round(clauses / 10)))}`;
}

interface Job {
  name: string;
  unit: string;
  /** Writes the inputs for one scale into `dir`; returns the command's arguments and the exit codes that are fine. */
  prepare: (dir: string, scale: number) => { args: string[]; okCodes: number[] };
}

function jobs(base: { clauses: number; kilobytes: number }): Job[] {
  return [
    {
      name: 'import of a hard-wrapped text',
      unit: 'KB',
      prepare: (dir, scale) => {
        const file = join(dir, 'brief.txt');
        writeFileSync(file, wrappedText(base.kilobytes * scale));
        return { args: ['import', file, '--dry-run', '--out', join(dir, 'out.md')], okCodes: [0] };
      },
    },
    {
      name: 'check of a policy',
      unit: 'clauses',
      prepare: (dir, scale) => {
        const file = join(dir, 'beleid.md');
        writeFileSync(file, generatePolicy(base.clauses * scale, { id: 'beleid' }));
        return { args: ['check', file], okCodes: [0, 1] };
      },
    },
    {
      name: 'diff of two versions (with repeated clauses)',
      unit: 'clauses',
      prepare: (dir, scale) => {
        const clauses = base.clauses * scale;
        const pair = versionPair(clauses);
        const before = join(dir, 'v1.md');
        const after = join(dir, 'v2.md');
        writeFileSync(before, withRepealed(pair.old, clauses));
        writeFileSync(after, withRepealed(pair.new, clauses));
        return { args: ['diff', before, after], okCodes: [0, 1] };
      },
    },
    {
      name: 'compare of two organisations (with repeated clauses)',
      unit: 'clauses',
      prepare: (dir, scale) => {
        const clauses = base.clauses * scale;
        const files = ['noord', 'zuid'].map((org, index) => {
          const folder = join(dir, 'policies', org);
          mkdirSync(folder, { recursive: true });
          const file = join(folder, 'beleid.md');
          const source = generatePolicy(clauses + index, { id: 'beleid', org, organisation: `School ${org}` });
          writeFileSync(file, withRepealed(source, clauses));
          return file;
        });
        return { args: ['compare', ...files], okCodes: [0, 1] };
      },
    },
  ];
}

/**
 * One row per job: the exponent fitted over the three scales, the CPU seconds at each, and whether it is at most
 * MAX_EXPONENT. `run` measures one command (the benchmark's runner, with its environment).
 */
export function scalingRows(
  work: string,
  base: { clauses: number; kilobytes: number },
  run: (args: string[], okCodes: number[]) => Stat | string,
): Row[] {
  const rows: Row[] = [];
  for (const job of jobs(base)) {
    const tiny = job.prepare(mkdirFor(work, job.name, 0), 1 / Math.max(base.clauses, base.kilobytes));
    const floor = run(tiny.args, tiny.okCodes);
    const points: { size: number; cost: number }[] = [];
    let failed: string | undefined;
    let last: Stat | undefined;
    for (const scale of SCALES) {
      const input = job.prepare(mkdirFor(work, job.name, scale), scale);
      const stat = run(input.args, input.okCodes);
      if (typeof stat === 'string') {
        failed = `${scale}×: ${stat.slice(0, 200)}`;
        break;
      }
      last = stat;
      const startup = typeof floor === 'string' ? 0 : floor.cpuMs;
      points.push({ size: scale, cost: stat.cpuMs - startup });
    }
    const size = (scale: number): string =>
      `${job.unit === 'KB' ? base.kilobytes * scale : base.clauses * scale} ${job.unit}`;
    if (failed || !last) {
      rows.push({ group: 'scaling', name: job.name, note: `failed: ${failed ?? 'no runs'}` });
      continue;
    }
    const exponent = fittedExponent(points);
    rows.push({
      group: 'scaling',
      name: `${job.name}, ${SCALES.map(size).join(' / ')}`,
      stat: last,
      figure: `exponent ${exponent.toFixed(2)} (CPU above start-up: ${points.map((point) => `${(point.cost / 1000).toFixed(2)} s`).join(' / ')})`,
      target: { text: `exponent ≤ ${MAX_EXPONENT}`, met: exponent <= MAX_EXPONENT },
    });
  }
  return rows;
}

function mkdirFor(work: string, name: string, scale: number): string {
  const dir = join(work, 'scaling', name.replace(/[^a-z]+/g, '-'), String(scale));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `vite-node bench/scaling.ts [clauses] [kilobytes]`: this part of the benchmark alone, printed. */
export function runAlone(cli: string, work: string, base: { clauses: number; kilobytes: number }): Row[] {
  return scalingRows(work, base, (args, okCodes) =>
    measureCommand(process.execPath, [cli, ...args], { runs: 1, warmup: 0 }, { cwd: work, okCodes }),
  );
}
