// The report's wording files: language fallback, and a clear error for a missing or unknown key.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isClausemarkError } from '../../src/model/errors.js';
import { loadSiteWords, SITE_WORD_KEYS } from '../../src/wording/site-words.js';
import { PROJECT_ROOT } from '../support/paths.js';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-words-'));
  cpSync(join(PROJECT_ROOT, 'templates', 'labels'), join(root, 'templates', 'labels'), { recursive: true });
  return root;
}

function failure(run: () => unknown): { message: string; where: string; hint: string } {
  try {
    run();
  } catch (error) {
    if (isClausemarkError(error)) return { message: error.message, where: error.format(), hint: error.hint ?? '' };
    throw error;
  }
  throw new Error('expected a ClausemarkError');
}

describe('loadSiteWords', () => {
  it('has every key in Dutch and English, and falls back from nl-BE to nl and from de to en', () => {
    for (const lang of ['nl', 'en']) {
      const words = loadSiteWords(lang, { root: PROJECT_ROOT });
      for (const key of SITE_WORD_KEYS) expect(words[key], `${lang}.${key}`).not.toBe('');
    }
    expect(loadSiteWords('nl-BE', { root: PROJECT_ROOT }).lang).toBe('nl');
    expect(loadSiteWords('de', { root: PROJECT_ROOT }).lang).toBe('en');
  });

  it('names a missing key and where to copy it from', () => {
    const root = project();
    const file = join(root, 'templates', 'labels', 'html', 'nl.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^home: .*\n/m, ''));
    const error = failure(() => loadSiteWords('nl', { root }));
    expect(error.message).toBe('missing wording: home');
    expect(error.hint).toContain('templates/labels/html/en.yaml');
  });

  it('points at an unknown key by line and column', () => {
    const root = project();
    const file = join(root, 'templates', 'labels', 'html', 'en.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}hoem: Home\n`);
    const error = failure(() => loadSiteWords('en', { root }));
    expect(error.message).toBe('unknown wording `hoem`');
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('hoem:')) + 1;
    expect(error.where).toContain(`en.yaml:${line}:1`);
  });
});
