import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/parse/index.js';
import { parseMarkdownFast, explainFastPath } from '../src/parse/fast/index.js';

const BLOCK = new Set(['root','yaml','heading','paragraph','list','listItem','table','tableRow','tableCell','code','blockquote','html','thematicBreak','definition','footnoteDefinition']);

export function firstDiff(a: any, b: any, path = 'root', parentBlock = true): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? undefined : `${path}: remark=${JSON.stringify(a)} fast=${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array mismatch`;
  const isBlock = BLOCK.has(a.type);
  // html is block or inline: inline html (inside paragraph) has no position in fast
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key === 'position') {
      if (b.position === undefined) { if (isBlock && parentBlock && a.type !== 'html' && a.type !== 'text') return `${path}: block without position (${a.type})`; continue; }
      const d = firstDiff(a.position, b.position, `${path}.position`);
      if (d) return d;
      continue;
    }
    const d = firstDiff(a[key], b[key], `${path}.${key}${a.type ? `<${a.type}>` : ''}`, isBlock && a.type !== 'paragraph' && a.type !== 'heading' && a.type !== 'tableCell');
    if (d) return d;
  }
  return undefined;
}

export function compare(source: string): string {
  const fast = parseMarkdownFast(source);
  if (!fast) return `FALLBACK: ${explainFastPath(source)}`;
  const slow = parseMarkdown(source);
  return firstDiff(slow, fast) ?? 'SAME';
}

