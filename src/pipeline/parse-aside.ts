// Parsing a large policy file in a second thread, for a command that needs two parses before it can start (a diff
// of two files). Only compiled runs start threads (a worker needs the bundled JavaScript), and only for files large
// enough to repay a thread's start (about 40 ms of CPU): below that the caller parses as before.
// The parse crosses the thread boundary by structured clone, which keeps values and shared nodes but not classes:
// the frontmatter's WrittenNumbers are made again here (cross-thread.ts), as for the build workers.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { messageLanguage } from '../io/messages.js';
import type { ParseElsewhere } from '../diff/inputs.js';
import type { ParseResult } from '../parse/index.js';
import { type NumberPlace, reviveNumbersIn } from './cross-thread.js';

/** What the parse thread posts: its parse, or undefined when the caller must parse the file itself. */
export interface ParsedAside {
  parsed: ParseResult;
  numbers: NumberPlace[];
}

const PARSE_THREAD = fileURLToPath(new URL('../pipeline/parse-thread.js', import.meta.url));
const RUNNING_COMPILED = import.meta.url.endsWith('.js');

/** From this size on a file is parsed in a thread of its own (a civil code is 1.3 MB; a policy 5-50 KB). */
export const PARSE_ASIDE_MIN_BYTES = 256 * 1024;

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // missing or unreadable: the caller's own read says so in its words
  }
}

/** Starts parsing `file` in another thread, or returns undefined when the caller should parse it itself. */
export function parseAside(file: string): ParseElsewhere | undefined {
  if (!RUNNING_COMPILED || sizeOf(file) < PARSE_ASIDE_MIN_BYTES) return undefined;
  const worker = new Worker(PARSE_THREAD, { workerData: { file, messageLanguage: messageLanguage() } });
  const result = new Promise<ParseResult | undefined>((resolve) => {
    worker.once('message', (answer: ParsedAside | undefined) => {
      if (answer) reviveNumbersIn(answer.parsed.policy, answer.numbers);
      resolve(answer?.parsed);
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { result, cancel: () => void worker.terminate() };
}
