// External programs some tests read our output with (qpdf, pdftoppm, util-linux `script`). Where one is missing
// the tests that need it skip, with a message naming the program and how to install it: never a test that passes
// without checking. In CI (CI=true) a missing program fails the run instead, since CI installs them (.ci/run).
import { spawnSync } from 'node:child_process';
import type { TestContext } from 'vitest';

/** How to get each program on Debian/Ubuntu, as .ci/run installs it. */
const PACKAGES: Record<string, string> = {
  qpdf: 'qpdf',
  pdfdetach: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdftotext: 'poppler-utils',
  script: 'util-linux',
  pandoc: 'pandoc',
  wkhtmltopdf: 'wkhtmltopdf',
  soffice: 'libreoffice-writer-nogui',
};

/** The flag each program answers without doing anything (pdftoppm prints its version with -v). */
const VERSION_FLAGS: Record<string, string> = { pdfdetach: '-v', pdftoppm: '-v', pdftotext: '-v' };

const probed = new Map<string, boolean>();
const warned = new Set<string>();

function install(program: string): string {
  return `apt-get install ${PACKAGES[program] ?? program}`;
}

function runs(program: string): boolean {
  let present = probed.get(program);
  if (present === undefined) {
    present = spawnSync(program, [VERSION_FLAGS[program] ?? '--version'], { stdio: 'ignore' }).error === undefined;
    probed.set(program, present);
  }
  return present;
}

/**
 * Whether `program` runs here. When it does not: throws under CI=true, otherwise warns once (naming the program
 * and its package) and returns false, for `it.skipIf(!haveTool('qpdf'))`.
 */
export function haveTool(program: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (runs(program)) return true;
  if (env.CI === 'true')
    throw new Error(
      `${program} is not installed, and CI (CI=true) must run the tests that need it: ${install(program)}`,
    );
  if (!warned.has(program))
    console.warn(`${program} is not installed: the tests that need it are skipped (${install(program)})`);
  warned.add(program);
  return false;
}

/**
 * For a test that checks part of what it checks with `program`: call it where the program is first needed. When
 * the program is missing the test ends there and is reported as skipped, with the reason (under CI=true it fails).
 */
export function needTool(skip: TestContext['skip'], program: string): void {
  if (!haveTool(program)) skip(`${program} is not installed (${install(program)})`);
}
