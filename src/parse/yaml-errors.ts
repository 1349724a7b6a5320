// YAML's own error messages, said so a policy officer can act on them: where the mistake is (the `[` that was never
// closed, not the next line where the parser gave up) and what to type instead.
// The words are entries `yaml-syntax.*` of templates/messages/en.yaml; this module picks which and their values.
import type { YAMLError } from 'yaml';
import type { MessageIds } from '../io/messages.js';

export interface YamlProblem extends MessageIds {
  fixId: string;
  /** Offset in the YAML text the message should point at. */
  offset: number;
}

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
        messageId: flow[1] === 'sequence' ? 'yaml-syntax.unclosed-list' : 'yaml-syntax.unclosed-mapping',
        fixId: 'yaml-syntax.close-or-quote',
        params: { open, close },
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
        messageId: 'yaml-syntax.colon-in-value',
        fixId: 'yaml-syntax.quote-value',
        params: { field: field[1]?.trim() ?? '', quoted: JSON.stringify(field[2]) },
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
        messageId: 'yaml-syntax.unclosed-quote',
        fixId: 'yaml-syntax.close-quote',
        params: { quote },
        offset: at,
      };
    }
  }
  return {
    messageId: 'yaml-syntax.other',
    fixId: error.code === 'DUPLICATE_KEY' ? 'yaml-syntax.remove-repeated' : 'yaml-syntax.fix-syntax',
    params: { reason: first },
    offset,
  };
}
