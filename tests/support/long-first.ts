// The order test files start in. Vitest runs each project until its last file ends (`npm test` runs the unit, cli,
// property and integration lanes as one project, the e2e lane beside it: vitest.config.ts), so a long file that starts
// last runs alone while the other worker sits idle. On a fresh clone vitest knows no durations and starts the largest
// files first (elsewhere the longest last time); these files, the longest of the suite by wall time (the first five
// 40–77 s at load 4–13, the bundle's and bad input's waiting for the CLI processes they start) and of their lanes, for
// a run of one lane, start first in this order, and every other file keeps vitest's order. CPU seconds per file
// (scripts/test-cpu, the whole suite, 2026-11-26, load 7-16): integration: the dev corpus's import 22, the text layer
// 16-17, the Word round trip 14 (the file alone, load 12-18; half of it in LibreOffice and python-docx, and it waits
// for them), the stored parse over ../shared 13, the byte copies 5, the plain word layout over the dev corpus 7 (listed
// since it started last in that fresh clone's run and ran alone for its last 11 s); property: chunks-property 15 (one
// test: remark parsing six 128 KB documents whole and in pieces), fast-laws-property 11, fmt's property 9; e2e: the
// report in Chromium 23; cli: the bundle 21 (nearly all in its CLI processes), bad input 18, the CLI in-process 12, no
// network 9, incremental builds 4; unit: the architecture test (TypeScript parses every source file) 3.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONG_RUNNING = [
  'tests/import/dev-corpus.integration.test.ts',
  'tests/import/word-roundtrip.integration.test.ts',
  'tests/cli/bundle.test.ts',
  'tests/hardening/bad-input.cli.test.ts',
  'tests/e2e/site.test.ts',
  'tests/cli/in-process.test.ts',
  'tests/hardening/network.cli.test.ts',
  'tests/cli/build-incremental.test.ts',
  'tests/parse/chunks-property.test.ts',
  'tests/parse/stored.integration.test.ts',
  'tests/parse/fast-laws-property.test.ts',
  'tests/build/text-layer.integration.test.ts',
  'tests/fmt/property.test.ts',
  'tests/diff/byte-copy.integration.test.ts',
  'tests/render/engine/plain-shaping-corpus.integration.test.ts',
  'tests/render/compare/pdf.integration.test.ts',
  'tests/architecture.test.ts',
] as const;

// The files that mock a module (vitest.config.ts's fresh-modules project) start before all others. Vitest runs a
// forks pool's projects one after another, and these 11 short files, run last, left a core idle while their longest
// ones ended (about 1 CPU s of work a second for their ~20 s at the end of the 2026-11-27 02:10 run: scripts/test-cpu);
// run first, the e2e lane, started beside them, fills that core.
const FIRST_PROJECT = 'fresh-modules';

function rank(spec: TestSpecification): number {
  if (spec.project.name === FIRST_PROJECT) return -1;
  const path = spec.moduleId.split('\\').join('/');
  const index = LONG_RUNNING.findIndex((file) => path.endsWith(`/${file}`));
  return index === -1 ? LONG_RUNNING.length : index;
}

export class LongRunningFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, order) => ({ spec, order, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ spec }) => spec);
  }
}
