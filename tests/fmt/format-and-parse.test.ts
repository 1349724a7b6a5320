// formatAndParse hands back the formatted text as fmt read it back, so that `import` checks it without parsing it a
// third time. That parse must be exactly what parsing the output gives, whichever way fmt got it: read back once,
// read back twice, or (text already in house style) the parse of the input itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatAndParse } from '../../src/fmt/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const UNFORMATTED = `---
title: Protocol sociale media
organisation: Casparus College
version: 1.10
---

# Protocol sociale media

Dit protocol beschrijft hoe wij met sociale media omgaan.

## Uitgangspunten

* Casparus College onderkent de mogelijkheden van *sociale* media.
* Ouders worden o.a. via de nieuwsbrief geïnformeerd.[^1]

[^1]: Zie de schoolgids.
`;

const SEED = readFileSync('policies/allure/social-media.md', 'utf8');

describe('formatAndParse', () => {
  const cases: [string, string][] = [
    ['a text that gets IDs', UNFORMATTED],
    ['the same with a BOM and CRLF line endings', `\uFEFF${UNFORMATTED.replace(/\n/g, '\r\n')}`],
    ['a seed already in house style', SEED],
    ['a seed with CRLF line endings', SEED.replace(/\n/g, '\r\n')],
  ];
  for (const [name, source] of cases) {
    it(`gives what parsing the output gives: ${name}`, () => {
      const path = 'policies/casparus-college/social-media.md';
      const { result, parsed } = formatAndParse(source, { path });
      const expected = parsePolicy(result.output, { path });
      expect(parsed.policy).toEqual(expected.policy);
      expect(parsed.findings).toEqual(expected.findings);
      expect(parsed.encoding).toEqual({
        bom: source.startsWith('\uFEFF'),
        eol: source.includes('\r\n') ? '\r\n' : '\n',
      });
    });
  }

  // Else the third case would not take the path where fmt reuses the parse of its input.
  it('the seed is in house style already: its output is its input', () => {
    const { result } = formatAndParse(SEED);
    expect(result.changed).toBe(false);
    expect(result.output).toBe(SEED);
  });
});
