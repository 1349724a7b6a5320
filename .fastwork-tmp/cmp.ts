import { readFileSync } from 'node:fs';
import { compare } from './compare.js';
for (const arg of process.argv.slice(2)) {
  const src = arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8') : arg.replace(/\\n/g, '\n');
  console.log(JSON.stringify(src), '=>', compare(src));
}
