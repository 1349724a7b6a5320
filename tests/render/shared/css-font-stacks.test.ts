// The font stacks of clausemark's own stylesheets (src/render/shared/css-font-stacks.ts), where the symbol font goes
// first: the body's (its last rule winning), and the rules that set elements apart, at-rules and comments left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stylesheet } from '../../../src/render/diff/html-style.js';
import { bodyFontStack, ownFontStacks } from '../../../src/render/shared/css-font-stacks.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const SITE_CSS = readFileSync(join(PROJECT_ROOT, 'templates', 'layouts', 'html', 'site.css'), 'utf8');

describe('the font stacks of a stylesheet', () => {
  it('reads the body font stack, its last body rule winning', () => {
    expect(bodyFontStack(SITE_CSS)).toBe(
      '"Source Sans 3", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    );
    expect(bodyFontStack(`${SITE_CSS}\nbody { font-family: "Source Sans 3", system-ui, sans-serif; }`)).toBe(
      '"Source Sans 3", system-ui, sans-serif',
    );
    expect(bodyFontStack(stylesheet({} as never))).toMatch(/^system-ui, .*sans-serif$/);
    expect(bodyFontStack('body{font:16px/1.5 system-ui,sans-serif;margin:0}')).toBe('system-ui,sans-serif');
  });

  it("reads the stacks that set elements apart: the diff's code, none in the report's own stylesheet", () => {
    expect(ownFontStacks(stylesheet({} as never))).toEqual([
      { selector: 'code', stack: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
    ]);
    // Its @font-face rules, the comment before them and `font: inherit` are no stacks.
    expect(ownFontStacks(SITE_CSS)).toEqual([]);
  });

  it('leaves out rules inside an at-rule, keywords, and a weight read as a size', () => {
    const css = [
      '/* { font-family: x } */',
      '@media print { .a { font-family: Print; } .b { color: red; } }',
      '.c { font-family: inherit; } .d { font: 600 1rem "Mono", monospace; } th, td { font-family: Serif; }',
    ].join('\n');
    expect(ownFontStacks(css)).toEqual([
      { selector: '.d', stack: '"Mono", monospace' },
      { selector: 'th, td', stack: 'Serif' },
    ]);
  });
});
