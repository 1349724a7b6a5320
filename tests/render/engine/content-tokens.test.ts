// The content stream tokenizer of the PDF/UA self-check (src/render/engine/content-tokens.ts) finds exactly the
// tokens the pattern it replaces found, on what pdfkit writes and on any string of the characters that matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachContentToken } from '../../../src/render/engine/content-tokens.js';

const PATTERN = /\((?:\\.|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|[[\]]|\/[^\s/[\]()<>]+|[^\s/[\]()<>]+/g;

function tokens(content: string): string[] {
  const found: string[] = [];
  eachContentToken(content, (token) => {
    found.push(token);
    return true;
  });
  return found;
}

const byPattern = (content: string): string[] => [...content.matchAll(PATTERN)].map((match) => match[0]);

describe('content stream tokens', () => {
  it('are those of the pattern on a page as pdfkit writes it', () => {
    const page = [
      '/Artifact BMC 0.8 0 0 rg 0 0 16 842 re f EMC',
      '/P <</MCID 3>> BDC 0.1 0.2 0.3 rg BT /F1 10.5 Tf 1 0 0 -1 70.5 120 Tm',
      '[<00210045> 12.5 <0003> -140 <0051 0046>] TJ ET EMC',
      '(Bij twijfel \\(zie\\) art. 3\\\\) Tj (open \\',
      '\n) <> <<>> >>> <abc <a1 b2\n> / // [] ( ',
    ].join('\n');
    expect(tokens(page)).toEqual(byPattern(page));
  });

  it('are those of the pattern on any text of delimiters, escapes, hex digits and white space', () => {
    const characters = fc.constantFrom(...'()<>[]/\\ \t\n\r\f\v\u00a0\u2028\u3000\u0085aF0-9.Tj%{}'.split(''));
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 60 }), (parts) => {
        const content = parts.join('');
        expect(tokens(content)).toEqual(byPattern(content));
      }),
      { numRuns: 2000 },
    );
  });

  it('stops when told to', () => {
    const seen: string[] = [];
    eachContentToken('a b c', (token) => {
      seen.push(token);
      return token !== 'b';
    });
    expect(seen).toEqual(['a', 'b']);
  });
});
