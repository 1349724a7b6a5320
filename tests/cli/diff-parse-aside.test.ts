// A diff of two large files parses the new one in a thread of its own (src/pipeline/parse-aside.ts), and the parse
// crosses to the command's thread by structured clone. The compiled binary must report exactly what the same
// diff reports in this process, where no thread is started: the clone keeps every value the report shows, the
// frontmatter's written numbers (`version: 1.10`) included.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSE_ASIDE_MIN_BYTES } from '../../src/pipeline/parse-aside.js';
import { runBuiltCli, runCli } from '../support/cli.js';

/** A policy of `articles` sections, the `changed`th of them worded differently, with a number-like version. */
function largePolicy(version: string, articles: number, changed: number): string {
  const sections = Array.from({ length: articles }, (_, article) => {
    const verb = article === changed ? 'mag' : 'moet';
    return `## Artikel ${article + 1}\n\n1. De leerling ${verb} zich melden bij de conciërge voor ${article} uur.\n2. Een ouder meldt afwezigheid vóór de les, met een geldige [reden](https://example.org/${article}).\n`;
  });
  return `---\nid: huisregels\nversion: ${version}\nstatus: draft\nlang: nl\n---\n\n# Huisregels\n\n${sections.join('\n')}`;
}

describe('diff of two files large enough for a parse thread', () => {
  it('reports in json and text exactly what a diff in one thread reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-parse-aside-'));
    const a = join(dir, 'oud.md');
    const b = join(dir, 'nieuw.md');
    writeFileSync(a, largePolicy('1.0', 1800, 7));
    writeFileSync(b, largePolicy('1.10', 1800, 900));
    const newText = largePolicy('1.10', 1800, 900);
    expect(Buffer.byteLength(newText)).toBeGreaterThan(PARSE_ASIDE_MIN_BYTES);
    for (const format of ['json', 'text']) {
      const built = await runBuiltCli(['diff', a, b, '--format', format]);
      const here = await runCli(['diff', a, b, '--format', format]);
      expect(built.code).toBe(1);
      expect(built.stderr).toBe(here.stderr);
      expect(built.stdout).toBe(here.stdout);
      if (format === 'json') expect(built.stdout).toContain('1.10');
    }
  });
});
