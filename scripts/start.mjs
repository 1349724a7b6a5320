// `npm start`: compile clausemark when a source is newer than the build (scripts/ensure-built.mjs), then run
// `clausemark start` in this same process, so an unchanged checkout pays for one Node.js start, not two. Arguments
// after `npm start --` go to `start` (`npm start -- --out site`).
//
//   node scripts/start.mjs [start's options]    exit code of the build when it fails, else of `clausemark start`
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './ensure-built.mjs';

const built = ensureBuilt();
if (built !== 0) process.exit(built);
const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'main.js');
process.argv = [process.argv[0], main, 'start', ...process.argv.slice(2)];
await import(pathToFileURL(main).href);
