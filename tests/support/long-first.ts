// The order test files start in. Vitest runs the forks pool's lanes one after another (the e2e lane runs beside them:
// vitest.config.ts) and each lane until its last file ends, so
// a lane lasts at least as long as its longest file plus whatever ran on that worker before it. On a fresh clone
// vitest knows no durations and starts the largest files first, which left a 24-second file to start last in its
// lane while the other worker sat idle. These files, the longest of their lanes (CPU seconds per file:
// scripts/test-cpu), start first; every other file keeps vitest's order (its recorded durations, else file size).
// The integration lane's longest, then the plain word layout over the dev corpus (about 30 CPU seconds), started
// 140 s into its lane when not listed here and ran alone for the last 47 s of it; with fontkit's side kept as a
// digest it takes about 6, and the dev corpus's import (about 26), the Word round trip and the text layer (about 16
// each) and the byte copies (about 13) lead the lane. The stored parse's round trip over ../shared (about 17) was
// not listed and, on a clone without vitest's recorded durations, started last in its lane and ran alone for its
// last 46 s (scripts/test-cpu, 2026-11-25, load 12-18). The property lane's chunks-property is
// one long test (remark parsing six 128 KB documents whole and in pieces: about 18 CPU seconds from the CI seed), so
// it starts before the lane's other long files. The unit lane's longest is
// the architecture test (TypeScript parses every source file: about 5 CPU seconds).
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONG_RUNNING = [
  'tests/import/dev-corpus.integration.test.ts',
  'tests/import/word-roundtrip.integration.test.ts',
  'tests/build/text-layer.integration.test.ts',
  'tests/parse/stored.integration.test.ts',
  'tests/diff/byte-copy.integration.test.ts',
  'tests/parse/chunks-property.test.ts',
  'tests/parse/fast-laws-property.test.ts',
  'tests/fmt/property.test.ts',
  'tests/e2e/site.test.ts',
  'tests/hardening/network.cli.test.ts',
  'tests/cli/in-process.test.ts',
  'tests/hardening/bad-input.cli.test.ts',
  'tests/cli/build-incremental.test.ts',
  'tests/render/compare/pdf.integration.test.ts',
  'tests/architecture.test.ts',
] as const;

function rank(spec: TestSpecification): number {
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
