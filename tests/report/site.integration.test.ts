// The HTML report written by writeSite, read as files: every page present, every local link and asset resolves,
// the CSP admits exactly the page's own style and script, and a rebuild without changes writes nothing.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSite, type SiteReport } from '../../src/report/site/index.js';
import { discoverPolicies } from '../../src/io/discover.js';
import { PROJECT_ROOT, SEED_ORGS } from '../support/paths.js';
import { shippedProject } from '../support/project.js';

let dir: string;
let out: string;
let report: SiteReport;

beforeAll(() => {
  dir = shippedProject({ prefix: 'clausemark-site-' });
  out = join(dir, 'out');
  report = writeSite(discoverPolicies([join(dir, 'policies')], []), { root: PROJECT_ROOT, outDir: out });
});

const read = (page: string): string => readFileSync(join(out, page), 'utf8');

describe('writeSite on the repository corpus', () => {
  it('writes the overview, a page per policy, the comparison and the version diff', () => {
    expect(report.skipped).toEqual([]);
    expect(report.pages).toContain('index.html');
    expect(report.pages).toContain('compare/social-media.html');
    expect(report.pages).toContain('casparus-college/social-media-1.0-to-2.0.html');
    for (const org of SEED_ORGS) expect(report.pages).toContain(`${org}/social-media-1.0.html`);
    expect(report.written).toBe(report.pages.length);
  });

  it('links only to files that exist, and loads only files inside out/', () => {
    for (const page of report.pages) {
      const html = read(page);
      const targets = [
        ...html.matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g),
        ...html.matchAll(/url\("([^"]+)"\)/g),
      ].map((match) => match[1] ?? '');
      for (const target of targets) {
        expect(target, `${page} → ${target}`).not.toMatch(/^[a-z]+:/i);
        const file = resolve(dirname(join(out, page)), target);
        expect(file.startsWith(out), `${page} → ${target}`).toBe(true);
        if (!target.endsWith('.pdf')) expect(existsSync(file), `${page} → ${target}`).toBe(true);
      }
    }
  });

  it('admits by hash exactly the inline style and script each page carries', () => {
    for (const page of report.pages) {
      const html = read(page);
      // As the browser reads the attribute: character references decoded.
      const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replace(
        /&#x([0-9a-f]+);/gi,
        (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)),
      );
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      expect(csp).toContain(`style-src ${hash(style)}`);
      expect(csp).toContain(`script-src ${hash(script)}`);
      expect(csp).toContain("default-src 'none'");
      expect(html.match(/<script/g)).toHaveLength(1);
    }
  });

  it('sets the page language from the document and addresses every clause by its ID', () => {
    const page = read('casparus-college/social-media-1.0.html');
    expect(page).toMatch(/<html lang="nl">/);
    expect(page).toContain('id="up.belang"');
    expect(page).toContain('href="#up.belang"');
    expect(page).toContain('<h2 id="toc-title">Inhoud</h2>');
    // The overview links each current policy to the comparison, the superseded version not.
    const index = read('index.html');
    expect(index.match(/href="compare\/social-media.html">Vergelijking</g)).toHaveLength(5);
  });

  it('writes nothing when nothing changed', () => {
    const before = statSync(join(out, 'index.html')).mtimeMs;
    const again = writeSite(discoverPolicies([join(dir, 'policies')], []), { root: PROJECT_ROOT, outDir: out });
    expect(again.written).toBe(0);
    expect(statSync(join(out, 'index.html')).mtimeMs).toBe(before);
  });
});

describe('writeSite with policies adapted from the sector template', () => {
  it('adds the deviation register to the report, linked from the overview, with the modified clause', async () => {
    const { adaptTemplate } = await import('../../src/template/adapt.js');
    const { loadTemplate } = await import('../../src/template/template.js');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const template = loadTemplate(join(PROJECT_ROOT, 'templates', 'sector', 'versions', 'social-media-1.0.md'));
    const project = mkdtempSync(join(tmpdir(), 'clausemark-site-sector-'));
    const files: string[] = [];
    for (const [org, organisation] of [
      ['school-a', 'School A'],
      ['school-b', 'School B'],
    ] as const) {
      let source = adaptTemplate(template, { org, values: { organisation, contactRole: 'teamleider' } }).source;
      if (org === 'school-b') source = source.replace(/(\{#[a-z.-]+\} )([A-Z])/, '$1Bovendien geldt: $2');
      const file = join(project, 'policies', org, 'social-media.md');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, source);
      files.push(file);
    }
    const target = join(project, 'out');
    const result = writeSite(files, { root: PROJECT_ROOT, outDir: target });
    const register = result.pages.find((page) => page.startsWith('deviations/'));
    expect(register).toBeDefined();
    const html = readFileSync(join(target, register!), 'utf8');
    expect(html).toContain('School B');
    expect(html).toContain('Bovendien geldt');
    expect(html).toMatch(/class="site-header"/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toContain(`href="${register}"`);
  });
});
