// The example corpus the tests read (SHIPPED_POLICIES): every file listed is there, so a test of "every shipped
// policy" cannot quietly read fewer; and shippedProject copies exactly those, whatever else a school keeps in its
// clone's policies/ (issue 39 item 7).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SHIPPED_POLICY_FILES, shippedPolicyPaths } from './paths.js';
import { shippedProject } from './project.js';

describe('the shipped example corpus', () => {
  it('lists files that are there', () => {
    expect(shippedPolicyPaths().length).toBeGreaterThanOrEqual(9);
    for (const file of SHIPPED_POLICY_FILES) expect(existsSync(join(PROJECT_ROOT, 'policies', file)), file).toBe(true);
  });

  it('is copied file for file, and nothing else', () => {
    const root = shippedProject();
    const copied = readdirSync(join(root, 'policies'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(root, 'policies'), join(entry.parentPath, entry.name)))
      .sort();
    expect(copied).toEqual([...SHIPPED_POLICY_FILES].sort());
  });
});
