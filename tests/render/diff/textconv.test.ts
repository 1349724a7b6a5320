import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { renderTextconv } from '../../../src/render/diff/textconv.js';

describe('renderTextconv', () => {
  it('frontmatter lines, then `## id title` per section and `id<TAB>number  text` per clause', () => {
    const source = `---
id: social-media
title: Protocol sociale media
organisation: Casparus College
version: "2.1"
status: approved
lang: nl
approvals:
  - { date: 2024-07-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }
---

# Protocol sociale media

{#intro.doel} Dit protocol beschrijft
hoe wij met sociale media omgaan.

## Uitgangspunten {#uitgangspunten}

1. {#up.belang} Casparus College onderkent de mogelijkheden van sociale media.
2. {#up.klimaat} Dit protocol draagt bij aan een **goed en veilig** school- en onderwijsklimaat.
   1. {#up.klimaat.ouders} Ouders worden geïnformeerd.[^1]

### Verder {#verder}

- {#verder.realtime} Het gebruik van sociale media gebeurt in real time.

[^1]: Zie art. 3 van het privacyreglement.
`;
    const text = renderTextconv(parsePolicy(source, { path: 'policies/casparus-college/social-media.md' }).policy);
    expect(text).toBe(`id: social-media
title: Protocol sociale media
organisation: Casparus College
version: 2.1
status: approved
lang: nl
approval: 2024-07-01 J. de Vries, Voorzitter College van Bestuur (vaststelling)

intro.doel\tDit protocol beschrijft hoe wij met sociale media omgaan.
## uitgangspunten Uitgangspunten
up.belang\t1.1  Casparus College onderkent de mogelijkheden van sociale media.
up.klimaat\t1.2  Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat.
up.klimaat.ouders\t1.2.a  Ouders worden geïnformeerd.
### verder Verder
verder.realtime\t1.1  Het gebruik van sociale media gebeurt in real time.

[^1]\tZie art. 3 van het privacyreglement.
`);
  });

  it('plain Markdown without frontmatter or ids: synthetic ids, and no invented frontmatter', () => {
    const text = renderTextconv(
      parsePolicy('# Notities\n\nEerste alinea.\n\n## Kopje\n\nTweede alinea\nover twee regels.\n', {
        path: 'notes.md',
      }).policy,
    );
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^[a-z0-9._-]+\tEerste alinea\.$/);
    expect(lines[1]).toMatch(/^## [a-z0-9._-]+ Kopje$/);
    expect(lines[2]).toMatch(/^[a-z0-9._-]+\t(1 {2})?Tweede alinea over twee regels\.$/);
  });
});

describe('renderTextconv: the procedure in the frontmatter', () => {
  it("prints the procedure's fields and an approval row's, so a new level or outcome shows in `git diff`", () => {
    const source = (level: string, outcome: string): string => `---
id: klachtenregeling
title: Klachtenregeling
organisation: Stichting De Linde
version: "1.0"
kind: klachtenregeling
level: ${level}
owner: Bestuurssecretaris
heroSlogan: ''
approvals:
  - { date: 2025-03-12, name: M. Visser, role: Voorzitter GMR, step: instemming, body: GMR, outcome: ${outcome} }
---

Een klacht meldt u bij de directeur.
`;
    const lines = (text: string): string[] =>
      renderTextconv(parsePolicy(text, { path: 'policies/linde/klachtenregeling.md' }).policy).split('\n');
    const adopted = lines(source('bestuur', 'positief'));
    expect(adopted).toContain(
      'approval: 2025-03-12 M. Visser, Voorzitter GMR (instemming); body: GMR; outcome: positief',
    );
    expect(adopted).toEqual(
      expect.arrayContaining(['kind: klachtenregeling', 'level: bestuur', 'owner: Bestuurssecretaris']),
    );
    const changed = lines(source('school', 'negatief'));
    expect(changed.filter((line) => !adopted.includes(line))).toEqual([
      'approval: 2025-03-12 M. Visser, Voorzitter GMR (instemming); body: GMR; outcome: negatief',
      'level: school',
    ]);
  });
});
