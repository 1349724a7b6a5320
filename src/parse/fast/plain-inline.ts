// Nearly all inline content of a long document is plain words (99% of a civil code's paragraphs): no character that
// can open an inline construct, and no line ending with spaces around it (a hard break, or spaces the soft break
// drops). markdown-it still walks such content through its inline rules, a token per line and one per line ending,
// which readInline (inline.ts) joins back into one text holding the content exactly as it stands. This gives that
// one text token directly; any other content is parsed by markdown-it as before.
import type { MarkdownIt } from 'markdown-it';
import { LightToken } from './states.js';

/**
 * Whether markdown-it's inline rules would read `content` as text alone, lines joined by soft breaks with nothing
 * dropped: none of `\` `&` `<` `` ` `` `*` `_` `[` `]` `!` `~` (escapes, references, autolinks and HTML, code,
 * emphasis, links, images, footnote calls, strikethrough), no space or tab before or after a line ending (a tab
 * elsewhere is text to both readers).
 */
export function isPlainInline(content: string): boolean {
  for (let at = 0; at < content.length; at++) {
    switch (content.charCodeAt(at)) {
      case 0x5c:
      case 0x26:
      case 0x3c:
      case 0x60:
      case 0x2a:
      case 0x5f:
      case 0x5b:
      case 0x5d:
      case 0x21:
      case 0x7e:
        return false;
      case 0x0a: {
        // A tab or space before a line ending, or indentation after it, is dropped (or makes a hard break).
        const before = content.charCodeAt(at - 1);
        const after = content.charCodeAt(at + 1);
        if (before === 0x20 || before === 0x09 || after === 0x20 || after === 0x09) return false;
      }
    }
  }
  return true;
}

/** Makes `md` read plain inline content (isPlainInline) as the one text token markdown-it's tokens add up to. */
export function readPlainInlineDirectly(md: MarkdownIt): void {
  const inline = md.inline;
  const parse = inline.parse.bind(inline);
  inline.parse = (content, engine, env, outTokens): void => {
    if (!isPlainInline(content)) return parse(content, engine, env, outTokens);
    if (content === '') return;
    const token = new LightToken('text', '', 0);
    token.content = content;
    outTokens.push(token);
  };
}
