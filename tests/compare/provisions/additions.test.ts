// A clause that rewords the reference but adds a rule (src/compare/provisions/additions.ts, issue 42 item 5): an obligation, a
// prohibition, a party or a whole new part of a sentence makes it "anders: voegt toe …", never "anders verwoord";
// a rewording that swaps words of one class, or adds no rule, stays reworded.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addedRule, parseObligations } from '../../../src/compare/provisions/additions.js';
import { alignPolicies } from '../../../src/compare/index.js';
import { redline } from '../../../src/match/redline.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { renderCompareMarkdown } from '../../../src/render/compare/markdown.js';
import { renderCompareText } from '../../../src/render/compare/text.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const RULE = 'Leerlingen gebruiken hun mobiele telefoon niet tijdens de lessen in het lokaal.';
const LOCKER = `${RULE.slice(0, -1)} en leggen hem bij binnenkomst in de telefoonkluis.`;

const adds = (reference: string, member: string): string | undefined =>
  addedRule(redline(reference, member, 0.7).words);

describe('added rules', () => {
  it('names an added obligation, prohibition or party', () => {
    expect(adds(RULE, LOCKER)).toBe('en leggen hem bij binnenkomst in de telefoonkluis');
    expect(
      adds(
        'Medewerkers plaatsen foto’s van leerlingen op de website.',
        'Medewerkers plaatsen foto’s van leerlingen niet op de website.',
      ),
    ).toContain('niet');
    expect(adds('De mentor bespreekt het incident.', 'De mentor bespreekt het incident met de ouders.')).toContain(
      'ouders',
    );
  });

  it('leaves a rewording alone: words of one class swapped, or a word that adds no rule', () => {
    expect(adds('Medewerkers moeten zorgvuldig zijn.', 'Medewerkers dienen zorgvuldig te zijn.')).toBeUndefined();
    expect(
      adds(RULE, 'Leerlingen gebruiken hun mobiele telefoon niet tijdens de lessen in het klaslokaal.'),
    ).toBeUndefined();
    expect(adds(RULE, RULE)).toBeUndefined();
  });

  it('reads the word classes of its data file, one class a line, comments and kind headings skipped', () => {
    const classes = parseObligations('# comment\n[obligation]\nmoet moeten\n[party]\nouders ouder\n');
    expect(classes.get('moet')).toBe(classes.get('moeten'));
    expect(classes.get('ouders')).not.toBe(classes.get('moet'));
    expect(classes.has('comment')).toBe(false);
  });

  it('shows the member as "anders: voegt toe …" in the comparison, never "anders verwoord"', () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-additions-'));
    const policy = (org: string, rule: string) => {
      const path = join(folder, `${org}.md`);
      writeFileSync(
        path,
        `---\nid: telefoonbeleid\ntitle: Telefoonbeleid\norg: ${org}\norganisation: ${org}\nlang: nl\n---\n\n` +
          `## Telefoon {#telefoon}\n\n${rule}\n\n## Pauze {#pauze}\n\nIn de pauze mag de telefoon op het schoolplein worden gebruikt voor muziek.\n`,
      );
      return loadPolicy(path).policy;
    };
    const alignment = alignPolicies([policy('noord', RULE), policy('zuid', LOCKER)], { topics: [] });
    const provision = alignment.provisions.find((candidate) =>
      candidate.members['zuid']?.[0]?.text.includes('telefoonkluis'),
    );
    const member = provision?.members['zuid']?.[0];
    expect(Object.keys(provision?.members ?? {}).sort()).toEqual(['noord', 'zuid']);
    expect(member?.status).toBe('different');
    expect(member?.adds).toBe('en leggen hem bij binnenkomst in de telefoonkluis');
    const labels = loadLabels('nl', { root: PROJECT_ROOT });
    const markdown = renderCompareMarkdown(alignment, labels);
    expect(markdown).toContain('anders: voegt toe “en leggen hem bij binnenkomst in de telefoonkluis”');
    expect(markdown).not.toContain('anders verwoord (`');
    expect(renderCompareText(alignment, labels)).toContain(
      'voegt toe “en leggen hem bij binnenkomst in de telefoonkluis”',
    );
  });
});
