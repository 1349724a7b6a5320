import { describe, expect, it } from 'vitest';
import { checkFixture, checkWorded, sites } from './helpers.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { approveSource } from '../../../src/jobs/approve-record.js';
import { tempRepo } from '../../support/git.js';
import { writeFileSync, readFileSync } from 'node:fs';

const POLICY = `---
id: social-media
title: Protocol sociale media
organisation: Casparus College
version: "1.0"
status: proposed
---

## Uitgangspunten {#uitgangspunten}

1. {#up.belang} Casparus College onderkent de mogelijkheden van sociale media.
2. {#up.klimaat} Dit protocol draagt bij aan een veilig klimaat.
3. {#up.respect} Wij hebben respect voor elkaar.
`;

describe('approval-outdated', () => {
  it('reports a hash that no longer matches, at the approvals field, when the approved text is not in git', () => {
    const result = checkFixture('approval-outdated.md');
    expect(sites(result.findings)).toEqual(['8:3 error approval-outdated']);
    expect(result.findings[0]?.message).toContain('1 July 2024 by J. de Vries');
    expect(result.findings[0]?.message).toContain('cannot be named');
  });

  it('names the changed, added and removed clauses by finding the approved version in git history', () => {
    const repo = tempRepo();
    const file = repo.write('policies/casparus-college/social-media.md', POLICY);
    const approved = approveSource(loadPolicy(file), {
      name: 'J. de Vries',
      role: 'Voorzitter CvB',
      date: '2024-07-01',
      step: 'vaststelling',
    });
    writeFileSync(file, approved.source);
    expect(checkWorded(loadPolicy(file)).findings).toEqual([]);
    repo.commit('approved version');

    const edited = readFileSync(file, 'utf8')
      .replace('een veilig klimaat', 'een goed en veilig klimaat')
      .replace('3. {#up.respect} Wij hebben respect voor elkaar.\n', '3. {#up.nieuw} Een nieuwe regel.\n');
    writeFileSync(file, edited);
    const findings = checkWorded(loadPolicy(file)).findings.filter((f) => f.ruleId === 'approval-outdated');
    // Sorted by position: the removal is reported at the approvals field, above the clauses.
    expect(findings.map((f) => f.message)).toEqual([
      'clause up.respect removed after the approval of 1 July 2024 by J. de Vries',
      'clause up.klimaat changed after the approval of 1 July 2024 by J. de Vries',
      'clause up.nieuw was added after the approval of 1 July 2024 by J. de Vries',
    ]);
    expect(findings[1]?.place?.start).toMatchObject({ line: 18, column: 4 });
  });

  it('does not fire for formatting-only changes or for approvals without a hash', () => {
    const repo = tempRepo();
    const file = repo.write('p.md', POLICY);
    const approved = approveSource(loadPolicy(file), { name: 'X', role: 'Y', date: '2024-07-01' });
    writeFileSync(file, approved.source.replace('Wij hebben respect', 'Wij   hebben\n   respect'));
    expect(checkWorded(loadPolicy(file)).findings.filter((f) => f.ruleId === 'approval-outdated')).toEqual([]);
  });

  it('names a footnote, a link target and a cover field changed after adoption, and a later advice does not cover them', () => {
    const repo = tempRepo();
    const file = repo.write(
      'policies/casparus-college/social-media.md',
      POLICY.replace('voor elkaar.', 'voor [elkaar](https://casparus.nl).[^1]') +
        '\n[^1]: Nooit aan derden verstrekt.\n',
    );
    const adopt = (step: string, name: string) =>
      writeFileSync(file, approveSource(loadPolicy(file), { name, role: name, date: '2024-07-01', step }).source);
    adopt('vaststelling', 'J. de Vries');
    repo.commit('approved version');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('Nooit aan derden verstrekt', 'Aan iedere derde verkocht')
        .replace('https://casparus.nl', 'https://example.com')
        .replace('version: "1.0"', 'version: "3.0"'),
    );
    adopt('advies', 'Ouderraad');
    const findings = checkWorded(loadPolicy(file)).findings.filter((f) => f.ruleId === 'approval-outdated');
    expect(findings.map((f) => f.message).sort()).toEqual([
      'clause up.respect changed after the approval of 1 July 2024 by J. de Vries',
      'footnote 1 changed after the approval of 1 July 2024 by J. de Vries',
      'version changed after the approval of 1 July 2024 by J. de Vries: the cover no longer shows what was adopted',
    ]);
  });
});
