import { createEngine } from '../src/parse/fast/engine.js';
const md = createEngine();
const src = process.argv[2]!.replace(/\\n/g, '\n');
for (const t of md.parse(src, {})) console.log(' '.repeat(t.level * 2) + t.type, JSON.stringify(t.map), JSON.stringify(t.content), JSON.stringify(t.meta));
