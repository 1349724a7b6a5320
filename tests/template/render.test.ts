import { describe, expect, it } from 'vitest';
import { renderHtml, renderJson, renderMarkdown, renderText } from '../../src/render/deviations/index.js';
import { deviationRegister } from '../../src/template/deviations.js';
import { templateFromSource } from '../../src/template/template.js';
import { parsePolicy } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/index.js';
import { adapted, edit, parse, v11 } from './support.js';

const EVIL = '<script>alert(1)</script> "><img src=x onerror=alert(2)> [link](javascript:alert(3)) # kop | cel';

function hostileRegister() {
  const template = v11();
  let source = adapted(
    template,
    { organisation: 'Casparus <b>College</b>', contactRole: 'teamleider' },
    'casparus-college',
  );
  source = edit(
    source,
    'zolang het anderen of de school niet schaadt.',
    `zolang het anderen of de school niet schaadt. ${EVIL.replace(/[<>[\]#|]/g, (char) => `\\${char}`)}`,
  );
  source = edit(
    source,
    'derivedFrom: sector-social-media@1.1\n',
    `derivedFrom: sector-social-media@1.1\nrationale:\n  alle.kennis-delen: ${JSON.stringify(EVIL)}\n`,
  );
  return deviationRegister(template, [parse(adapted(template)), parse(source)]);
}

describe('deviation register outputs', () => {
  const register = hostileRegister();

  it('text: an overview with a symbol per clause and school, then each deviation with its redline and reason', () => {
    const text = renderText(register);
    expect(text).toMatch(/^4\.7 alle\.kennis-delen +verplicht +=\s+✎$/m);
    expect(text).toContain(`{+ ${EVIL}+}`);
    expect(text).toContain(`Toelichting: ${EVIL}`);
    expect(text).toContain('Geen afwijkingen: alle artikelen letterlijk overgenomen.');
  });

  it('json: the register model as it is', () => {
    const json = JSON.parse(renderJson(register)) as Record<string, unknown>;
    expect(json.format).toBe('clausemark-deviations');
    expect(json.policies).toEqual(JSON.parse(JSON.stringify(register.policies)));
  });

  it('html: self-contained, no scripts allowed, and every injected text escaped', () => {
    const html = renderHtml(register);
    // The one page shell (render/shared/html-page.ts) writes the policy's quotes as &#x27;, as the report's pages do.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
      .exec(html)?.[1]
      ?.replaceAll('&#x27;', "'");
    // Its ✓ (filled in) is set in the symbol font the page carries inline (render/shared/html-symbols.ts): a data:
    // font, for that character alone, and nothing fetched.
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:");
    expect(html).toMatch(
      /@font-face \{ font-family: "Clausemark Symbols"; src: url\("data:font\/ttf;base64,[^"]+"\) format\("truetype"\); unicode-range: U\+2713; \}/,
    );
    expect(html).not.toMatch(/<script|<img|<b>|<link|src=["']?http/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('Casparus &lt;b&gt;College&lt;/b&gt;');
    expect(html).toContain('<html lang="nl">');
  });

  it('md: a table and redlines in which nothing a school wrote becomes Markdown structure', () => {
    const md = renderMarkdown(register);
    const tree = parseMarkdown(md);
    const types = new Set<string>();
    const visit = (node: { type: string; children?: unknown[] }): void => {
      types.add(node.type);
      for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
    };
    visit(tree);
    expect(types.has('link')).toBe(false);
    expect(types.has('image')).toBe(false);
    expect(tree.children.filter((node) => node.type === 'heading' && node.depth <= 2).length).toBe(
      2 + register.policies.length,
    );
    expect(md).toContain('| 4.7 `alle.kennis-delen` | verplicht | = | ✎ |');
    // Two columns for one org key are told apart (same version, same file here: by position).
    expect(md).toContain('| casparus-college \\(1\\) | casparus-college \\(2\\) |');
  });

  it('labels in English for an English template', () => {
    const template = templateFromSource(
      '---\nid: sector-x\ntitle: Social media\norganisation: Sector\nversion: "1"\nlang: en\nclauses:\n  optional: [a.2]\n---\n\n## A {#a}\n\n{#a.1} One.\n\n{#a.2} Two.\n',
      'x.md',
    );
    const policy = parsePolicy(
      '---\nid: x\ntitle: X\norganisation: School\nversion: "1"\nderivedFrom: sector-x@1\n---\n\n## A {#a}\n\n{#a.1} One.\n',
      { path: 'x.md' },
    ).policy;
    const text = renderText(deviationRegister(template, [policy]));
    expect(text).toContain('Deviation register — Social media (sector-x@1)');
    expect(text).toContain('− a.2 (optional, dropped)');
    expect(text).toContain('Rationale: (no rationale)');
  });
});
