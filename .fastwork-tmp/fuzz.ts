import { compare } from './compare.js';
let seed = Number(process.argv[2] ?? 1);
const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const inlines = ['foo', 'bar baz', '*em*', '**strong**', '***both***', '_u_', '__uu__', '`code`', '`` a ` b ``', '\\*esc\\*', '&amp;', '&copy;', '&#123;', '&bogus;', '[link](http://x "t")', '[l *e*](<u v>)', '![img *a*](u "t")', '<span>', '</span>', '<!-- c -->', '[^n]', '[^N]', '[^missing]', '{#id.x}', '{#a}', 'x_y_z', '*', '**', '_', '[', ']', '(', ')', '!', '\\', '#', '|', '\\|', '1.', '2)', '-', '+', '>', 'ĳ', 'ë', '😀', '€', '“quoted”', '"q"', "'s", '  ', ' ', '<a href="x">', '<http://auto.link>', '<me@mail.org>', '[a]', '[a][b]', '[^n] x'];
const inline = () => { let s = ''; const n = 1 + Math.floor(rand() * 5); for (let i = 0; i < n; i++) s += pick(inlines) + (rand() < 0.6 ? ' ' : ''); return s; };
const bodies = () => pick([
  () => inline(), () => inline(), () => inline(), () => '{#c.x} ' + inline(),
  () => '# ' + inline(), () => '## ' + inline() + ' {#s}', () => '### ' + inline() + ' ###', () => '#', () => '#hash',
  () => '---', () => '***', () => '___', () => '===', () => '- - -', () => '```', () => '```js meta x ', () => '````',
  () => '<div>', () => '</div>', () => '<!-- c', () => '-->', () => '<custom-tag>', () => '<pre>', () => '</pre>',
  () => '| a | b |', () => '|---|:-:|', () => '| --- | --- |', () => 'a | b', () => '-|-', () => '| x |', () => '|', () => '| `a|b` | c \\| d |',
  () => '', () => '', () => '', () => '    code', () => '     code2', () => '[^n]: note ' + inline(), () => '[^N]:', () => '[^x]: ' + inline(),
  () => inline() + '  ', () => inline() + '\\', () => '  ' + inline(), () => '   ' + inline(),
])();
const prefixes = ['', '', '', '', '> ', '>', '- ', '* ', '+ ', '1. ', '2. ', '1) ', '10. ', '  ', '   ', '    ', '      ', '[^n]: ', '- > ', '> - ', '1. - ', '-', '1.', '>  '];
export function doc(): string {
  const lines: string[] = [];
  if (rand() < 0.3) lines.push('---', 'title: x', '---');
  const n = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) {
    const p = pick(prefixes) + (rand() < 0.3 ? pick(prefixes) : '');
    const b = bodies();
    lines.push(p + b);
    if ((b.startsWith('```') || b === '<!-- c' || b === '<pre>') && rand() < 0.8) { if (rand() < 0.5) lines.push(p.replace(/[^ >]/g, ' ') + inline()); lines.push(p.replace(/[^ >]/g, ' ') + (b.startsWith('```') ? '```' : b === '<pre>' ? '</pre>' : '-->')); }
    if (b.startsWith('[^') && b.endsWith(':') && rand() < 0.8) lines.push(p.replace(/[^ >]/g, ' ') + '    ' + inline());
  }
  return lines.join('\n') + (rand() < 0.8 ? '\n' : '');
}
function bad(s: string): boolean { try { const r = compare(s); return r !== 'SAME' && !r.startsWith('FALLBACK'); } catch { return true; } }
function minimize(src: string): string {
  let cur = src;
  let changed = true;
  while (changed) {
    changed = false;
    const lines = cur.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const cand = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
      if (bad(cand)) { cur = cand; changed = true; break; }
    }
    if (changed) continue;
    for (let i = 0; i < cur.length; i++) {
      const cand = cur.slice(0, i) + cur.slice(i + 1);
      if (bad(cand)) { cur = cand; changed = true; break; }
    }
  }
  return cur;
}
const counts: Record<string, number> = {};
let failures = 0;
const N = Number(process.argv[3] ?? 2000);
for (let i = 0; i < N; i++) {
  const src = doc();
  let r: string;
  try { r = compare(src); } catch (e) { r = 'CRASH ' + String(e); }
  const key = r.startsWith('FALLBACK') ? r : r === 'SAME' ? 'SAME' : 'DIFF';
  counts[key] = (counts[key] ?? 0) + 1;
  if (key === 'DIFF' || r.startsWith('CRASH')) { failures++; if (failures <= Number(process.argv[4] ?? 3)) { const m = minimize(src); console.log(JSON.stringify(m), '\n   ', compare(m)); } }
}
console.log(counts);
