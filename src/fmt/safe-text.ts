// Escaping a text node without running every escape pattern over it. mdast-util-to-markdown's `safe` runs each of its
// ~90 "unsafe" patterns (a scope check, a slice and a regex each) over every text, and in a policy most texts have
// nothing to escape: it was a sixth of an import's CPU (a text of 20,000 short headings, written twice). The patterns
// in scope for the current construct stack are joined into one regex; where that finds nothing and no backslash
// needs escaping, `safe` would return the text unchanged, so it is returned as it is. Otherwise, and for any pattern
// the joined regex cannot stand in for, the library's `safe` runs as before: the output is the same either way.
import type { State, Unsafe } from 'mdast-util-to-markdown';

type SafeConfig = Parameters<State['safe']>[1];

/** Per list of patterns (one per writer run), per construct stack: the patterns in scope as one regex, or null. */
const joinedByPatterns = new WeakMap<readonly Unsafe[], Map<string, RegExp | null>>();

/** As the library's patternInScope: a pattern applies inside one of its constructs and outside its exclusions. */
function listInScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  const names = typeof list === 'string' ? [list] : (list ?? []);
  if (names.length === 0) return none;
  return names.some((name) => stack.includes(name));
}

const inScope = (stack: readonly string[], pattern: Unsafe): boolean =>
  listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);

/**
 * One regex that matches where any pattern in scope matches, or null where one cannot be joined exactly: a pattern
 * bound to a neighbouring node (matched on part of the text), one with flags of its own or a back-reference.
 */
function joinedPattern(state: State): RegExp | null {
  const sources: string[] = [];
  for (const pattern of state.unsafe) {
    if (!inScope(state.stack, pattern)) continue;
    if (pattern.beforeNode || pattern.afterNode || pattern.unicode) return null;
    const expression = state.compilePattern(pattern);
    if (expression.flags !== 'g' || /\\[1-9k]/.test(expression.source)) return null;
    sources.push(`(?:${expression.source})`);
  }
  return sources.length === 0 ? /(?!)/ : new RegExp(sources.join('|'));
}

function patternsInScope(state: State): RegExp | null {
  let byStack = joinedByPatterns.get(state.unsafe);
  if (!byStack) joinedByPatterns.set(state.unsafe, (byStack = new Map()));
  const key = state.stack.join('\n');
  let joined = byStack.get(key);
  if (joined === undefined) byStack.set(key, (joined = joinedPattern(state)));
  return joined;
}

/** `state.safe(input, config)`, without running its patterns one by one over a text none of them matches. */
export function safeText(state: State, input: string, config: SafeConfig): string {
  const after = config.after ?? '';
  const joined = patternsInScope(state);
  if (
    joined &&
    !input.includes('\\') &&
    !after.includes('\\') &&
    !joined.test(`${config.before ?? ''}${input}${after}`)
  )
    return input;
  return state.safe(input, config);
}
