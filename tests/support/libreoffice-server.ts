// One LibreOffice for the test run's conversions to PDF (vitest.config.ts: a global setup of the projects that hold
// the integration and cli lanes), listening on a UNO pipe of this run: convertToPdf (tests/support/libreoffice.ts)
// hands it the documents through tests/support/soffice-convert.py instead of starting LibreOffice for each test file,
// a start being about 5 CPU seconds. Started without waiting for it (the first conversion waits); closed, with
// everything it started, when the run ends. Without soffice, or without Python's uno module (Debian python3-uno),
// nothing is started and convertToPdf starts soffice itself as before.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The UNO pipe of the run's LibreOffice (tests/support/libreoffice-server.ts), when it has one. */
    libreOfficePipe?: string;
  }
}

export const PYTHON = '/usr/bin/python3';

const available = (): boolean =>
  spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 &&
  spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0;

export default function setup(project: TestProject): (() => void) | undefined {
  if (!available()) return undefined;
  const pipe = `clausemark-test-${process.pid}-${project.name}`;
  const profile = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'clausemark-soffice-server-')), 'profile')).href;
  // A process group of its own, so that the end of the run stops soffice.bin too, not only the script starting it.
  const office: ChildProcess = spawn(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--invisible',
      '--norestore',
      '--nologo',
      `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`,
    ],
    { detached: true, stdio: 'ignore' },
  );
  office.unref();
  project.provide('libreOfficePipe', pipe);
  return () => {
    try {
      if (office.pid !== undefined) process.kill(-office.pid, 'SIGKILL');
    } catch {
      // Already ended.
    }
  };
}
