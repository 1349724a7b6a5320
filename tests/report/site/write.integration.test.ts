// The HTML report's write step (src/report/site/write.ts): a page is rendered and written only when what it is made
// from changed (its content hash in the plan, recorded in out/.clausemark-site.json) or its file no longer holds
// what was written. Saving a policy or a template unchanged (a newer modification time, the same bytes) renders
// nothing; editing one policy renders its own page and the pages that show its text, not the others'.
import { appendFileSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempProject } from '../../support/project.js';

const rendered = vi.hoisted(() => ({ titles: [] as string[] }));

vi.mock('../../../src/render/html/page.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/render/html/page.js')>();
  return {
    ...original,
    renderPage: (...args: Parameters<typeof original.renderPage>) => {
      rendered.titles.push(args[1].title);
      return original.renderPage(...args);
    },
  };
});

const { writeSite } = await import('../../../src/report/site/index.js');
const { SITE_MANIFEST } = await import('../../../src/report/site/manifest.js');

let root: string;
let files: string[];
let out: string;
const mtime = (page: string): number => statSync(join(out, page)).mtimeMs;
const build = () => {
  rendered.titles.length = 0;
  return writeSite(files, { root, outDir: out });
};

beforeAll(() => {
  ({ root, files } = tempProject(['allure', 'aeres-mbo', 'aloysius'], 'clausemark-site-write-'));
  out = join(root, 'out');
  const first = build();
  expect(first.pages).toHaveLength(6); // three policies, the comparison and its review page, the overview
  expect(first.written).toBe(6);
  expect(rendered.titles).toHaveLength(6);
});

describe('the report rewrites a page only when its content hash changes', () => {
  it('renders and writes nothing when the sources and templates are only touched', () => {
    const later = new Date(Date.now() + 60_000);
    for (const file of [...files, join(root, 'templates', 'labels', 'nl.yaml')]) utimesSync(file, later, later);
    const before = mtime('index.html');
    const again = build();
    expect(again.written).toBe(0);
    expect(rendered.titles).toEqual([]);
    expect(mtime('index.html')).toBe(before);
    expect(JSON.parse(readFileSync(join(out, SITE_MANIFEST), 'utf8')).pages['allure/social-media-1.0.html']).toEqual({
      inputs: expect.stringMatching(/^[0-9a-f]{64}$/),
      html: expect.stringMatching(/^[0-9a-f]{64}$/),
      // The policy file the page is made from, relative to out/: a page whose policy is gone is removed.
      sources: [expect.stringMatching(/\.md$/)],
    });
  });

  it("renders the edited policy's page, the comparison and its review page again, and leaves the other policies' pages alone", () => {
    const [allure = ''] = files;
    const others = ['aeres-mbo/social-media-1.0.html', 'aloysius/social-media-1.0.html'];
    const untouched = others.map(mtime);
    writeFileSync(allure, readFileSync(allure, 'utf8').replace('niet meer weg te denken', 'nooit meer weg te denken'));
    const again = build();
    expect(readFileSync(join(out, 'allure', 'social-media-1.0.html'), 'utf8')).toContain('nooit meer weg te denken');
    // The overview shows no clause text: its row of the policy is as it was.
    expect(rendered.titles).toHaveLength(3);
    expect(rendered.titles.filter((title) => title.startsWith('Vergelijking'))).toHaveLength(1);
    // The review page is rendered again, but its questions (the first 60 by what they change on the page,
    // src/compare/provisions/review-queue.ts) do not hold the edited sentence: the same bytes, not written.
    expect(again.written).toBe(2);
    expect(others.map(mtime)).toEqual(untouched);
  });

  it('writes a page again whose file was removed or edited, though its inputs are the same', () => {
    rmSync(join(out, 'aloysius', 'social-media-1.0.html'));
    appendFileSync(join(out, 'aeres-mbo', 'social-media-1.0.html'), '<!-- edited by hand -->');
    const again = build();
    expect(rendered.titles).toHaveLength(2);
    expect(again.written).toBe(2);
    expect(readFileSync(join(out, 'aeres-mbo', 'social-media-1.0.html'), 'utf8')).not.toContain('edited by hand');
  });

  it('renders every page again when a template changes, and writes only those whose HTML changed', () => {
    appendFileSync(join(root, 'templates', 'labels', 'nl.yaml'), '\n# a comment changes no wording\n');
    const again = build();
    expect(rendered.titles).toHaveLength(6);
    expect(again.written).toBe(0);
  });
});
