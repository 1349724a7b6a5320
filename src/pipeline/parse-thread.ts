// A thread that reads and parses one policy file while the thread that started it parses another
// (src/pipeline/parse-aside.ts): a diff of two law-size versions parses both at once on two cores.
// It answers once, with the parse and the places of its WrittenNumbers, or with `undefined` when anything went
// wrong: the starting thread then parses the file itself and reports what it finds in its own words.
import { parentPort, workerData } from 'node:worker_threads';
import { readSource } from '../io/read.js';
import { type MessageLanguage, setMessageLanguage } from '../io/messages.js';
import { parsePolicy } from '../parse/index.js';
import { numberPlacesIn } from './cross-thread.js';
import type { ParsedAside } from './parse-aside.js';

const { file, messageLanguage } = workerData as { file: string; messageLanguage: MessageLanguage };
setMessageLanguage(messageLanguage);

function parseFile(): ParsedAside | undefined {
  try {
    const { text, bom, eol } = readSource(file);
    const parsed = parsePolicy(text, { path: file, encoding: { bom, eol } });
    return { parsed, numbers: numberPlacesIn(parsed.policy) };
  } catch {
    return undefined;
  }
}

const answer = parseFile();
try {
  parentPort?.postMessage(answer);
} catch {
  // Something in the parse cannot be cloned: the starting thread parses the file itself.
  parentPort?.postMessage(undefined);
}
