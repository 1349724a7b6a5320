// What the readers of markdown-it's tokens share: the source, its line index, the engine and its environment (the
// footnote labels defined, for parsing table cells on their own).
import type { Env, MarkdownIt } from 'markdown-it';
import type { LineIndex } from './lines.js';

export interface ReadContext {
  source: string;
  lines: LineIndex;
  md: MarkdownIt;
  env: Env;
}
