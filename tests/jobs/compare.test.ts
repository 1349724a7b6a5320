// The compare job in-process (src/jobs/compare.ts): the comparison `clausemark compare` writes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_REPORT } from '../../src/report/formats/compare.js';
import { formatNamed } from '../../src/render/shared/format-table.js';
import { compareJob } from '../../src/jobs/compare.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

const TWO = [policyPath('allure'), policyPath('aloysius')];

describe('compareJob', () => {
  it('aligns two organisations: json lists both documents and their provisions, md and html render it', async () => {
    const json = JSON.parse(String(await compareJob(TWO, { root: PROJECT_ROOT, format: 'json' }))) as {
      documents: unknown[];
      provisions: unknown[];
    };
    expect(json.documents).toHaveLength(2);
    expect(json.provisions.length).toBeGreaterThan(10);
    const markdown = String(await compareJob(TWO, { root: PROJECT_ROOT, format: 'md' }));
    expect(markdown).toMatch(/^#/m);
    const html = String(await compareJob(TWO, { root: PROJECT_ROOT, format: 'html' }));
    expect(html).toMatch(/^<!DOCTYPE html>/i);
  });

  it('refuses one policy of a kind without a topic list, an unknown topic list and an unknown format', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-compare-one-'));
    const house = join(folder, 'huisregels.md');
    writeFileSync(
      house,
      '---\nid: huisregels\ntitle: Huisregels\norg: noord\nlang: nl\n---\n\n## 1. Jassen {#jassen}\n\nJassen hangen aan de kapstok.\n',
    );
    await expect(compareJob([house], { root: folder, format: 'text' })).rejects.toThrow(
      'compare needs at least two policies',
    );
    await expect(compareJob([house], { root: folder, format: 'text', topics: 'geen-lijst' })).rejects.toThrow(
      "there is no topic list 'geen-lijst'",
    );
    expect(() => formatNamed(COMPARE_REPORT, 'docx')).toThrow('compare cannot write docx yet');
    await expect(compareJob(TWO, { root: PROJECT_ROOT, format: 'rtf' })).rejects.toThrow('compare cannot write rtf');
  });

  it("takes one policy whose kind has a topic list: its topics, and with --topics another kind's", async () => {
    const one = String(await compareJob([TWO[0]!], { root: PROJECT_ROOT, format: 'md' }));
    expect(one).toContain('Onderwerpen');
    const asPrivacy = String(
      await compareJob([TWO[0]!], { root: PROJECT_ROOT, format: 'md', topics: 'privacyverklaring' }),
    );
    // A social-media protocol read as a privacy statement: what AVG art. 13 asks, each row covered, possibly
    // covered or "niet gevonden", never absent (no person confirmed anything).
    const law = asPrivacy.slice(asPrivacy.indexOf('### Wat de wet vraagt'), asPrivacy.indexOf('### Bepalingen'));
    expect(law).toContain('AVG art. 13 lid 1 onder a');
    const rows = law.split('\n').filter((line) => line.startsWith('| ') && !/^\| (Onderwerp|---)/.test(line));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(row).toMatch(/\| (✓|\?|—) [^|]+\|$/);
    expect(law).toContain('niet gevonden');
    expect(law).not.toMatch(/ontbreekt \(/);
  });
});
