// The cache of documents' topic scores (src/compare/topics/topic-scores-cache.ts, src/io/serialized-cache.ts) on the built
// binary: a document's scores read back from an entry must be those its text gives. An entry whose signal an attacker
// changed ("pesten" → "kesten", same length) with the seal left as it was, cut short, sealed under another secret, or
// taken from the other document's entry is not used: `compare` says what the files say, and the entry is made anew.
// The control: the same edit sealed with the user's own secret is read back, so these runs do read the cache.
// docs/security.md is the threat model; tests/cli/cache-attacks-policies.test.ts the cache of parsed policies.
import { describe, expect, it } from 'vitest';
import { attackComparedDocumentCache } from '../support/compare-cache-attack.js';

describe("a planted or damaged entry of a document's topic scores", () => {
  it('is not used: compare says what the files say, and the entry is made anew', async () => {
    await attackComparedDocumentCache({
      folder: 'topic-scores',
      documents: [
        { rule: 'Leerlingen pesten elkaar niet, ook niet online.', ownWord: 'pesten' },
        { rule: 'Medewerkers tonen respect voor elkaar, ook online.', ownWord: 'respect' },
      ],
      edited: 'pesten',
      honest: (json) => {
        expect(json).toContain('"pesten"');
        expect(json).not.toContain('kesten');
      },
      misled: (json) => expect(json).toContain('"kesten"'),
    });
  });
});
