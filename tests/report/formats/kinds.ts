// The report kinds of src/report/formats/ (and build's own, src/build/policy-formats.ts), read from the files
// themselves, so a kind added later is held by the tests of the tables (table.test.ts) and of their renderers
// (render.integration.test.ts) without being listed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportKind } from '../../../src/render/shared/format-table.js';
import { PROJECT_ROOT } from '../../support/paths.js';

export type AnyKind = ReportKind<never, unknown>;

const FOLDER = join(PROJECT_ROOT, 'src', 'report', 'formats');
/** The policy's own formats (PDF, Word): build writes them, so they sit in build, below the reports. */
const POLICY_FORMATS = join(PROJECT_ROOT, 'src', 'build', 'policy-formats.ts');

function isReportKind(value: unknown): value is AnyKind {
  return typeof value === 'object' && value !== null && 'command' in value && 'formats' in value;
}

/** Every report kind exported by a file of src/report/formats/ or by src/build/policy-formats.ts, by its export name. */
export async function reportKinds(): Promise<Map<string, AnyKind>> {
  const kinds = new Map<string, AnyKind>();
  const files = readdirSync(FOLDER)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(FOLDER, name));
  for (const file of [POLICY_FORMATS, ...files]) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (isReportKind(value)) kinds.set(name, value);
  }
  return kinds;
}
