import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/check/rules/index.js';
import { checkFixture, checkText, fixture } from './helpers.js';

describe('RULES', () => {
  it('has unique kebab-case ids, each with a fixture of its own', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      // A rule about what an organisation declares has its fixture beside that declaration (declared/).
      const own = existsSync(fixture(`${id}.md`)) || existsSync(fixture(`declared/${id}.md`));
      expect(own, `tests/fixtures/check/${id}.md`).toBe(true);
    }
  });

  it('gives every finding in every fixture a position, a message and a fix hint', () => {
    const files = readdirSync(fixture('')).filter((name) => name.endsWith('.md'));
    let count = 0;
    for (const name of files) {
      for (const finding of checkFixture(name).findings) {
        count++;
        expect(finding.place, `${name}: ${finding.message}`).toBeDefined();
        expect(finding.message.length).toBeGreaterThan(10);
        expect(finding.fix?.length ?? 0, `${name}: ${finding.message}`).toBeGreaterThan(10);
      }
    }
    expect(count).toBeGreaterThan(RULES.length);
  });

  it('finds nothing in a good policy that uses every field', () => {
    expect(checkFixture('good.md').findings).toEqual([]);
  });

  it('finds nothing in the complete example of docs/format.md', () => {
    const doc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');
    const example = /```markdown\n([\s\S]*?)\n```\n/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(checkText(example ?? '').findings).toEqual([]);
  });
});
