// A brand file may set label patterns for sections, clauses and items (`labels`, as a policy's own `numbering`
// field): a policy built with that brand prints "Artikel 1", "1.1", "a)" unless it names a numbering of its own.
// Read back from the built PDF with pdftotext; a bad pattern is refused at its line and column.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brand/load.js';
import { renderPolicyFiles } from '../../src/build/policy.js';
import { writeSite } from '../../src/report/site/index.js';
import { caught, tempProject } from './temp-project.js';

const BRAND = 'labels:\n  sections: "Artikel %1"\n  clauses: "%1.%2"\n  items: "%a)"\n';

const policy = (numbering: string) => `---
id: klachtenregeling
title: Klachtenregeling
organisation: Stichting Voorbeeld
org: voorbeeld
version: "1.0"
status: draft
lang: nl
brand: school
${numbering}---

# Klachtenregeling

## Begripsbepalingen {#begrippen}

1. {#begrippen.klacht} Een klacht is een uiting van onvrede.
2. {#begrippen.klager} Klager is degene die een klacht indient, te weten:
   1. {#begrippen.klager.ouder} een ouder;
   2. {#begrippen.klager.leerling} een leerling.
`;

async function builtText(source: string): Promise<string> {
  const project = tempProject();
  project.brand('school', BRAND);
  const file = project.write('policies/voorbeeld/klachtenregeling.md', source);
  const { files } = await renderPolicyFiles(file, {
    root: project.root,
    outDir: join(project.root, 'out'),
    showIds: false,
    pdfa: false,
  });
  const pdf = join(project.root, 'built.pdf');
  writeFileSync(pdf, files[0]!.bytes);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

describe("a brand's label patterns", () => {
  it('are read from the brand file', () => {
    const project = tempProject();
    project.brand('school', BRAND);
    expect(loadBrand('school', { root: project.root }).labels).toEqual({
      sections: 'Artikel %1',
      clauses: '%1.%2',
      items: '%a)',
    });
  });

  it('number a policy that names no numbering of its own: "Artikel 1", "1.1", "1.2", "a)", "b)"', async () => {
    const text = await builtText(policy(''));
    expect(text).toMatch(/Artikel 1\s+Begripsbepalingen/);
    expect(text).toMatch(/1\.1\s+Een klacht is een uiting/);
    expect(text).toMatch(/1\.2\s+Klager is degene/);
    expect(text).toMatch(/a\)\s+een ouder/);
    expect(text).toMatch(/b\)\s+een leerling/);
  });

  it("number the policy's page of the HTML report the same way", () => {
    const project = tempProject();
    project.brand('school', BRAND);
    const file = project.write('policies/voorbeeld/klachtenregeling.md', policy(''));
    const out = join(project.root, 'out');
    const report = writeSite([file], { root: project.root, outDir: out });
    const page = report.pages.find((path) => path.startsWith('voorbeeld/'));
    const text = readFileSync(join(out, page ?? 'missing'), 'utf8')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Artikel 1 Begripsbepalingen');
    expect(text).toContain('1.1 Een klacht is een uiting van onvrede.');
    // An item is printed with its own label under its clause, as the PDF prints it (issue 69 item 4).
    expect(text).toMatch(/1\.2 Klager .* a\) een ouder;/);
    expect(text).not.toMatch(/1\.2 a\)/);
  });

  it("give way to the policy's own numbering", async () => {
    const text = await builtText(policy('numbering:\n  sections: "Hoofdstuk %I"\n  clauses: "%2°"\n'));
    expect(text).toMatch(/Hoofdstuk I\s+Begripsbepalingen/);
    expect(text).toMatch(/1°\s+Een klacht is een uiting/);
    expect(text).not.toMatch(/Artikel 1/);
  });

  it('are refused at the pattern when one cannot print a number, and at the key of an unknown level', () => {
    const project = tempProject();
    const file = project.brand('school', 'labels:\n  sections: "Artikel"\n');
    const error = caught(() => loadBrand('school', { root: project.root }));
    expect(error.message).toBe('labels.sections: `Artikel` has no number in it (%1, %2, %3, %a, %A, %i or %I)');
    expect(error.hint).toContain('write a label pattern, e.g. sections: "Artikel %1"');
    expect(`${error.place.file}:${error.place.point?.line}:${error.place.point?.column}`).toBe(`${file}:2:13`);
    const other = tempProject();
    other.brand('school', 'labels:\n  articles: "Artikel %1"\n');
    const unknown = caught(() => loadBrand('school', { root: other.root }));
    expect(unknown.message).toBe('unknown field `labels.articles`');
    expect(unknown.place.point?.line).toBe(2);
  });
});
