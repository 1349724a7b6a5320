// Issue 26 item 2: "renumbered" only when the number a reader sees changed. A heading moved one level, in a text
// without ids or with numbers typed in its headings, renumbers nothing a reader sees; clausemark's own section
// numbers (a policy with ids) and ordered-list labels still do.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { parsePolicy } from '../../src/parse/index.js';

const diff = (before: string, after: string) =>
  diffPolicies(parsePolicy(before, { path: 'old.md' }).policy, parsePolicy(after, { path: 'new.md' }).policy);

const renumbered = (before: string, after: string): number =>
  diff(before, after).changes.filter((change) => change.kinds.includes('renumbered')).length;

const META = '---\nid: reglement\ntitle: Reglement\norganisation: School\nversion: "1.0"\nlang: nl\n---\n\n';

describe('renumbered means the number a reader sees', () => {
  it('a plain text whose sub-headings went up a level renumbers nothing', () => {
    const before =
      '## Huisregels\n\nVoor iedereen.\n\n### Toegang\n\nDe poort gaat om acht uur open.\n\n### Pauze\n\nIn de pauze blijf je op het plein.\n';
    const after =
      '## Huisregels\n\nVoor iedereen.\n\n## Toegang\n\nDe poort gaat om acht uur open.\n\n## Pauze\n\nIn de pauze blijf je op het plein.\n';
    expect(renumbered(before, after)).toBe(0);
  });

  it('typed heading numbers that read the same after a level change renumber nothing, ids or not', () => {
    const before = `${META}## 3. Leerlingen {#leerlingen}\n\n### 4. Toezicht {#toezicht}\n\n1. {#toezicht.docent} Een docent houdt toezicht.\n`;
    const after = `${META}## 3. Leerlingen {#leerlingen}\n\n## 4. Toezicht {#toezicht}\n\n1. {#toezicht.docent} Een docent houdt toezicht.\n`;
    expect(renumbered(before, after)).toBe(0);
  });

  it('a typed heading number that changed is renumbering', () => {
    const before = '## Artikel 4\n\nHet bestuur vergadert.\n';
    const after = '## Artikel 5\n\nHet bestuur vergadert.\n';
    expect(renumbered(before, after)).toBe(1);
  });

  it('clausemark numbers the sections of a policy with ids: a section inserted above renumbers the rest', () => {
    const before = `${META}## Toezicht {#toezicht}\n\n1. {#toezicht.docent} Een docent houdt toezicht.\n`;
    const after = `${META}## Doel {#doel}\n\n1. {#doel.pauze} Dit reglement regelt de pauze.\n\n## Toezicht {#toezicht}\n\n1. {#toezicht.docent} Een docent houdt toezicht.\n`;
    expect(renumbered(before, after)).toBe(1);
  });

  it('an ordered-list item inserted above renumbers the items below in a plain text too', () => {
    const before = '## Regels\n\n1. Kom op tijd.\n2. Ruim je plek op.\n';
    const after = '## Regels\n\n1. Groet elkaar.\n2. Kom op tijd.\n3. Ruim je plek op.\n';
    expect(renumbered(before, after)).toBe(2);
  });
});
