// parse never throws, on any string at all: lone surrogates, control characters, arbitrary bytes read as UTF-8 or
// Latin-1, Markdown and YAML debris, and well-formed policies with debris spliced in. It returns a model or
// findings, with either Markdown reader; check over the result never throws either. Reading bytes from disk
// refuses what is not text with a ClausemarkError and nothing else. (FUZZ_RUNS raises the run counts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClausemarkError } from '../../src/model/errors.js';
import { decodeSource } from '../../src/io/read.js';
import { anyBytes, anyDocument, anyString, bytesAsText, damagedPolicy, markdownSoup } from './arbitraries.js';
import { checksAnything, formatsLosslessly, parsesAnything } from './invariants.js';
import { propertyParameters, timeoutFor } from './runs.js';

describe('parse on any input', () => {
  it('never throws on any string (lone surrogates and control characters included)', () => {
    fc.assert(
      fc.property(anyString, (text) => void checksAnything(parsesAnything(text))),
      propertyParameters(400),
    );
  });

  it('never throws on arbitrary bytes decoded as UTF-8 or Latin-1', () => {
    fc.assert(
      fc.property(bytesAsText, (text) => void checksAnything(parsesAnything(text))),
      propertyParameters(400),
    );
  });

  it('never throws on Markdown and YAML debris, with either Markdown reader', () => {
    fc.assert(
      fc.property(
        markdownSoup,
        fc.constantFrom('remark' as const, 'auto' as const),
        (text, engine) => void checksAnything(parsesAnything(text, engine)),
      ),
      propertyParameters(400),
    );
  });

  it(
    'never throws on generated policies with debris spliced in, with either Markdown reader',
    () => {
      fc.assert(
        fc.property(
          damagedPolicy,
          fc.constantFrom('remark' as const, 'auto' as const),
          (text, engine) => void checksAnything(parsesAnything(text, engine)),
        ),
        propertyParameters(200),
      );
    },
    timeoutFor(200, 300),
  );

  it('reads bytes from disk as a policy, or refuses them with a ClausemarkError that says where and how to fix it', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        try {
          parsesAnything(decodeSource(bytes, 'fuzz.md').text);
        } catch (error) {
          expect(isClausemarkError(error), String(error)).toBe(true);
          if (isClausemarkError(error)) {
            expect(error.place.file).toBe('fuzz.md');
            expect(error.hint).toBeTruthy();
          }
        }
      }),
      propertyParameters(400),
    );
  });
});

describe('fmt on any input', () => {
  it(
    'refuses cleanly, or formats losslessly and idempotently',
    () => {
      let formatted = 0;
      fc.assert(
        fc.property(anyDocument, (text) => {
          if (formatsLosslessly(text) === 'formatted') formatted++;
        }),
        propertyParameters(150),
      );
      // The property is only worth something if most documents get formatted rather than refused.
      expect(formatted).toBeGreaterThan(0);
    },
    timeoutFor(150, 500),
  );
});
