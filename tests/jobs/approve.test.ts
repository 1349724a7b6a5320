import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { parsePolicy } from '../../src/parse/index.js';
import { approvalHash } from '../../src/model/fingerprint.js';
import { ClausemarkError } from '../../src/model/errors.js';

const SOURCE = `---
id: social-media
title: Protocol sociale media # shown on the cover
organisation: Casparus College
version: "2.0"
status: draft
# Approvals follow the GMR procedure.
approvals:
  - date: 2024-06-12
    name: GMR
    role: Medezeggenschapsraad
    step: advies
---

## Uitgangspunten {#uitgangspunten}

1. {#up.belang} Casparus College onderkent de mogelijkheden van sociale media.
`;

const parse = (source: string) => parsePolicy(source, { path: 'policies/casparus-college/social-media.md' });

describe('approveSource', () => {
  it('appends a row with the text hash, keeps comments and the body byte for byte', () => {
    const result = approveSource(parse(SOURCE), {
      name: 'J. de Vries',
      role: 'Voorzitter CvB',
      date: '2024-07-01',
      step: 'vaststelling',
    });
    const after = parse(result.source).policy;
    expect(after.meta.approvals).toHaveLength(2);
    expect(after.meta.approvals[1]).toEqual({
      date: '2024-07-01',
      name: 'J. de Vries',
      role: 'Voorzitter CvB',
      step: 'vaststelling',
      hash: approvalHash(parse(SOURCE).policy),
    });
    expect(after.meta.status).toBe('approved');
    expect(result.status).toEqual({ from: 'draft', to: 'approved' });
    expect(result.source).toContain('# shown on the cover');
    expect(result.source).toContain('# Approvals follow the GMR procedure.');
    expect(result.source.split('\n---\n')[1]).toBe(SOURCE.split('\n---\n')[1]);
  });

  it('makes a draft a proposal at an earlier step', () => {
    const result = approveSource(parse(SOURCE), {
      name: 'OR',
      role: 'Ondernemingsraad',
      date: '2024-06-20',
      step: 'instemming',
    });
    expect(result.status).toEqual({ from: 'draft', to: 'proposed' });
  });

  it('creates the frontmatter and the approvals list when they are missing', () => {
    const result = approveSource(parse('## A {#a}\n\n{#a.1} Tekst.\n'), { name: 'X', role: 'Y', date: '2024-01-31' });
    expect(parse(result.source).policy.meta.approvals).toHaveLength(1);
    expect(result.source.endsWith('## A {#a}\n\n{#a.1} Tekst.\n')).toBe(true);
  });

  it('refuses an impossible date and empty names with a ClausemarkError naming the argument', () => {
    expect(() => approveSource(parse(SOURCE), { name: 'X', role: 'Y', date: '2024-02-30' })).toThrow(ClausemarkError);
    try {
      approveSource(parse(SOURCE), { name: ' ', role: 'Y', date: '2024-02-03' });
    } catch (error) {
      expect((error as ClausemarkError).format()).toMatch(/^--name: --name is empty/);
    }
  });

  it('the hash ignores formatting and the approval rows, but not words or the cover fields', () => {
    const base = approvalHash(parse(SOURCE).policy);
    expect(approvalHash(parse(SOURCE.replace('version: "2.0"', 'version: "2.1"')).policy)).not.toBe(base);
    expect(approvalHash(parse(SOURCE.replace('    step: advies\n', '')).policy)).toBe(base);
    expect(approvalHash(parse(SOURCE.replace('onderkent de', 'onderkent  de')).policy)).toBe(base);
    expect(approvalHash(parse(SOURCE.replace('onderkent', 'erkent')).policy)).not.toBe(base);
  });
});
