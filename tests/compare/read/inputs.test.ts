// Which documents a comparison compares and what it calls them (src/compare/read/inputs.ts, keys.ts, missing.ts), on the
// made-up corpus of tests/support/comparison-corpus.ts: two kinds per school, a revision, older versions, five
// downloaded files in one folder.
import { describe, expect, it } from 'vitest';
import { alignPolicies, comparisonInputs } from '../../../src/compare/index.js';
import { documentLabels } from '../../../src/compare/read/keys.js';
import { missingProvisions } from '../../../src/compare/provisions/missing.js';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { COMPARISON_CORPUS } from '../../support/comparison-corpus.js';
import { modelClauses, orgPolicy } from '../fixtures.js';

const section = (clauses: string[]) => ({ title: 'Richtlijnen', clauses });

const corpus: Policy[] = Object.entries(COMPARISON_CORPUS).map(
  ([path, text]) => parsePolicy(text, { path: `/corpus/${path}` }).policy,
);
const short = (policy: Policy): string => policy.path.replace('/corpus/policies/', '');

describe('comparison inputs: one document per organisation and kind', () => {
  const inputs = comparisonInputs(corpus);
  const byKind = (kind: string) => inputs.find((input) => input.kind === kind);

  it('makes one comparison per kind (the frontmatter id), in order of first appearance', () => {
    expect(inputs.map((input) => input.kind)).toEqual(['privacy', 'social-media']);
    expect(byKind('privacy')?.policies.map(short)).toEqual(['alpha/privacy.md', 'beta/privacy.md', 'gamma/privacy.md']);
  });

  it('takes the newest adopted version, else the newest; a revision in revisions/ is never taken over its original', () => {
    expect(byKind('social-media')?.policies.map(short)).toEqual([
      'alpha/social-media.md',
      'beta/social-media.md',
      'downloads/de-linde.md',
      'downloads/de-regenboog.md',
      'downloads/de-wegwijzer.md',
      'downloads/het-baken.md',
      'downloads/sint-jozef.md',
      'gamma/social-media-concept.md',
    ]);
    expect(
      byKind('social-media')?.setAside.map((item) => [short(item.policy), item.reason, short(item.taken)]),
    ).toEqual([
      ['alpha/revisions/social-media-2.0.md', 'revision', 'alpha/social-media.md'],
      ['beta/social-media-2019.md', 'superseded', 'beta/social-media.md'],
      ['gamma/social-media.md', 'superseded', 'gamma/social-media-concept.md'],
    ]);
  });

  it('keys the downloaded files by their file names and names them so, never by the folder five times', () => {
    const alignment = alignPolicies(byKind('social-media')?.policies ?? []);
    expect(alignment.documents.map((document) => document.key)).toEqual([
      'alpha',
      'beta',
      'de-linde',
      'de-regenboog',
      'de-wegwijzer',
      'het-baken',
      'sint-jozef',
      'gamma',
    ]);
    expect(alignment.documents.map((document) => document.name)).toEqual([
      'Alpha College',
      'Beta Lyceum',
      'de-linde',
      'de-regenboog',
      'de-wegwijzer',
      'het-baken',
      'sint-jozef',
      'Gamma Scholengroep',
    ]);
  });

  it('lists per organisation the provisions it lacks that at least two others state', () => {
    const alignment = alignPolicies(byKind('privacy')?.policies ?? []);
    const labels = (key: string): string[] =>
      (alignment.missing?.[key] ?? []).map((item) => `${item.label} @${item.at.join(',')}`);
    expect(labels('gamma')).toEqual([
      'Ouders hebben het recht de gegevens van hun… @alpha,beta',
      'Een datalek wordt binnen 72 uur gemeld bij… @alpha,beta',
    ]);
    // Only alpha names a data protection officer: that is alpha's own, not something beta or gamma lacks.
    expect(labels('beta')).toEqual(['Gegevens worden niet langer bewaard dan de wettelijke… @alpha,gamma']);
    expect(labels('alpha')).toEqual([]);
    expect(missingProvisions(alignment)).toEqual(alignment.missing);
  });

  it('with two documents, what the other states is missing', () => {
    const alignment = alignPolicies(corpus.filter((policy) => /(alpha|beta)\/privacy/.test(policy.path)));
    expect(alignment.missing?.beta?.map((item) => item.label)).toEqual([
      'Gegevens worden niet langer bewaard dan de wettelijke…',
      'Het bestuur benoemt een functionaris voor de…',
    ]);
  });
});

describe('document keys', () => {
  it('tells two versions of one named organisation apart by their versions', () => {
    const one = orgPolicy('casparus-college', 'Casparus College', [section(modelClauses('Casparus College'))]);
    const two = parsePolicy(one.source.replace('version: "1.0"', 'version: "2.0"'), {
      path: 'policies/casparus-college/revisions/social-media-2.0.md',
    }).policy;
    expect(documentLabels([one, two])).toEqual([
      { key: 'casparus-college-1.0', name: 'Casparus College 1.0' },
      { key: 'casparus-college-2.0', name: 'Casparus College 2.0' },
    ]);
  });

  it('falls back on the file name when a folder-named document meets another of that folder', () => {
    const plain = (path: string): Policy => parsePolicy('# Beleid\n\n1. Een regel.\n', { path }).policy;
    const labels = documentLabels([plain('x/a.md'), plain('x/b.md'), plain('y/a.md')]);
    expect(labels.map((label) => label.key)).toEqual(['a', 'b', 'y']);
    expect(new Set(labels.map((label) => label.name)).size).toBe(3);
  });
});
