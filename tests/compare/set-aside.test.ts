// The note compare prints for each document it leaves out (src/compare/read/inputs.ts describeSetAside), worded from
// templates/messages/en.yaml (`set-aside.*`): every reason, in the words it had when they were written in
// TypeScript (these tests passed on the code of commit aca3e49 too).
import { describe, expect, it } from 'vitest';
import { describeSetAside, type SetAsideReason } from '../../src/compare/read/inputs.js';
import type { Policy } from '../../src/model/policy.js';
import { parsePolicy } from '../../src/parse/index.js';

const policy = (path: string, version?: string): Policy =>
  parsePolicy(
    `---\nid: social-media\ntitle: Protocol\norganisation: Alpha\n${version ? `version: "${version}"\n` : ''}---\n\n# Protocol\n\n{#a} Tekst.\n`,
    {
      path,
    },
  ).policy;
const taken = policy('policies/alpha/social-media.md', '2.0');
const note = (reason: SetAsideReason, set: Policy): string => describeSetAside({ policy: set, reason, taken });

describe('the note for a document compare sets aside', () => {
  it('says which file is compared instead, and why', () => {
    expect(note('revision', policy('policies/alpha/revisions/social-media-3.0.md', '3.0'))).toBe(
      'not compared: policies/alpha/revisions/social-media-3.0.md (version 3.0: a revision (in a revisions/ folder)); compared instead: policies/alpha/social-media.md',
    );
    expect(note('revision', policy('policies/alpha/social-media-3.0.md', '3.0'))).toBe(
      'not compared: policies/alpha/social-media-3.0.md (version 3.0: a newer version, not adopted); compared instead: policies/alpha/social-media.md',
    );
    expect(note('superseded', policy('policies/alpha/social-media-2019.md', '1.0'))).toBe(
      'not compared: policies/alpha/social-media-2019.md (version 1.0: superseded by version 2.0); compared instead: policies/alpha/social-media.md',
    );
    expect(note('retired', policy('policies/alpha/oud.md', '0.9'))).toBe(
      'not compared: policies/alpha/oud.md (version 0.9: retired); compared instead: policies/alpha/social-media.md',
    );
    expect(note('same-version', policy('policies/alpha/kopie.md', '2.0'))).toBe(
      'not compared: policies/alpha/kopie.md (version 2.0: the same version again); compared instead: policies/alpha/social-media.md',
    );
  });
});
