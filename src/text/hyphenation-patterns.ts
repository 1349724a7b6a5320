// The `hyphen` package's hyphenators, made from its TeX pattern sets. Each set is a JavaScript file of ~230 KB of
// array and object literals, and requiring one cost ~20 ms of CPU on every cold build that hyphenates (compiling
// and running the literals); `npm run build` writes each set held flat as JSON into dist/prepared/hyphenation/
// (scripts/prepare-data.mjs), and a hyphenator that works as the package's does is made from it
// (liang-hyphenator.ts). A prepared file is named by the SHA-256 of the pattern file it was made from, so an upgraded
// package finds none and its patterns are required as before.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FlatPatterns, LiangHyphenator } from './liang-hyphenator.js';

export interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

// The package is CommonJS without an exports map: ESM cannot import 'hyphen/nl' (a directory), require can.
const require = createRequire(import.meta.url);

/** dist/prepared/hyphenation/ beside the running code (src/prepared/, never made, when run from source). */
const SHIPPED = fileURLToPath(new URL('../prepared/hyphenation/', import.meta.url));

/** The name of the prepared JSON of a pattern set: its name and the SHA-256 of its pattern file's bytes. */
export function preparedPatternsName(name: string, source: Uint8Array): string {
  return `${name}-flat-${createHash('sha256').update(source).digest('hex')}.json`;
}

/** The pattern set's prepared JSON in `folder`, parsed, or undefined (none made for this pattern file). */
function preparedPatterns(name: string, folder: string): FlatPatterns | undefined {
  try {
    const source = readFileSync(require.resolve(`hyphen/patterns/${name}.js`));
    return JSON.parse(readFileSync(join(folder, preparedPatternsName(name, source)), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The hyphenator of pattern set `name` ('nl', 'en-us', …): from its prepared JSON when there is one. */
export function loadHyphenator(name: string, folder: string = SHIPPED): Hyphenator {
  const patterns = preparedPatterns(name, folder);
  if (patterns === undefined) return require(`hyphen/${name}`) as Hyphenator;
  return new LiangHyphenator(patterns);
}
