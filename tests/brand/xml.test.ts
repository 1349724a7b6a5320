import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logoSize } from '../../src/brand/assets.js';
import { checkXml } from '../../src/brand/xml.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { solidPng } from './temp-project.js';

function faultAt(text: string): { message: string; problem: { messageId: string }; offset: number } {
  const result = checkXml(text);
  if (result.ok) throw new Error('expected a fault');
  return result;
}

describe('checkXml', () => {
  it('accepts declarations, comments, CDATA, entities and namespaced roots', () => {
    const result = checkXml(
      '\ufeff<?xml version="1.0"?>\n<!-- mark -->\n<!DOCTYPE svg>\n<svg:svg xmlns:svg="x" viewBox=\'0 0 1 1\'><svg:style><![CDATA[a<b]]></svg:style><svg:text>A &amp; B &#233; &#x20AC;</svg:text></svg:svg>\n',
    );
    expect(result).toEqual({ ok: true, root: { name: 'svg', attributes: { 'xmlns:svg': 'x', viewBox: '0 0 1 1' } } });
  });

  it.each([
    ['<svg><g></svg>', '</svg> closes <g>', 8, 'svg-xml.wrong-end-tag'],
    ['<svg>', '<svg> is never closed (the file may be cut short)', 0, 'svg-xml.never-closed'],
    [
      '<svg></svg><svg></svg>',
      'a second root element (an SVG has one <svg> element around everything)',
      11,
      'svg-xml.second-root',
    ],
    ['<svg a="1" a="2"/>', 'attribute `a` appears twice', 11, 'svg-xml.attribute-twice'],
    ['<svg a=1/>', 'the value of `a` must be quoted (and contain no `<`)', 7, 'svg-xml.unquoted-value'],
    ['<svg>A & B</svg>', 'a bare `&` (write it as `&amp;`)', 7, 'svg-xml.bare-ampersand'],
    ['<svg><!-- open', 'unterminated comment `<!--`', 5, 'svg-xml.unterminated-comment'],
    ['text<svg/>', 'text outside the root element', 0, 'svg-xml.text-outside-root'],
    ['</svg>', 'end tag </svg> without a start tag', 0, 'svg-xml.end-without-start'],
    [
      '<svg>< g/></svg>',
      '`<` not followed by an element name (write a literal `<` as `&lt;`)',
      5,
      'svg-xml.no-element-name',
    ],
    [
      '<!DOCTYPE svg [<!ENTITY a "b">]><svg/>',
      'a DOCTYPE with declarations is not supported in a logo',
      0,
      'svg-xml.doctype-declarations',
    ],
    ['', 'no element at all', 0, 'svg-xml.no-element'],
  ])('refuses %j, naming the fault by its id in templates/messages/en.yaml', (text, message, offset, messageId) => {
    const fault = faultAt(text);
    expect(fault).toEqual({ ok: false, message, offset, problem: fault.problem });
    expect(fault.problem.messageId).toBe(messageId);
  });
});

describe('logoSize', () => {
  it('reads the proportions of every shipped logo from its viewBox', () => {
    const folder = join(PROJECT_ROOT, 'templates', 'brands', 'logos');
    for (const file of readdirSync(folder)) {
      const data = readFileSync(join(folder, file));
      const result = checkXml(data.toString('utf8'));
      if (!result.ok) throw new Error(`${file}: ${result.message}`);
      const box = (result.root.attributes.viewBox ?? '').split(' ').map(Number);
      expect(logoSize({ kind: 'svg', data, path: file })).toEqual({ width: box[2], height: box[3] });
    }
  });

  it('falls back to width and height, and reads PNG pixel sizes', () => {
    const svg = Buffer.from('<svg width="30pt" height="20px"/>');
    expect(logoSize({ kind: 'svg', data: svg, path: 'x.svg' })).toEqual({ width: 40, height: 20 });
    expect(logoSize({ kind: 'png', data: solidPng(7, 3, [0, 0, 0]), path: 'x.png' })).toEqual({ width: 7, height: 3 });
  });
});
