// The Markdown a published document carries (Word's source part, the PDF/A attachment) leaves out every author's
// note, inline or on lines of its own, whichever parse path read the file (the fast path gives inline HTML no
// position), and nothing else.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { publishedSource } from '../../../src/render/shared/published-source.js';

const HEAD = '---\ntitle: Camera\nlang: nl\n---\n\n# Camera\n\n## Bewaren {#bewaren}\n\n';

function published(body: string): string {
  return publishedSource(parsePolicy(HEAD + body).policy);
}

describe('publishedSource', () => {
  it('takes out an inline note with the spaces before it, a block note with its line, and keeps the rest', () => {
    const body =
      '{#b.termijn} Beelden worden 2 jaar bewaard. <!-- en daarna nog 20 jaar in het archief -->\n\n' +
      '<!--\nIs dit ook voor personeel? — Jan Jansen\n-->\n\n' +
      '{#b.toegang} Alleen de directeur <!-- Word: Piet, 2026-01-02: wie nog? --> bekijkt de beelden.\n';
    expect(published(body)).toBe(
      `${HEAD}{#b.termijn} Beelden worden 2 jaar bewaard.\n\n{#b.toegang} Alleen de directeur  bekijkt de beelden.\n`,
    );
  });

  it('finds a note over two lines in a list item and in a quote, and one that a strikethrough sends to remark', () => {
    const body =
      '1. {#b.een} Een regel <!-- een notitie\n   over twee regels --> met meer.\n' +
      '2. {#b.twee} ~~Oud~~ nieuw. <!-- Word: A, 2026-01-02: ok -->\n\n' +
      '> {#b.drie} Geciteerd <!-- nog een\n> notitie -->\n';
    const out = published(body);
    expect(out).not.toMatch(/<!--|notitie|Word:/);
    expect(out).toContain('1. {#b.een} Een regel  met meer.\n');
    expect(out).toContain('2. {#b.twee} ~~Oud~~ nieuw.\n');
    expect(out).toContain('> {#b.drie} Geciteerd\n');
  });

  it('leaves a comment inside code as it is: that is text of the policy', () => {
    const body = '{#b.code} Schrijf `<!-- geen notitie -->` zo.\n\n```\n<!-- ook code -->\n```\n';
    expect(published(body)).toBe(HEAD + body);
  });
});
