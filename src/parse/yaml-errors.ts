// YAML's own error messages, said so a policy officer can act on them: where the mistake is (the `[` that was never
// closed, not the next line where the parser gave up) and what to type instead.
import type { YAMLError } from 'yaml';

export interface YamlProblem {
  message: string;
  fix: string;
  /** Offset in the YAML text the message should point at. */
  offset: number;
}

const GENERIC_FIX = 'fix the YAML syntax (indent with spaces, quote values containing ": " or "#")';

/** The `open` bracket before `before` that no `close` answers, or -1. */
function unclosedBracket(yaml: string, before: number, open: string, close: string): number {
  let depth = 0;
  for (let i = Math.min(before, yaml.length) - 1; i >= 0; i--) {
    if (yaml[i] === close) depth++;
    else if (yaml[i] === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function lineAround(yaml: string, offset: number): { start: number; text: string } {
  const start = yaml.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = yaml.indexOf('\n', offset);
  return { start, text: yaml.slice(start, end === -1 ? yaml.length : end) };
}

export function explainYamlError(yaml: string, error: YAMLError): YamlProblem {
  const first = error.message.split('\n')[0] ?? error.message;
  const offset = error.pos[0];
  const flow = /^Flow (sequence|map) in block collection must be sufficiently indented and end with a ([\]}])/.exec(
    first,
  );
  if (flow) {
    const close = flow[2] ?? ']';
    const open = close === ']' ? '[' : '{';
    const at = unclosedBracket(yaml, offset, open, close);
    if (at !== -1) {
      return {
        message: `invalid YAML in the frontmatter: the ${flow[1] === 'sequence' ? 'list' : 'mapping'} opened with ${open} is never closed with ${close}`,
        fix: `close it with ${close}, or put the whole value in quotes if the ${open} is part of the text (title: "${open}…")`,
        offset: at,
      };
    }
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // `title: Protocol: sociale media`: the second ": " starts a mapping inside the value.
    const { start, text } = lineAround(yaml, offset);
    const field = /^(\s*[^\s:#][^:]*):[ \t]+(.*:[ \t].*?)\s*$/.exec(text);
    if (field) {
      return {
        message: `invalid YAML in the frontmatter: the value of ${field[1]?.trim()} contains ": ", which YAML reads as the start of a new field`,
        fix: `put the value in quotes: ${field[1]?.trim()}: ${JSON.stringify(field[2])}`,
        offset: start + text.lastIndexOf(field[2] ?? ''),
      };
    }
  }
  const missingQuote = error.code === 'MISSING_CHAR' ? /^Missing closing (["'])quote/.exec(first) : null;
  if (missingQuote) {
    // The parser notices at the end of the text; the author needs the value whose quote was opened. Inside the
    // unclosed value a double quote can only appear escaped, so the last unescaped one is the opening quote.
    const quote = missingQuote[1] ?? '"';
    let at = yaml.lastIndexOf(quote, Math.max(0, offset - 1));
    while (quote === '"' && at > 0 && yaml[at - 1] === '\\') at = yaml.lastIndexOf(quote, at - 1);
    if (at !== -1) {
      return {
        message: `invalid YAML in the frontmatter: the quote ${quote} opened here is never closed`,
        fix: `add the closing ${quote} at the end of the value`,
        offset: at,
      };
    }
  }
  return {
    message: `invalid YAML in the frontmatter: ${first}`,
    fix: error.code === 'DUPLICATE_KEY' ? 'remove the repeated field' : GENERIC_FIX,
    offset,
  };
}
