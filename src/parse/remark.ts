// The remark reader every Markdown parse falls back to: remark-parse with YAML frontmatter and GFM, its address
// linking run only on trees that may hold an address (autolink-literals.ts). Its own module so that the fast path
// (fast/) can hand it the few blocks it does not read itself without importing the parser that imports it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { skipAddressSearchWithoutAddresses } from './autolink-literals.js';

/** remark with frontmatter and GFM (frozen). */
export const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(skipAddressSearchWithoutAddresses)
  .freeze();
