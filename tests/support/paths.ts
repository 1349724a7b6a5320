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

/**
 * The example corpus clausemark ships in policies/, file by file (paths under policies/): what a test of "every
 * policy" or of a command over the corpus reads. A school's clone adds its own policies to that folder, and a test
 * that read the folder would judge the school's texts, not clausemark (issue 39 item 7): such tests read these files,
 * or copies of them (tests/support/project.ts, shippedProject).
 */
export const SHIPPED_POLICIES = [
  'aeres-mbo/social-media.md',
  'allure/social-media.md',
  'aloysius/social-media.md',
  'casparus-college/social-media.md',
  'casparus-college/revisions/social-media-2.0.md',
  'flex-college/social-media.md',
  'linde/klachtenregeling.md',
  'linde/de-es/schoolgids.md',
  'linde/de-wilg/pestprotocol.md',
] as const;

/** Files beside the shipped policies that belong to them: the example foundation's procedure. */
export const SHIPPED_POLICY_FILES = [...SHIPPED_POLICIES, 'linde/procedure.yaml'] as const;

/** The shipped policies as absolute paths in this repository, in the order above. */
export function shippedPolicyPaths(): string[] {
  return SHIPPED_POLICIES.map((file) => join(PROJECT_ROOT, 'policies', file));
}

/** A folder of ../shared (`sharedData('bench-data', 'de-law-versions')`), and why tests that read it skip here. */
export function sharedData(...parts: string[]): { dir: string; present: boolean; absent: string } {
  const dir = join(SHARED, ...parts);
  return { dir, present: existsSync(dir), absent: `../shared/${parts.join('/')} is not present beside this clone` };
}
