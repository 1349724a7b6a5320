// The (voortgezet) speciaal onderwijs: `so` as its duties and procedures files are named, `so-vso` as a topic list's
// `binds` names it. An organisation that writes either gets that sector's procedures, duties and the law's
// requirements for a WEC school; before, `sector: so` was refused by the law view and `sector: so-vso` found no
// procedures file. A school for voortgezet speciaal onderwijs alone writes `vso`: the same WEC requirements, and the
// council's parts of WMS art. 14, not art. 13.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutiesFor } from '../../src/procedure/duties.js';
import { proceduresFor } from '../../src/procedure/load.js';
import { organisationProfile, readDeclaration } from '../../src/procedure/organisation.js';
import { sectorBindsName, sectorFileName } from '../../src/procedure/sector.js';
import { thrownError as thrown } from '../support/thrown.js';

function school(sector: string): { root: string; policy: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-sector-'));
  mkdirSync(join(root, 'policies', 'de-brug'), { recursive: true });
  const file = join(root, 'policies', 'de-brug', 'procedure.yaml');
  writeFileSync(file, `sector: ${sector}\norganisation:\n  role: school\n  name: SO De Brug\n`);
  return { root, policy: join(root, 'policies', 'de-brug', 'klachtenregeling.md'), file };
}

describe('the sector of the speciaal onderwijs', () => {
  it('reads so and so-vso as one sector, each as its files name it', () => {
    for (const written of ['so', 'so-vso', 'SO', ' So-Vso ']) {
      expect(sectorFileName(written), written).toBe('so');
      expect(sectorBindsName(written), written).toBe('so-vso');
    }
    expect(sectorFileName('vo')).toBe('vo');
    expect(sectorFileName('vso')).toBe('vso');
    expect(sectorBindsName('vso')).toBe('so-vso');
    expect(sectorBindsName('mbo')).toBe('mbo');
  });

  it('gives an organisation that writes either the WEC procedures, duties and requirements', () => {
    for (const written of ['so', 'so-vso']) {
      const { root, policy, file } = school(written);
      const procedures = proceduresFor(policy, root);
      expect(procedures.sector, written).toBe('so');
      expect(procedures.kinds.klachtenregeling?.steps.at(-1)?.basis, written).toBe('WEC art. 23 lid 2');
      const declaration = readDeclaration(file)!;
      expect(declaration.sector, written).toBe('so');
      expect(dutiesFor(root, declaration.sector)?.file, written).toMatch(/duties[\\/]so\.yaml$/);
      expect(organisationProfile(policy, root).sector, written).toBe('so-vso');
    }
  });

  it('refuses a sector it has no files for, naming the ones it has', () => {
    const { root, policy } = school('hbo');
    expect(thrown(() => organisationProfile(policy, root)).message).toBe(
      'procedure file: sector is "hbo", which is not one of po, vo, so, vso, mbo',
    );
  });

  it('gives a school for voortgezet speciaal onderwijs the WEC, with the council’s parts of WMS art. 14', () => {
    const { root, policy, file } = school('vso');
    const procedures = proceduresFor(policy, root);
    expect(procedures.sector).toBe('vso');
    expect(procedures.kinds.klachtenregeling?.steps.at(-1)?.basis).toBe('WEC art. 23 lid 2');
    const privacy = procedures.kinds.privacyreglement?.steps.filter((step) => step.right === 'instemming');
    expect(privacy?.map((step) => [step.part, step.basis])).toEqual([
      ['ouders', 'WMS art. 14 lid 2 sub f'],
      ['leerlingen', 'WMS art. 14 lid 3 sub d'],
    ]);
    expect(procedures.kinds.leerlingenstatuut?.steps[0]?.part).toBe('leerlingen');
    const declaration = readDeclaration(file)!;
    expect(declaration.sector).toBe('vso');
    const duties = dutiesFor(root, declaration.sector);
    expect(duties?.file).toMatch(/duties[\\/]vso\.yaml$/);
    expect(organisationProfile(policy, root).sector).toBe('so-vso');
  });
});
