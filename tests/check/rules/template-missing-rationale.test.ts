import { describe, expect, it } from 'vitest';
import { checkFixture, sites } from './helpers.js';

describe('template-missing-rationale', () => {
  it('warns for a modified clause, a dropped optional clause and a local addition without a reason', () => {
    const result = checkFixture('template-missing-rationale.md');
    expect(sites(result.findings)).toEqual([
      '6:14 warning template-missing-rationale',
      '15:1 warning template-missing-rationale',
      '22:4 warning template-missing-rationale',
    ]);
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'optional clause "bedenk.realtime" of po-raad-social-media@2.0 was left out but rationale gives no reason',
      'clause "intro.doel" differs from po-raad-social-media@2.0 but rationale gives no reason',
      'clause "up.eigen" is not in po-raad-social-media@2.0 (a local addition) but rationale gives no reason',
    ]);
    expect(result.findings[1]?.fix).toBe(
      'add a reason in the frontmatter, under rationale: intro.doel: <why the school deviates>',
    );
  });

  it('is satisfied by a rationale (up.klimaat.ouders is modified and explained)', () => {
    const messages = checkFixture('template-missing-rationale.md')
      .findings.map((finding) => finding.message)
      .join('\n');
    expect(messages).not.toContain('up.klimaat.ouders');
  });
});
