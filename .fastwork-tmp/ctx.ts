import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/parse/index.js';
const src = readFileSync(process.argv[2]!, 'utf8');
const tree = parseMarkdown(src);
const i = Number(process.argv[3]);
const n = tree.children[i]!;
const s = n.position!.start.offset!;
console.log(JSON.stringify(src.slice(s - 300, s + 400)));
console.log(n.position);
