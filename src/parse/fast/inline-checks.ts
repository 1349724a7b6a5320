// Inline constructs that may span lines keep the next line's indentation differently in micromark (code spans keep
// line endings, inline HTML drops indentation, link titles keep both) — markdown-it keeps the indentation and turns
// code-span line endings into spaces. Such spans are rare, so when one crosses a line the document goes to remark.
import type { MarkdownIt, StateInline } from 'markdown-it';
import { unsupported } from './unsupported.js';

type InlineRule = (state: StateInline, silent: boolean) => boolean;

/** Where the part of a construct that must stay on one line starts (for links: after the label). */
const SINGLE_LINE_FROM: Record<string, (state: StateInline, start: number) => number> = {
  backticks: (_state, start) => start,
  html_inline: (_state, start) => start,
  link: (state, start) => state.md.helpers.parseLinkLabel(state, start, true),
  image: (state, start) => state.md.helpers.parseLinkLabel(state, start + 1, false),
};

function singleLine(name: string, rule: InlineRule, from: (state: StateInline, start: number) => number): InlineRule {
  return (state, silent) => {
    const start = state.pos;
    if (!rule(state, silent)) return false;
    const end = state.pos;
    const checkFrom = from(state, start);
    state.pos = end;
    const tail = checkFrom >= 0 ? state.src.slice(checkFrom, end) : '';
    if (tail.includes('\n')) unsupported(`a ${name} span across lines`);
    return true;
  };
}

export function refuseMultilineSpans(md: MarkdownIt): void {
  for (const rule of md.inline.ruler.__rules__) {
    const from = SINGLE_LINE_FROM[rule.name];
    if (from) rule.fn = singleLine(rule.name, rule.fn, from);
  }
  md.inline.ruler.__cache__ = null;
}
