// .html → blocks: the page is parsed as a browser would (hast-util-from-html, parse5), and its body read by
// html-blocks.ts. The <title> is the title when the page has no <h1>; <html lang> states the language.
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import type { PolicyNumbering } from '../../model/numbering.js';
import { articleHeadings } from '../article-headings.js';
import { counted, type Decision, type ReadDocument } from '../blocks.js';
import { typedItems } from './docx-typed.js';
import { HtmlBlocks, sectionsFromLevelTwo, titleFromFirstHeading, visibleText } from './html-blocks.js';
import { markNotes } from './html-footnotes.js';
import { markOutsideMain } from './html-main-content.js';
import { markStruckClasses } from './html-struck-classes.js';
import { dropNotesHeadings } from './html-notes-heading.js';
import { headingsUnderTitle } from './html-title-style.js';

function find(node: Nodes, tag: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tag) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children as Nodes[]) {
    const found = find(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** Every element `tag` under `node`, counted. */
function count(node: Nodes, tag: string): number {
  const own = node.type === 'element' && node.tagName === tag ? 1 : 0;
  return own + ('children' in node ? (node.children as Nodes[]).reduce((sum, child) => sum + count(child, tag), 0) : 0);
}

/** The images left out, said as Word's are: their text alternative is kept as text, the picture is not. */
function imagesLeftOut(body: Nodes): Decision[] {
  const images = count(body, 'img');
  if (images === 0) return [];
  return [
    {
      ruleId: 'import-dropped',
      messageId: 'import-dropped.images',
      fixId: 'import-report.check-original',
      params: { images: counted(images, ['import-count.image', 'import-count.images']) },
      source: { line: 0 },
    },
  ];
}

export function readHtml(text: string): ReadDocument {
  const root = fromHtml(text);
  const body = find(root, 'body') ?? root;
  // A page saved from a website: its header, footer and comments around the main content are no policy text.
  markOutsideMain(body);
  // Text struck through by a class of the page's own stylesheet, as Google Docs writes it, is struck text.
  markStruckClasses(root);
  // Footnotes made by hand (a raised number linking to its note) are read as footnotes, not as the last clause.
  markNotes(root);
  const reader = new HtmlBlocks((node) => node.position?.start.line ?? 1);
  reader.add(body);
  // A title set as a paragraph in a title style heads the page; sections set as <h1> under it are its sections.
  if (reader.titleByStyle) headingsUnderTitle(reader.blocks, reader.titleByStyle);
  // A heading over the notes alone heads an empty section once they are footnotes: left out, and listed.
  dropNotesHeadings(reader.blocks);
  // Articles and chapters by what their headings say, and labels typed at the start of paragraphs, as in a Word
  // document: a page saved from Word types them ("Artikel 1" in bold, "2.1 De directeur …").
  const numbering: PolicyNumbering = {};
  articleHeadings(reader.blocks, numbering);
  typedItems(reader.blocks);
  const html = find(root, 'html');
  const title = find(root, 'title');
  const titleText = title ? visibleText(title).replace(/\s+/g, ' ').trim() : '';
  const lang = html?.properties.lang;
  const hasH1 = reader.blocks.some((block) => block.kind === 'heading' && block.level === 1);
  if (!titleText) titleFromFirstHeading(reader.blocks);
  sectionsFromLevelTwo(reader.blocks);
  return {
    blocks: reader.blocks,
    decisions: imagesLeftOut(body),
    sourceText: visibleText(body),
    firstLineIsTitle: false,
    structured: true,
    ...(Object.keys(numbering).length > 0 ? { numbering } : {}),
    meta: {
      ...(titleText && !hasH1 ? { title: titleText } : {}),
      ...(typeof lang === 'string' ? { lang } : {}),
    },
    // Where `<title>` stands, so that a fill-in in it is reported there (fill-ins.ts).
    ...(titleText && !hasH1 && title?.position ? { metaPlaces: { title: { line: title.position.start.line } } } : {}),
  };
}
