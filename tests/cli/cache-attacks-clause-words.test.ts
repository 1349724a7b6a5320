// The cache of documents' clause words (src/compare/terms/clause-words-cache.ts, src/io/serialized-cache.ts) on the built
// binary: a document's words read back from an entry must be those its text gives. An entry whose word an attacker
// changed ("pesten" → "kesten", same length) with the seal left as it was, cut short, sealed under another secret, or
// taken from the other document's entry is not used: `compare` says what the files say (how alike the two rules are),
// and the entry is made anew. The control: the same edit sealed with the user's own secret is read back (the rules
// then share a word less), so these runs do read the cache. docs/security.md is the threat model. The same for a
// word's dictionary split the entry keeps (src/compare/terms/dictionary-splits.ts): "geluidsopnamen" split as
// "keluid opname" is the other document's "opnamen van geluid" no more.
import { describe, expect, it } from 'vitest';
import { attackComparedDocumentCache } from '../support/compare-cache-attack.js';

describe("a planted or damaged entry of a document's clause words", () => {
  it('is not used: compare says what the files say, and the entry is made anew', async () => {
    await attackComparedDocumentCache({
      folder: 'clause-words',
      documents: [
        { rule: 'Leerlingen pesten elkaar niet, ook niet online.', ownWord: 'online' },
        { rule: 'Leerlingen pesten elkaar niet, ook niet op internet.', ownWord: 'internet' },
      ],
      edited: 'pesten',
      honest: (json) => expect(json).toContain('"similarity": 0.769'),
      misled: (json, honestJson) => {
        expect(json).not.toBe(honestJson);
        expect(json).not.toContain('"similarity": 0.769');
      },
    });
  });

  it("is not used for a word's dictionary split either", async () => {
    await attackComparedDocumentCache({
      folder: 'clause-words',
      documents: [
        { rule: 'Leerlingen maken geen geluidsopnamen in de klas, ook niet online.', ownWord: 'online' },
        { rule: 'Leerlingen maken geen opnamen van geluid in de klas, ook niet op internet.', ownWord: 'internet' },
      ],
      edited: 'geluid opname',
      honest: (json) => expect(json).toContain('"similarity": 0.634'),
      misled: (json, honestJson) => {
        expect(json).not.toBe(honestJson);
        expect(json).not.toContain('"similarity": 0.634');
      },
    });
  });
});
