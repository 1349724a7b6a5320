// The seed policies: fmt keeps every clause (text and ID) and the frontmatter, and the corpus is fmt-clean.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/fmt/index.js';
import { parsePolicy } from '../../src/parse/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import type { Policy } from '../../src/model/policy.js';
import { SEED_ORGS, policyPath } from '../support/paths.js';

const shape = (policy: Policy) => ({
  frontmatter: policy.frontmatter?.data,
  sections: allSections(policy).map((section) => [section.id, section.title]),
  clauses: allClauses(policy).map(({ clause }) => [clause.id, clause.synthetic, clause.text]),
});

describe.each(SEED_ORGS)('fmt on the %s seed', (org) => {
  const path = policyPath(org);
  const source = readFileSync(path, 'utf8');
  const result = formatSource(source, { path });

  it('keeps every section, clause, ID and frontmatter value', () => {
    expect(shape(parsePolicy(result.output, { path }).policy)).toEqual(shape(parsePolicy(source, { path }).policy));
    expect(result.assigned).toEqual([]);
  });

  it('is already formatted (fmt --check is clean on the corpus)', () => {
    expect(result.output).toBe(source);
  });
});
