// The roles a clause names (src/diff/role-words.ts): a role named in several words is one role, keyed and quoted
// whole; singular and plural are one role.
import { describe, expect, it } from 'vitest';
import { oneWordPerRole, roleKey, rolesIn } from '../../src/diff/role-words.js';
import { wordsOf } from '../../src/diff/word-roles.js';
import { lexiconFor } from '../../src/text/lexicon.js';

const dutch = lexiconFor('nl');
const roles = (text: string): string[] => [...rolesIn(wordsOf(text, dutch), dutch)];

describe('role words', () => {
  it('a role named in several words is one role, whatever its inflection and case', () => {
    expect(roles('Het bevoegd gezag hoort de ouders.')).toEqual(['bevoegd gezag', 'ouder']);
    expect(roles('Het bevoegde gezag en het College van Bestuur.')).toEqual(['bevoegd gezag', 'college van bestuur']);
    // A role word alone is a role of its own; "gezag" alone is not the bevoegd gezag.
    expect(roles('Het gezag en de raad.')).toEqual(['gezag', 'raad']);
    // Words of the name with more than spaces between them are no name.
    expect(roles('Bevoegd, gezag.')).toEqual(['gezag']);
  });

  it('one word per mention, quoted as the whole name', () => {
    const words = wordsOf('het college van bestuur en de mentoren', dutch);
    const once = oneWordPerRole(words.filter((word) => word.roleTerm !== undefined || dutch.roles.has(word.folded)));
    expect(once.map((word) => word.shown ?? word.text)).toEqual(['college van bestuur', 'mentoren']);
    expect(once.map((word) => roleKey(word, dutch))).toEqual(['college van bestuur', 'mentor']);
  });
});
