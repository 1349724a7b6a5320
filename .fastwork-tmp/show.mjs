import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
const p = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const src = process.argv[2] === "-f" ? (await import("node:fs")).readFileSync(process.argv[3], "utf8") : process.argv[2].replace(/\\n/g, "\n").replace(/\\t/g, "\t");
const pos = (n) => n.position ? `${n.position.start.line}:${n.position.start.column}(${n.position.start.offset})-${n.position.end.line}:${n.position.end.column}(${n.position.end.offset})` : '';
function show(n, ind) {
  const { type, children, position, ...rest } = n;
  console.log(ind + type + ' ' + pos(n) + ' ' + JSON.stringify(rest));
  for (const c of children ?? []) show(c, ind + '  ');
}
show(p.parse(src), '');
