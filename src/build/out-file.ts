// `build ONE.md --out beleid.pdf`: an --out that ends in an output's extension names the file to write, as pandoc
// and every converter read it, not a folder to make with that name. It is one file, so one policy in one format;
// the format follows the extension unless --format says it, and then the two must agree.
import { dirname } from 'node:path';
import { errorById } from '../io/messages.js';
import { formatOfFileName } from './policy-formats.js';

export interface OutputTarget {
  /** The folder written into: --out itself, or the folder of the file it names. */
  outDir: string;
  /** The file --out names, when it names one. */
  outFile?: string;
  formats: string[];
}

/**
 * Where `build` writes: `out` as a folder, or as the one file it names. `formats` are --format's, `formatGiven`
 * whether the user wrote it (else it is the default and the file's extension chooses).
 */
export function outputTarget(out: string, policies: number, formats: string[], formatGiven: boolean): OutputTarget {
  // An --out ending in a format's extension (`.PDF` too) names a file; any other names a folder.
  const format = formatOfFileName(out);
  if (format === undefined) return { outDir: out, formats };
  const place = { place: { argument: '--out' }, ruleId: 'bad-arguments' };
  if (policies > 1) {
    throw errorById(
      { messageId: 'build-out-file.several', fixId: 'build-out-file.folder', params: { out, count: policies } },
      place,
    );
  }
  if (formatGiven && (formats.length !== 1 || formats[0] !== format)) {
    throw errorById(
      {
        messageId: 'build-out-file.other-format',
        fixId: 'build-out-file.same-format',
        params: { out, format, formats: formats.join(',') },
      },
      place,
    );
  }
  return { outDir: dirname(out), outFile: out, formats: [format] };
}
