import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { BUILDS_CLI, LANE_GLOBS, LANE_ORDER, type Lane, laneOf, mockingFiles } from './tests/support/lanes.js';
import { LongRunningFirst } from './tests/support/long-first.js';
import { makeRunFolder, removeInBackground } from './tests/support/run-folder.js';

// Test workers otherwise resolve the `development` export condition, which loads micromark's assertion-heavy
// builds and makes every Markdown parse about three times slower than what users run.
process.env.NODE_ENV = 'production';

// Everything a test run writes to the temporary folder goes into one folder of the run (TMPDIR, which os.tmpdir(),
// the workers, the CLI runs the tests start, git, LibreOffice and Chromium all read), removed when the run ends (by a
// process of its own, so that the run need not wait for the disk: tests/support/run-folder.ts): the
// tests' hundreds of mkdtemp folders a run are not each removed by their test, and a shared machine's /tmp filled up
// with them. The folder is named by the run's process id, so one a killed run left behind is removed by the next run
// (tests/support/run-folder.ts). The secret that seals the caches' entries (src/io/cache-secret.ts) lives in the
// user's state folder, and the caches in the user's cache folder: the tests, the jobs they run in their process and
// the CLI runs they start (which inherit this environment) keep theirs in folders of this test run, not in the home
// folder of whoever runs the tests (runBuiltCli and serve name the lane's own cache folder:
// tests/support/global-setup.ts). Made once: a test that imports this file (tests/support/lanes.test.ts) runs it again
// in a worker, which inherits the run's folders and would otherwise leave a folder of its own behind.
if (process.env.CLAUSEMARK_TEST_RUN_FOLDERS === undefined) {
  const runFolder = makeRunFolder(tmpdir());
  process.env.TMPDIR = runFolder;
  const folders = ['clausemark-test-state-', 'clausemark-test-cache-run-'].map((prefix) =>
    mkdtempSync(join(runFolder, prefix)),
  );
  [process.env.XDG_STATE_HOME, process.env.CLAUSEMARK_CACHE_DIR] = folders;
  process.env.CLAUSEMARK_TEST_RUN_FOLDERS = '1';
  process.on('exit', () => removeInBackground(runFolder));
}

// Five lanes, chosen by folder and file name (tests/support/lanes.ts) so a new test file lands in one without being
// listed:
//   cli          tests/cli/** and *.cli.test.ts anywhere: runs the CLI's commands in the test's process (runCli) and
//                the compiled binary where only a process shows it (runBuiltCli), so dist/ is built first when stale
//   e2e          tests/e2e/**: the HTML report in Chromium (skips with a message without it; fails in CI); runs
//                beside the other lanes, not after them (BESIDE_THE_OTHERS below)
//   property     *property.test.ts and *fuzz.test.ts: fast-check runs over generated documents and texts, and the
//                long differential runs over large texts (tests/parse/fast-laws-property.test.ts: the German law
//                texts; tests/parse/fast-property.test.ts: a policy over 256 KB); *-bounds.test.ts: the work bounds,
//                counted over generated inputs of thousands of articles or clauses (tests/compare/score-bounds,
//                tests/parse/chunks-bounds: a 140 KB regulation parsed whole and in pieces)
//   integration  *.integration.test.ts: in-process, but over a whole corpus or labelled set, where the claim is
//                "every one": every brand × every policy built five ways (tests/build/text-layer), every document
//                of ../shared/dev-corpus imported (tests/import/dev-corpus), the fast Markdown path on every
//                document of the project (tests/parse/fast), the labelled version pairs, reasons and template
//                pairs (tests/diff, tests/template), the seed evaluations (tests/compare/seeds, tests/import/seeds,
//                docx-roundtrip, the import layouts against the policies written by hand: tests/import/layouts),
//                every seed rendered and read back (tests/render/pdf/seeds, tests/render/engine/ua-check-seeds,
//                tests/render/docx/contents), the comparison of the five seeds as a PDF (tests/render/compare/pdf,
//                parts) and the HTML report of the whole project (tests/report/site, its plan planned three times
//                over every policy of the project: tests/report/site/plan). Also the tests that drive
//                LibreOffice, pandoc or PDFBox as an independent reader or writer (tests/render/docx/libreoffice,
//                tests/render/docx/build, tracked: the diff's Word file read by pandoc, tests/import/third-party,
//                tests/render/pdf/preflight: a Java process):
//                seconds of an external program per document, not in-process; they skip with a message where the
//                program is missing. And the tests that build whole seed policies through the pipeline several
//                times over (a build with a full disk, incremental builds, the shaping and subset caches'
//                byte-identical PDFs, start's one diff per revision, one parse and one manifest read per build, the
//                board pack, the build job, the report's rewrites, pass three of the comparison on the five seeds):
//                about 40 of the unit lanes' 84 worker CPU seconds (scripts/test-cpu)
//   unit         everything else, in-process against src/, with no build step
// Vitest runs them as three projects. `npm test` runs every lane: shared-modules holds every file of the forks pool's
// lanes (unit, cli, property, integration) that mocks no module, fresh-modules those that mock one (MOCKING below),
// and e2e the e2e lane. `npm run test:<lane>` runs one lane: it sets CLAUSEMARK_TEST_LANE=<lane>, which narrows the
// same projects to that lane's files (projectsFor below); only the cli and e2e lanes build the CLI. runCli and
// runBuiltCli (tests/support/cli.ts) refuse to run in a file of another lane, so a test that spawns it cannot end up
// in the unit lane by mistake, even in the one project that holds both.
const MOCKING = mockingFiles();
const E2E = [...LANE_GLOBS.e2e];

/** The globs of a lane's files: its own, without those of the lanes a file is put in first (tests/support/lanes.ts). */
function laneFiles(lane: Lane): { include: string[]; exclude: string[] } {
  const earlier = LANE_ORDER.slice(0, LANE_ORDER.indexOf(lane));
  return { include: [...LANE_GLOBS[lane]], exclude: earlier.flatMap((other) => LANE_GLOBS[other]) };
}

/** The global setup that starts the run's LibreOffice. */
const OFFICE = 'tests/support/libreoffice-server.ts';

/** What a project holding files of a lane that runs the CLI (BUILDS_CLI) is given: the build first, and it is said. */
const CLI_BUILD = { globalSetup: ['tests/support/global-setup.ts'], env: { CLAUSEMARK_TEST_BUILDS_CLI: '1' } };

function project(
  name: string,
  include: string[],
  exclude: string[],
  extra: TestProjectInlineConfiguration['test'] = {},
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include,
      exclude: [...exclude, 'node_modules/**'],
      // Read inside the worker: fresh modules for every test file (see `poolOptions` below).
      poolOptions: { forks: { isolate: true } },
      ...extra,
    },
  };
}

// The files of shared-modules share their worker's modules (`isolate: false` read inside the worker): evaluating
// src/ and its imports afresh for each file was about a third of the unit lane's CPU, and each file then parsed the
// brand fonts and laid out their words anew (worker CPU seconds isolated → shared, scripts/test-cpu, one run each at
// load 7–22, 2026-11-26: cli 115 → 97, integration 149 → 140 leaving out stored.integration, changed meanwhile; the
// property lane 84.4 → 84.5, its time going to generating and parsing, not to loading). Their tests are written for
// that: module-level caches are keyed by the files they were read from (a stamp, a hash), a test that changes the
// environment or a module's settings undoes it (vi.unstubAllEnvs, an afterEach: setLayoutStore(undefined); runCli
// puts back the working folder, the environment and the message language: tests/support/cli-in-process.ts), and a
// test that mocks a module runs in fresh-modules, isolated.
const SHARED_MODULES = { poolOptions: { forks: { isolate: false } } };

// Vitest 3 runs a pool's projects one after another when the pool reuses its processes (`isolate: false` below): it
// starts a project's files, waits for the last to end and recycles the workers before the next project, so that no
// process carries one project's modules into another (sequence.groupOrder only orders such sequences). Projects of
// another pool run at the same time. So the forks pool's lanes are one project, not one each: a project per lane
// made vitest's own process transform src/ again for each (8 CPU seconds for the unit lane alone), started the
// workers and loaded node_modules again for each, and left a core idle at each lane's end and between lanes (about
// 6 s of wall, scripts/test-cpu/report.mjs); as one project the longest files of every lane start first
// (tests/support/long-first.ts) and the short ones fill both cores to the end. The whole suite, seven projects → these
// three (CI=true, scripts/test-cpu's config under /usr/bin/time, ../shared absent: 463 files run; alternated with
// main, 2026-11-26 14:09–15:19, the machine shared with two benchmarking sessions): CPU seconds of the process tree
// 664, 571, 547 → 545, 493, vitest's and the workers' outside the test files 46, 40, 36 → 31, 26; wall 1009, 725,
// 521 → 879, 459 s at load medians 9.4, 10.3, 7.4 → 12.2, 6.6. The e2e lane (three files that mostly
// wait for Chromium and `serve`: about 35 of its 44 CPU seconds are theirs, scripts/test-cpu) runs in the vmForks
// pool, so it starts with the others, its waits filled by their work, instead of taking its own turn in the
// sequence; vmForks, not threads, because runCli changes the working folder (process.chdir, refused in a worker
// thread). Each of its files loads its modules afresh in a VM context (0.5 CPU s more for each of them,
// scripts/test-cpu), and code runs slower there: the property lane in vmForks took 120 CPU s instead of 89
// (scripts/test-cpu, one run each, load 5–12), a run of the integration and cli lanes' files that mock a module 25
// instead of 20 (/usr/bin/time, medians of 3 alternated, load 8–14), so only a lane that mostly waits is worth moving
// there.
const BESIDE_THE_OTHERS = { pool: 'vmForks' } as const;

/** Whether a lane is one CLAUSEMARK_TEST_LANE may name. */
const isLane = (name: string): name is Lane => (LANE_ORDER as readonly string[]).includes(name);

/**
 * The projects of a run: every lane's (`npm test`, lane undefined), or one lane's (`npm run test:<lane>`). The forks
 * pool's lanes are one project (shared-modules), their files that mock a module another (fresh-modules).
 */
export function projectsFor(lane: Lane | undefined): TestProjectInlineConfiguration[] {
  const e2e = project('e2e', E2E, [], {
    ...CLI_BUILD,
    // The lane's one Chromium, which each file connects to (tests/support/browser-server.ts).
    globalSetup: [...CLI_BUILD.globalSetup, 'tests/support/browser-server.ts'],
    ...BESIDE_THE_OTHERS,
  });
  if (lane === 'e2e') return [e2e];
  const files = lane === undefined ? { include: LANE_GLOBS.unit.slice(), exclude: E2E } : laneFiles(lane);
  const mocking = MOCKING.filter((file) => laneOf(file) !== 'e2e' && (lane === undefined || laneOf(file) === lane));
  const builds: Partial<typeof CLI_BUILD> = lane === undefined || BUILDS_CLI.includes(lane) ? CLI_BUILD : {};
  // The run's one LibreOffice for the conversions to PDF of the integration and cli lanes' files, none of which mocks
  // a module (tests/support/libreoffice-server.ts).
  const office = lane === undefined || lane === 'integration' || lane === 'cli' ? [OFFICE] : [];
  const globalSetup = [...(builds.globalSetup ?? []), ...office];
  const shared = { ...builds, ...(globalSetup.length > 0 ? { globalSetup } : {}), ...SHARED_MODULES };
  const projects = [
    project('shared-modules', files.include, [...files.exclude, ...MOCKING], shared),
    ...(mocking.length > 0 ? [project('fresh-modules', mocking, E2E, builds)] : []),
  ];
  return lane === undefined ? [...projects, e2e] : projects;
}

/** The lane CLAUSEMARK_TEST_LANE names (`npm run test:<lane>`), or undefined for every lane. */
function laneToRun(): Lane | undefined {
  const name = process.env.CLAUSEMARK_TEST_LANE;
  if (name === undefined || name === '') return undefined;
  if (!isLane(name)) throw new Error(`CLAUSEMARK_TEST_LANE=${name}: no such lane (${LANE_ORDER.join(', ')})`);
  return name;
}

/** V8's semi-space for the test workers (see `poolOptions` below). */
const YOUNG_GENERATION = '--max-semi-space-size=64';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: on a 2-core machine one test file at a time, with the
    // other core idle whenever no CLI child process runs. A worker waiting for a CLI child takes no CPU. Three workers
    // on two cores: the cli lane's CPU was the same (249 → 239 s, one run each, load 10–16), and that run ended with
    // tinypool's unhandled "Terminating worker thread", so it is two.
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
    // native-builtins.ts: every test file starts with the JSON and Array.prototype.push the worker started with, not
    // the slower polyfills pdfjs-dist's legacy build installs for the whole process (see that file).
    // The files that mock a module start first, then the longest files (tests/support/long-first.ts).
    sequence: { sequencer: LongRunningFirst },
    setupFiles: ['tests/support/fixed-seed.ts', 'tests/support/event-loop-turn.ts', 'tests/support/native-builtins.ts'],
    // One process per worker for all the test files of a project (`isolate: false` here, where vitest's pool reads it),
    // instead of a fresh process per file: what node_modules holds (pdfkit, fontkit, pdfjs, micromark, yaml …) is
    // loaded once per worker, not once per file, which was most of the unit lane's CPU time (315 → 182 CPU seconds).
    // A project asks for per-file isolation inside the worker or not (project() and SHARED_MODULES below): isolated,
    // vitest re-evaluates our own src/ and test modules for every file, so vi.mock and module-level caches start
    // fresh; a test that changes the environment undoes it (vi.stubEnv with vi.unstubAllEnvs). Projects never share
    // a process.
    // Forked processes, not threads: a worker thread busy for a minute with a CPU-heavy test (the text-layer builds)
    // misses vitest's RPC deadline ("Timeout calling onTaskUpdate"), which fails the run although every test passed.
    pool: 'forks',
    // Semi-spaces of 64 MB, not V8's 16: the parses of whole law texts and corpora keep much of what
    // they allocate, and each scavenge copied it again (GC was a sixth of the dev corpus import's profile). CPU s with
    // 16 → 64 (scripts/test-cpu, alternated, load 9-17): stored.integration 22.4-24.8 → 20.7-22.0, dev-corpus import
    // 28.7-30.9 → 24.7-29.0, byte-copy 13.8-15.5 → 13.3-15.4, the property lane 88.4-95.5 → 84.9-102.8 (medians 91.0
    // → 88.3). It changes when V8 collects, not what a test computes; the CLI processes tests start keep node's default.
    poolOptions: { forks: { isolate: false, execArgv: [YOUNG_GENERATION] }, vmForks: { execArgv: [YOUNG_GENERATION] } },
    projects: projectsFor(laneToRun()),
  },
});
