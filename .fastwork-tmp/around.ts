import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/parse/index.js';
import { parseMarkdownFast } from '../src/parse/fast/index.js';
const src = readFileSync(process.argv[2]!, 'utf8');
const i = Number(process.argv[3]);
const k = Number(process.argv[4] ?? 3);
for (const [name, tree] of [['remark', parseMarkdown(src)], ['fast', parseMarkdownFast(src)!]] as const) {
  console.log('---', name);
  for (let j = i - k; j <= i + k; j++) { const n = tree.children[j] as any; if (n) console.log(j, n.type, n.position?.start.line, n.position?.end.line, JSON.stringify(n.children?.[0]?.value ?? n.value ?? '').slice(0, 60)); }
}
