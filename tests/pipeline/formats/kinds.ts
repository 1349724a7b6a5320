// The report kinds of src/pipeline/formats/, read from the folder itself, so a kind added later is held by the tests
// of the tables (table.test.ts) and of their renderers (render.integration.test.ts) without being listed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportKind } from '../../../src/pipeline/formats/table.js';
import { PROJECT_ROOT } from '../../support/paths.js';

export type AnyKind = ReportKind<never, unknown>;

const FOLDER = join(PROJECT_ROOT, 'src', 'pipeline', 'formats');

function isReportKind(value: unknown): value is AnyKind {
  return typeof value === 'object' && value !== null && 'command' in value && 'formats' in value;
}

/** Every report kind exported by a file of src/pipeline/formats/, by the name it is exported as. */
export async function reportKinds(): Promise<Map<string, AnyKind>> {
  const kinds = new Map<string, AnyKind>();
  for (const file of readdirSync(FOLDER)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    const module = (await import(join(FOLDER, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (isReportKind(value)) kinds.set(name, value);
  }
  return kinds;
}
