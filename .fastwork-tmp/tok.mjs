import MarkdownIt from 'markdown-it';
const md = MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
const src = process.argv[2].replace(/\\n/g, '\n').replace(/\\t/g, '\t');
for (const t of md.parse(src, {})) {
  console.log(' '.repeat(t.level*2) + t.type, JSON.stringify(t.map), JSON.stringify(t.content), t.markup, t.info, t.hidden ? 'hidden' : '', t.attrs ? JSON.stringify(t.attrs) : '');
  for (const c of t.children ?? []) console.log(' '.repeat(t.level*2+6) + c.type, JSON.stringify(c.content), c.markup, c.attrs ? JSON.stringify(c.attrs) : '');
}
