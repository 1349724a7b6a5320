// The benchmark's results: rows with their targets, the machine they came from, written as a terminal table,
// a JSON file for tools and the Markdown record bench/results.md that docs/development.md links to.
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { writeFileSync } from 'node:fs';
import type { PeerResult } from './peers.js';
import { seconds, type Stat } from './measure.js';

export interface Target {
  /** As the issue states it, e.g. "≤ 0.45 s" or "≤ Typst (1.20 s)". */
  text: string;
  met: boolean;
}

export interface Row {
  group: string;
  name: string;
  stat?: Stat;
  /** A figure other than the median wall time, e.g. "48 ms per 10 pages". */
  figure?: string;
  target?: Target;
  peers?: PeerResult[];
  note?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
  loadAtStart: number[];
  loadAtEnd?: number[];
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${osType()} ${release()}`,
    date: new Date().toISOString(),
    loadAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

const mb = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : '–');

function figureOf(row: Row): string {
  if (row.figure) return row.figure;
  return row.stat ? seconds(row.stat.median) : '–';
}

function verdict(target: Target | undefined): string {
  return target ? (target.met ? 'met' : 'MISSED') : '';
}

function ratio(ours: Stat | undefined, peer: Stat | undefined): string {
  return ours && peer ? `${(ours.median / peer.median).toFixed(2)}×` : '';
}

/** One line per measure, and under it one per peer with its ratio clausemark / peer. */
export function terminalTable(rows: readonly Row[]): string {
  const lines: string[] = [];
  let group = '';
  const cells = (values: string[]): string =>
    `${values[0]!.padEnd(62)} ${values[1]!.padStart(10)} ${values[2]!.padStart(9)} ${values[3]!.padStart(8)}  ${values[4]!.padEnd(26)} ${values[5]!.padEnd(6)} ${values[6]!}`;
  lines.push(cells(['measure', 'median', 'cpu', 'peak', 'target', '', 'load (1 min) / runs']));
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      lines.push('', group);
    }
    const load = row.stat ? `${row.stat.load[0].toFixed(1)}→${row.stat.load[1].toFixed(1)} / ${row.stat.runs}` : '';
    const cpu = row.stat && Number.isFinite(row.stat.cpuMs) ? seconds(row.stat.cpuMs) : '';
    lines.push(
      cells([
        `  ${row.name}`,
        figureOf(row),
        cpu,
        row.stat ? mb(row.stat.peakMb) : '',
        row.target?.text ?? '',
        verdict(row.target),
        load,
      ]),
    );
    if (row.note) lines.push(`      ${row.note}`);
    for (const peer of row.peers ?? []) {
      if (!peer.stat) {
        lines.push(`      vs ${peer.peer}: ${peer.note ?? 'not run'}`);
        continue;
      }
      lines.push(
        `      vs ${peer.peer.padEnd(46)} ${seconds(peer.stat.median).padStart(9)} ${seconds(peer.stat.cpuMs).padStart(9)} ${mb(peer.stat.peakMb).padStart(8)}  clausemark/peer ${ratio(row.stat, peer.stat)}  (load ${peer.stat.load[0].toFixed(1)})`,
      );
    }
  }
  return lines.join('\n');
}

/** The same table in Markdown, peers in a column of their own. */
export function markdownTable(rows: readonly Row[], host: Machine): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = [
    `Measured ${host.date.slice(0, 10)} on ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB, Node ${host.node}, ${host.os}; load average ${host.loadAtStart.join(' ')} at the start${host.loadAtEnd ? `, ${host.loadAtEnd.join(' ')} at the end` : ''}. Wall times are medians of several cold runs after a warm-up; CPU is user + system time.`,
    '',
    '| measure | median | cpu | peak | target | | load | peers (clausemark / peer) |',
    '| --- | ---: | ---: | ---: | --- | --- | ---: | --- |',
  ];
  for (const row of rows) {
    const peers = (row.peers ?? []).map((peer) =>
      peer.stat
        ? `${peer.peer} ${seconds(peer.stat.median)} (${ratio(row.stat, peer.stat)})`
        : `${peer.peer}: ${peer.note?.startsWith('not installed') ? 'not installed' : 'failed'}`,
    );
    lines.push(
      `| ${escape(`${row.group}: ${row.name}`)} | ${figureOf(row)} | ${row.stat && Number.isFinite(row.stat.cpuMs) ? seconds(row.stat.cpuMs) : ''} | ${row.stat ? mb(row.stat.peakMb) : ''} | ${escape(row.target?.text ?? '')} | ${verdict(row.target)} | ${row.stat ? row.stat.load[0].toFixed(1) : ''} | ${escape(peers.join('; '))} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function writeResults(
  file: string,
  data: { machine: Machine; quick: boolean; rows: readonly Row[]; [key: string]: unknown },
): void {
  const rows = data.rows.map(({ stat, peers, ...rest }) => ({
    ...rest,
    // Without the last run's output (`last`, a diff's whole JSON): figures only.
    ...(stat
      ? {
          stat: {
            runs: stat.runs,
            load: stat.load,
            median: Math.round(stat.median),
            min: Math.round(stat.min),
            max: Math.round(stat.max),
            cpuMs: Math.round(stat.cpuMs),
            peakMb: Math.round(stat.peakMb),
          },
        }
      : {}),
    ...(peers
      ? {
          peers: peers.map((peer) => ({
            peer: peer.peer,
            ...(peer.stat
              ? {
                  medianMs: Math.round(peer.stat.median),
                  cpuMs: Math.round(peer.stat.cpuMs),
                  peakMb: Math.round(peer.stat.peakMb),
                  load: peer.stat.load,
                  ratio: stat ? Number((stat.median / peer.stat.median).toFixed(3)) : null,
                }
              : { note: peer.note }),
          })),
        }
      : {}),
  }));
  writeFileSync(file, `${JSON.stringify({ ...data, rows }, null, 2)}\n`);
}
