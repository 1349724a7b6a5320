// Locations tests share. ../shared exists for developers and CI, not in a user's clone: tests using it skip.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../src/io/root.js';

/** This repository: clausemark's own install folder, defined once (src/io/root.ts). */
export const PROJECT_ROOT = PACKAGE_ROOT;
export const SHARED = resolve(PROJECT_ROOT, '..', 'shared');
export const SEEDS_DIR = join(SHARED, 'seeds');
export const HAVE_SEEDS = existsSync(SEEDS_DIR);
export const SEED_ORGS = ['aeres-mbo', 'allure', 'casparus-college', 'flex-college', 'aloysius'] as const;

export function policyPath(org: string): string {
  return join(PROJECT_ROOT, 'policies', org, 'social-media.md');
}

/** A folder of ../shared (`sharedData('bench-data', 'de-law-versions')`), and why tests that read it skip here. */
export function sharedData(...parts: string[]): { dir: string; present: boolean; absent: string } {
  const dir = join(SHARED, ...parts);
  return { dir, present: existsSync(dir), absent: `../shared/${parts.join('/')} is not present beside this clone` };
}
