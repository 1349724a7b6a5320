// Locations tests share. ../shared exists for developers and CI, not in a user's clone: tests using it skip.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = resolve(PROJECT_ROOT, '..', 'shared');
export const SEEDS_DIR = join(SHARED, 'seeds');
export const HAVE_SEEDS = existsSync(SEEDS_DIR);
export const SEED_ORGS = ['aeres-mbo', 'allure', 'casparus-college', 'flex-college', 'aloysius'] as const;

export function policyPath(org: string): string {
  return join(PROJECT_ROOT, 'policies', org, 'social-media.md');
}
