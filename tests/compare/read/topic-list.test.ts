// Which topic list a comparison uses (src/compare/read/topic-list.ts comparisonKind): the frontmatter id, and for
// documents whose frontmatter names no kind (files as they come), the kind their titles name.
import { describe, expect, it } from 'vitest';
import { comparisonKind, topicsFor } from '../../../src/compare/read/topic-list.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { policyFrom } from '../../support/pdf.js';

const body = '\n\n### Artikel 1\n\nEen klacht wordt binnen zes weken afgehandeld.\n';
const raw = (name: string, markdown: string) => policyFrom(markdown, `downloads/${name}.md`);

describe('the kind a comparison is of', () => {
  it('is the frontmatter id where the first document writes one, whatever the titles say', () => {
    const written = policyFrom('---\nid: social-media\ntitle: Klachtenregeling\n---\n\n# Klachtenregeling\n\nTekst.\n');
    expect(comparisonKind([written, raw('b', '# Klachtenregeling B\n\nTekst.\n')])).toEqual({
      kind: 'social-media',
      fromTitles: false,
    });
  });

  it('is the kind the titles name where no frontmatter does: a heading, or the opening line of a law export', () => {
    const documents = [
      raw('cbs', `## Klachtenregeling van het Centraal bureau voor de statistiek${body}`),
      // "##Klachtenregeling" without a space is text, not a heading: the document's opening line.
      raw('faunafonds', `<meta charset="utf-8" />\n\n##Klachtenregeling Faunafonds\n\nHet bestuur, Besluit:${body}`),
      raw('igz', `##Regeling van de Minister houdende de Klachtenregeling van de Inspectie${body}`),
      raw('acm', `Besluit van de ACM tot vaststelling van regels voor klachten${body}`),
    ];
    expect(comparisonKind(documents)).toEqual({ kind: 'klachtenregeling', fromTitles: true });
    expect(topicsFor(documents, PROJECT_ROOT)?.map((topic) => topic.id)).toContain('termijn-afhandeling');
  });

  it('names the file only when the file name is all the title a document has', () => {
    expect(comparisonKind([raw('klachtenregeling', `Tekst zonder kopje.${body}`)]).kind).toBe('klachtenregeling');
    expect(comparisonKind([raw('klachtenregeling', `# Huisregels${body}`)]).kind).toBe('');
  });

  it('is none when fewer than half of the titles name a kind, or two kinds are named as often', () => {
    const few = [
      raw('a', `# Klachtenregeling A${body}`),
      raw('b', `# Huisregels B${body}`),
      raw('c', `# Reglement C${body}`),
    ];
    expect(comparisonKind(few)).toEqual({ kind: '', fromTitles: false });
    expect(topicsFor(few, PROJECT_ROOT)).toBeUndefined();
    const tied = [raw('a', `# Klachtenregeling A${body}`), raw('b', `# Pestprotocol B${body}`)];
    expect(comparisonKind(tied)).toEqual({ kind: '', fromTitles: false });
  });

  it('reads an opening line only as far as a title goes, not the body', () => {
    const long = `${'Dit reglement gaat over de school en haar leerlingen. '.repeat(8)}Zie ook de klachtenregeling.`;
    expect(comparisonKind([raw('a', `${long}${body}`), raw('b', `${long}${body}`)]).kind).toBe('');
  });
});
