import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { DUTCH_CHARACTERS } from '../../src/brand/assets.js';
import { BUILTIN_COLOURS } from '../../src/brand/builtin.js';
import { brandExists, listBrands, loadBrand, resolveBrandName } from '../../src/brand/load.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, SEED_ORGS, policyPath } from '../support/paths.js';
import { SOURCE_SANS_REGULAR, caught, tempProject } from './temp-project.js';

const SHIPPED = ['aeres-mbo', 'allure', 'aloysius', 'casparus-college', 'default', 'flex-college'];

describe('shipped brands', () => {
  it('are the default brand and one per seed organisation', () => {
    expect(listBrands(PROJECT_ROOT)).toEqual(SHIPPED);
  });

  it.each(SHIPPED)('%s loads with valid colours, Dutch-capable fonts and numbering', (name) => {
    const brand = loadBrand(name, { root: PROJECT_ROOT });
    expect(brand.name).toBe(name);
    expect(brand.file).toBe(join(PROJECT_ROOT, 'templates', 'brands', `${name}.yaml`));
    for (const colour of Object.values(brand.colours)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    for (const key of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      const font = fontkit.create(Buffer.from(brand.fonts[key]));
      if ('fonts' in font) throw new Error('collection');
      for (const character of DUTCH_CHARACTERS)
        expect(font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)).toBe(true);
      expect(brand.fontPaths[key].startsWith(join(PROJECT_ROOT, 'templates', 'fonts'))).toBe(true);
    }
    expect(brand.numbering.length).toBeGreaterThan(0);
  });

  it.each([...SEED_ORGS])('%s has its own SVG wordmark, colours and footer', (org) => {
    const brand = loadBrand(org, { root: PROJECT_ROOT });
    const fallback = loadBrand('default', { root: PROJECT_ROOT });
    expect(brand.logo?.kind).toBe('svg');
    expect(brand.logo?.path).toBe(join(PROJECT_ROOT, 'templates', 'brands', 'logos', `${org}.svg`));
    expect(brand.colours.primary).not.toBe(fallback.colours.primary);
    expect(brand.footer).not.toBe('');
  });

  it('the default brand has no logo and an empty footer', () => {
    const brand = loadBrand('default', { root: PROJECT_ROOT });
    expect(brand.logo).toBeUndefined();
    expect(brand.footer).toBe('');
    expect(brand.numbering).toEqual(['decimal', 'lower-alpha', 'lower-roman']);
  });

  it.each([...SEED_ORGS])('the %s seed policy resolves to its own brand', (org) => {
    const { policy } = loadPolicy(policyPath(org));
    expect(resolveBrandName(policy.meta, undefined, PROJECT_ROOT)).toBe(org);
  });
});

describe('resolveBrandName', () => {
  it('prefers --brand, then the brand field, then a brand named like org, then default', () => {
    expect(resolveBrandName({ brand: 'allure', org: 'aloysius' }, 'flex-college', PROJECT_ROOT)).toBe('flex-college');
    expect(resolveBrandName({ brand: 'allure', org: 'aloysius' }, undefined, PROJECT_ROOT)).toBe('allure');
    expect(resolveBrandName({ org: 'aloysius' }, undefined, PROJECT_ROOT)).toBe('aloysius');
    expect(resolveBrandName({ org: 'unknown-school' }, undefined, PROJECT_ROOT)).toBe('default');
  });

  it('passes a named brand on even when it does not exist, so loading it reports the mistake', () => {
    expect(resolveBrandName({ brand: 'typo', org: 'allure' }, undefined, PROJECT_ROOT)).toBe('typo');
    expect(brandExists(PROJECT_ROOT, 'typo')).toBe(false);
    expect(brandExists(PROJECT_ROOT, '../brands/allure')).toBe(false);
  });
});

describe('fallback to the default brand', () => {
  it('takes omitted fields from the built-in brand when the project has no default.yaml', () => {
    const project = tempProject();
    project.brand('school', 'colours:\n  primary: "#AA0000"\n');
    const brand = loadBrand('school', { root: project.root });
    expect(brand.colours).toEqual({ ...BUILTIN_COLOURS, primary: '#aa0000' });
    expect(brand.fontPaths.regular).toBe(
      join(PROJECT_ROOT, 'templates', 'fonts', 'source-sans-3', 'SourceSans3_400Regular.ttf'),
    );
    expect(brand.numbering).toEqual(['decimal', 'lower-alpha', 'lower-roman']);
    expect(brand.logo).toBeUndefined();
    expect(loadBrand('default', { root: project.root }).file).toBe('');
  });

  it("takes omitted fields from the project's default.yaml, and `logo: none` drops an inherited logo", () => {
    const project = tempProject();
    project.write(
      'templates/brands/logos/mark.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10"/></svg>',
    );
    const font = project.copy(SOURCE_SANS_REGULAR, 'templates/fonts/Regular.ttf');
    project.brand(
      'default',
      'colours:\n  muted: "#123456"\nlogo: logos/mark.svg\nfonts:\n  regular: ../fonts/Regular.ttf\nnumbering: [upper-roman]\nfooter: Onze stichting\n',
    );
    project.brand('inherits', 'footer: Eigen voettekst\n');
    project.brand('plain', 'logo: none\n');
    const inherits = loadBrand('inherits', { root: project.root });
    expect(inherits.colours.muted).toBe('#123456');
    expect(inherits.logo?.kind).toBe('svg');
    expect(inherits.fontPaths.regular).toBe(font);
    expect(inherits.numbering).toEqual(['upper-roman']);
    expect(inherits.footer).toBe('Eigen voettekst');
    expect(loadBrand('plain', { root: project.root }).logo).toBeUndefined();
  });

  it('accepts a single numbering style and an empty footer', () => {
    const project = tempProject();
    project.brand('one', 'numbering: lower-alpha\nfooter:\n');
    const brand = loadBrand('one', { root: project.root });
    expect(brand.numbering).toEqual(['lower-alpha']);
    expect(brand.footer).toBe('');
  });
});

describe('caching', () => {
  it('returns the same brand object until the brand file changes', () => {
    const project = tempProject();
    const file = project.brand('cached', 'footer: een\n');
    const first = loadBrand('cached', { root: project.root });
    expect(loadBrand('cached', { root: project.root })).toBe(first);
    writeFileSync(file, 'footer: twee\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = loadBrand('cached', { root: project.root });
    expect(second).not.toBe(first);
    expect(second.footer).toBe('twee');
  });

  it('notices a change to the default brand a cached brand inherits from', () => {
    const project = tempProject();
    const defaults = project.brand('default', 'footer: oud\n');
    project.brand('child', 'colours:\n  primary: "#000000"\n');
    expect(loadBrand('child', { root: project.root }).footer).toBe('oud');
    writeFileSync(defaults, 'footer: nieuw\n');
    utimesSync(defaults, new Date(), new Date(Date.now() + 5000));
    expect(loadBrand('child', { root: project.root }).footer).toBe('nieuw');
  });

  // serve --watch, or several CLI runs in one process: a default.yaml written after a brand was cached without one.
  it('notices a default brand added after a cached brand inherited from the built-in one', () => {
    const project = tempProject();
    project.brand('child', 'colours:\n  primary: "#000000"\n');
    expect(loadBrand('child', { root: project.root }).footer).toBe('');
    project.brand('default', 'footer: nieuw\n');
    expect(loadBrand('child', { root: project.root }).footer).toBe('nieuw');
  });
});

describe('unknown brands', () => {
  it('lists the available brands in the hint', () => {
    const project = tempProject();
    project.brand('beta', 'footer: b\n');
    project.brand('alpha', 'footer: a\n');
    const error = caught(() => loadBrand('gamma', { root: project.root }));
    expect(error.ruleId).toBe('unknown-brand');
    expect(error.message).toBe('unknown brand `gamma`');
    expect(error.hint).toMatch(/^available brands: alpha, beta \(files in /);
  });

  it('points at where the name came from', () => {
    const error = caught(() =>
      loadBrand('nope', {
        root: PROJECT_ROOT,
        requestedAt: { file: 'policies/x/p.md', point: { line: 12, column: 8 } },
      }),
    );
    expect(error.format()).toMatch(
      /^policies\/x\/p\.md:12:8: unknown brand `nope`\n {2}fix: available brands: aeres-mbo, allure, aloysius, casparus-college, default, flex-college/,
    );
  });

  it('refuses names that are paths', () => {
    expect(caught(() => loadBrand('../brands/allure', { root: PROJECT_ROOT })).ruleId).toBe('unknown-brand');
    expect(caught(() => loadBrand('Allure', { root: PROJECT_ROOT })).ruleId).toBe('unknown-brand');
  });
});
