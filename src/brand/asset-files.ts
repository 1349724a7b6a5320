// Reading the files a brand names (fonts, logo) with errors that say which field named them and where relative
// paths start, and the per-process cache of checked fonts (a watch process notices a changed file by its stamp).
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorBecause, errorById } from '../io/messages.js';
import type { MessageParam } from '../model/diagnostics.js';
import { ClausemarkError, type ErrorPlace } from '../model/errors.js';
import { checkFont } from './assets.js';
import { displayPath } from '../io/yaml-file.js';

/** Size and modification time: enough to notice a file was changed while a watch process keeps its cache. */
export function stampOf(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

const checkedFonts = new Map<string, { stamp: string; bytes: Uint8Array }>();

export function clearFontCache(): void {
  checkedFonts.clear();
}

/** What a brand's file is called in messages: `fonts.bold (../fonts/x.ttf)`. */
export function fileSubject(field: string, written: string): MessageParam {
  return { messageId: 'brand.file-subject', params: { field, path: written } };
}

/** The bytes of a file a brand names; `subject` names it in the error, `brandFile` is where relative paths start. */
export function readAsset(path: string, subject: MessageParam, place: ErrorPlace, brandFile: string): Uint8Array {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem: MessageParam =
      code === 'ENOENT'
        ? { messageId: 'brand.no-such-file', params: { path } }
        : code === 'EISDIR'
          ? { messageId: 'brand.is-folder', params: { path: displayPath(path) } }
          : { messageId: 'brand.cannot-read', params: { code: code ?? 'error' } };
    throw errorById(
      {
        messageId: 'brand.about',
        fixId: code === 'EISDIR' ? 'brand.name-the-file' : 'brand.check-path',
        params: { subject, problem, folder: displayPath(dirname(brandFile)) || '.' },
      },
      { place, ruleId: 'brand-missing-file' },
    );
  }
}

/** A font's bytes, read and checked (src/brand/assets.ts) once per process while the file is unchanged. */
export function loadFont(path: string, subject: MessageParam, place: ErrorPlace, brandFile: string): Uint8Array {
  const stamp = stampOf(path);
  const cached = checkedFonts.get(path);
  if (cached && cached.stamp === stamp) return cached.bytes;
  const bytes = readAsset(path, subject, place, brandFile);
  try {
    checkFont(bytes, place);
  } catch (error) {
    if (error instanceof ClausemarkError)
      throw errorBecause(error.finding, 'brand.about', { subject }, { place, ruleId: error.ruleId });
    throw error;
  }
  checkedFonts.set(path, { stamp, bytes });
  return bytes;
}
