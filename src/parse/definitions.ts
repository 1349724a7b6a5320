// Definition lists as pandoc and PHP Markdown Extra write them, common in policies' "Begrippen" sections:
//
//   Leerling
//   : een ieder die op school staat ingeschreven
//
// CommonMark reads that as one paragraph ("Leerling : een ieder die …"), a run-on line. Here it becomes a term
// (shown bold, `<dt>` in HTML) followed by its definition(s) (`<dd>`), still one clause; the source is untouched,
// so `fmt` puts an ID before the term as for any paragraph. "Term", a blank line, then ": definitie" is read the
// same way (see structure.ts).
import type { BlockContent, Paragraph, PhrasingContent } from 'mdast';

const DEFINITION_START = /^:[ \t]+/;

type Line = PhrasingContent[];

/** The paragraph's inline content cut at its line breaks (soft breaks are "\n" inside text nodes). */
function linesOf(children: readonly PhrasingContent[]): Line[] {
  const lines: Line[] = [[]];
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1]!.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push({ type: 'text', value: part });
    });
  }
  return lines;
}

function startsDefinition(line: Line | undefined): boolean {
  const first = line?.[0];
  return first?.type === 'text' && DEFINITION_START.test(first.value);
}

function withoutColon(line: Line): Line {
  const [first, ...rest] = line;
  if (first?.type !== 'text') return line;
  const value = first.value.replace(DEFINITION_START, '');
  return value === '' ? rest : [{ type: 'text', value }, ...rest];
}

function term(line: Line): Paragraph {
  return { type: 'paragraph', data: { hName: 'dt' }, children: [{ type: 'strong', children: line }] };
}

/** A definition paragraph (`<dd>`); `line` may still start with ": ". */
export function definition(line: Line): Paragraph {
  return { type: 'paragraph', data: { hName: 'dd' }, children: withoutColon(line) };
}

/** Whether a paragraph is only a definition (": …"): it belongs to the term before it. */
export function isBareDefinition(paragraph: Paragraph): boolean {
  // The first line's first node is the paragraph's first, or the part of its first text before a line break, and
  // the pattern cannot reach past one: read in place, without cutting every paragraph of a law into lines.
  const first = paragraph.children[0];
  return first?.type === 'text' && DEFINITION_START.test(first.value);
}

/** A one-line paragraph that can be a term for a definition that follows after a blank line. */
export function asTerm(paragraph: Paragraph): Paragraph | undefined {
  const lines = linesOf(paragraph.children);
  return lines.length === 1 && !startsDefinition(lines[0]) && (lines[0]?.length ?? 0) > 0 ? term(lines[0]!) : undefined;
}

/**
 * The paragraph as terms and definitions, or undefined when it is not a definition list: its first line must be
 * a term (followed by a ": " line). A line that is not a definition is a new term when a definition follows it,
 * else it continues the definition before it.
 */
export function definitionList(paragraph: Paragraph): BlockContent[] | undefined {
  // A definition line starts a text, or follows a line break inside one; a paragraph with neither (nearly all) is not
  // cut into lines, which made a copy of every hard-wrapped paragraph of a law.
  const mayDefine = paragraph.children.some(
    (child) => child.type === 'text' && (child.value.startsWith(':') || child.value.includes('\n:')),
  );
  if (!mayDefine) return undefined;
  const lines = linesOf(paragraph.children);
  if (lines.length < 2 || startsDefinition(lines[0]) || !startsDefinition(lines[1])) return undefined;
  const blocks: Paragraph[] = [];
  lines.forEach((line, index) => {
    const previous = blocks[blocks.length - 1];
    if (startsDefinition(line)) blocks.push(definition(line));
    else if (startsDefinition(lines[index + 1]) || !previous) blocks.push(term(line));
    else previous.children.push({ type: 'text', value: '\n' }, ...line);
  });
  return blocks;
}
