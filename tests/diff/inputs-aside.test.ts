// resolveVersionsAside (src/diff/inputs.ts): the new file of an OLD NEW pair comes from the parse made elsewhere
// (another thread in the CLI, src/pipeline/parse-aside.ts), and everything that went wrong there is made again here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ParseElsewhere, resolveVersionsAside } from '../../src/diff/inputs.js';
import { parsePolicy } from '../../src/parse/index.js';

const OLD = '# Huisregels\n\n## Toegang\n\nDe poort gaat om acht uur open.\n';
const NEW = '# Huisregels\n\n## Toegang\n\nDe poort gaat om negen uur open.\n';

function pair(): { dir: string; a: string; b: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-aside-'));
  const a = join(dir, 'a.md');
  const b = join(dir, 'b.md');
  writeFileSync(a, OLD);
  writeFileSync(b, NEW);
  return { dir, a, b };
}

/** A parse "made elsewhere": of `text`, which need not be the file's (so the test sees which parse was used). */
function elsewhere(text: string | undefined, asked: string[], cancelled: string[]) {
  return (file: string): ParseElsewhere => {
    asked.push(file);
    const result = text === undefined ? undefined : parsePolicy(text, { path: file });
    return { result: Promise.resolve(result), cancel: () => cancelled.push(file) };
  };
}

describe('resolveVersionsAside', () => {
  it('takes the new version from the parse made elsewhere, and parses the old one here', async () => {
    const { a, b } = pair();
    const asked: string[] = [];
    const made = '# Huisregels\n\n## Toegang\n\nGemaakt in de andere thread.\n';
    const versions = await resolveVersionsAside({ files: [a, b] }, elsewhere(made, asked, []));
    expect(asked).toEqual([b]);
    expect(versions.mode).toBe('files');
    expect(versions.sameSource).toBe(false);
    expect(versions.old.policy.sections[0]?.clauses[0]?.text).toBe('De poort gaat om acht uur open.');
    expect(versions.new.policy.sections[0]?.clauses[0]?.text).toBe('Gemaakt in de andere thread.');
  });

  it('parses the new file here when the other thread gave nothing back', async () => {
    const { a, b } = pair();
    const versions = await resolveVersionsAside({ files: [a, b] }, elsewhere(undefined, [], []));
    expect(versions.new.policy.sections[0]?.clauses[0]?.text).toBe('De poort gaat om negen uur open.');
  });

  it('reports a fatal finding of the new file as a parse here does, naming the file', async () => {
    const { dir, a } = pair();
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, `${'>'.repeat(300)} te diep\n`);
    const error = await resolveVersionsAside({ files: [a, broken] }, elsewhere(`${'>'.repeat(300)} x\n`, [], [])).catch(
      (thrown: unknown) => thrown,
    );
    expect(String((error as Error).message)).toMatch(/nest/i);
    expect(JSON.stringify((error as { finding?: unknown }).finding)).toContain('broken.md');
  });

  it('stops the other parse when the old file cannot be read', async () => {
    const { dir, b } = pair();
    const cancelled: string[] = [];
    const missing = join(dir, 'missing.md');
    const error = await resolveVersionsAside({ files: [missing, b] }, elsewhere(NEW, [], cancelled)).catch(
      (thrown: unknown) => thrown,
    );
    expect(String((error as Error).message)).toMatch(/no such file/);
    expect(cancelled).toEqual([b]);
  });

  it('asks for no parse elsewhere for one file named twice', async () => {
    const { a } = pair();
    const asked: string[] = [];
    const versions = await resolveVersionsAside({ files: [a, a] }, elsewhere(NEW, asked, []));
    expect(asked).toEqual([]);
    expect(versions.sameSource).toBe(true);
  });
});
