// The long fuzz run: generated documents (any string, bytes read as UTF-8 or Latin-1, Markdown debris, generated
// policies whole and damaged) through every stage that reads a user's file, checking what tests/hardening checks
// on a few hundred:
//   parse   never throws, with remark and with the fast reader, and gives a model that can be walked;
//   check   never throws, and is fatal exactly when the parser said so;
//   fmt     refuses cleanly (a ClausemarkError with a fix), or is lossless and idempotent;
//   diff    diff(a, a) is empty, and diff(b, a) mirrors diff(a, b) for b = a with lines edited (unambiguous
//           documents only: tests/hardening/diff-property.test.ts pins the known gaps with shared texts or IDs).
// Each document has its own seed, so a failure is replayed alone with FUZZ_SEED=<seed> FUZZ_DOCS=1.
//
//   npm run fuzz                          10,000 documents from a random base seed
//   FUZZ_DOCS=500 FUZZ_SEED=42 npm run fuzz
import fc from 'fast-check';
import { loadavg } from 'node:os';
import { parsePolicy } from '../src/parse/index.js';
import { anyDocument, applyLineEdits, lineEdits, type LineEdit } from '../tests/hardening/arbitraries.js';
import {
  checksAnything,
  diffsMirror,
  formatsLosslessly,
  isUnambiguous,
  parsesAnything,
} from '../tests/hardening/invariants.js';

const DOCUMENTS = Number(process.env.FUZZ_DOCS ?? 10_000);
const BASE_SEED =
  process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
/** Failures listed in full; more are only counted. */
const SHOWN_FAILURES = 20;

type Stage = 'parse' | 'check' | 'fmt' | 'diff';

interface Failure {
  seed: number;
  stage: Stage;
  message: string;
  document: string;
}

const counts = {
  documents: 0,
  characters: 0,
  parsedRemark: 0,
  parsedFast: 0,
  fatal: 0,
  checked: 0,
  formatted: 0,
  diffPairs: 0,
  diffSkipped: 0,
};
/** fmt's refusals by rule id. */
const refusals = new Map<string, number>();
const failures: Failure[] = [];
const slowest = { milliseconds: 0, seed: 0 };

/** One generated document and an edit script for its diff partner, reproducible from the seed alone. */
function sample(seed: number): { document: string; edits: LineEdit[] } {
  const [pair] = fc.sample(fc.tuple(anyDocument, lineEdits), { seed, numRuns: 1 });
  if (!pair) throw new Error(`fast-check gave no sample for seed ${seed}`);
  return { document: pair[0], edits: pair[1] };
}

function attempt(seed: number, stage: Stage, document: string, run: () => void): boolean {
  try {
    run();
    return true;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    failures.push({ seed, stage, message: message.split('\n').slice(0, 6).join('\n'), document });
    return false;
  }
}

function fuzzOne(seed: number): void {
  const { document, edits } = sample(seed);
  counts.documents++;
  counts.characters += document.length;
  attempt(seed, 'parse', document, () => {
    parsesAnything(document, 'auto');
    counts.parsedFast++;
  });
  let parsed: ReturnType<typeof parsesAnything> | undefined;
  if (attempt(seed, 'parse', document, () => (parsed = parsesAnything(document, 'remark')))) counts.parsedRemark++;
  if (parsed) {
    const result = parsed;
    if (result.findings.some((finding) => finding.fatal)) counts.fatal++;
    if (attempt(seed, 'check', document, () => checksAnything(result))) counts.checked++;
  }
  attempt(seed, 'fmt', document, () => {
    const outcome = formatsLosslessly(document);
    if (outcome === 'formatted') counts.formatted++;
    else refusals.set(outcome.refused, (refusals.get(outcome.refused) ?? 0) + 1);
  });
  attempt(seed, 'diff', document, () => {
    const a = parsePolicy(document, { path: 'a.md' }).policy;
    const b = parsePolicy(applyLineEdits(document, edits), { path: 'b.md' }).policy;
    if (!isUnambiguous(a) || !isUnambiguous(b)) {
      counts.diffSkipped++;
      return;
    }
    diffsMirror(a, b);
    counts.diffPairs++;
  });
}

function report(seconds: number): void {
  const percent = (part: number): string => `${((100 * part) / Math.max(1, counts.documents)).toFixed(1)}%`;
  console.log(
    `\n${counts.documents} documents (${(counts.characters / 1024 / 1024).toFixed(1)} MB of text) in ${seconds.toFixed(1)} s, base seed ${BASE_SEED}`,
  );
  console.log(
    `  parse   ${counts.parsedRemark} with remark, ${counts.parsedFast} with the fast reader; ${counts.fatal} (${percent(counts.fatal)}) with a fatal finding`,
  );
  console.log(`  check   ${counts.checked} checked`);
  const refused = [...refusals.values()].reduce((sum, count) => sum + count, 0);
  const reasons = [...refusals]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
  console.log(
    `  fmt     ${counts.formatted} formatted losslessly and idempotently, ${refused} (${percent(refused)}) refused cleanly${reasons ? ` (${reasons})` : ''}`,
  );
  console.log(
    `  diff    ${counts.diffPairs} edited pairs mirrored; ${counts.diffSkipped} skipped (clauses sharing a text or an ID)`,
  );
  console.log(`  slowest document: ${slowest.milliseconds.toFixed(0)} ms (seed ${slowest.seed})`);
  const byStage = new Map<Stage, number>();
  for (const failure of failures) byStage.set(failure.stage, (byStage.get(failure.stage) ?? 0) + 1);
  if (failures.length === 0) {
    console.log('  failures: none');
    return;
  }
  console.log(
    `  failures: ${failures.length} (${[...byStage].map(([stage, count]) => `${stage} ${count}`).join(', ')})`,
  );
  for (const failure of failures.slice(0, SHOWN_FAILURES)) {
    console.log(
      `\n  [${failure.stage}] seed ${failure.seed} — replay: FUZZ_SEED=${failure.seed} FUZZ_DOCS=1 npm run fuzz`,
    );
    console.log(`    ${failure.message.replace(/\n/g, '\n    ')}`);
    console.log(
      `    document: ${JSON.stringify(failure.document.length > 400 ? `${failure.document.slice(0, 400)}…` : failure.document)}`,
    );
  }
  if (failures.length > SHOWN_FAILURES) console.log(`\n  … and ${failures.length - SHOWN_FAILURES} more`);
}

const started = performance.now();
console.log(
  `fuzzing ${DOCUMENTS} documents from base seed ${BASE_SEED} (load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')})`,
);
for (let index = 0; index < DOCUMENTS; index++) {
  const seed = (BASE_SEED + index) | 0;
  const before = performance.now();
  fuzzOne(seed);
  const took = performance.now() - before;
  if (took > slowest.milliseconds) Object.assign(slowest, { milliseconds: took, seed });
  if ((index + 1) % 1000 === 0)
    console.log(
      `  ${index + 1} documents, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
}
report((performance.now() - started) / 1000);
process.exitCode = failures.length === 0 ? 0 : 1;
