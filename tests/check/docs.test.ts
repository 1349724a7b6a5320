import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { PROJECT_ROOT } from '../support/paths.js';

describe('docs/rules.md', () => {
  it('documents every rule with its severity', () => {
    const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'rules.md'), 'utf8');
    for (const rule of RULES) expect(doc, rule.id).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });
});
