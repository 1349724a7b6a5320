// diff OLD NEW --format docx read back by pandoc (--track-changes=all/accept/reject): exactly the insertions and
// deletions the diff reports, by the given author on the new version's date; accepting every change gives the new
// version's text, rejecting every change the old one's; the board pack's summary comes before the body.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuildablePolicy } from '../../../src/build/policy.js';
import { buildRevisionDocx } from '../../../src/report/documents/revision-docx.js';
import { creationDate } from '../../../src/io/reproducible.js';
import { diffPolicies } from '../../../src/diff/diff.js';
import type { PolicyDiff } from '../../../src/diff/types.js';
import type { Policy } from '../../../src/model/policy.js';
import { allClauses } from '../../../src/model/walk.js';
import { reasonText } from '../../support/reasons.js';
import { HAVE_PANDOC, PANDOC_SKIP, readWithPandoc, requirePandocInCi, zipParts } from '../../support/docx.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const firstBlock = (text: string): string => squash(text.split('\n\n')[0] ?? '');

async function revision(
  oldFile: string,
  newFile: string,
  author?: string,
): Promise<{ diff: PolicyDiff; oldPolicy: Policy; newPolicy: Policy; bytes: Uint8Array; path: string }> {
  const oldPolicy = loadBuildablePolicy(oldFile);
  const newPolicy = loadBuildablePolicy(newFile);
  const diff = diffPolicies(oldPolicy, newPolicy);
  const bytes = await buildRevisionDocx(diff, oldPolicy, newPolicy, {
    root: PROJECT_ROOT,
    ...(author ? { author } : {}),
  });
  const path = join(mkdtempSync(join(tmpdir(), 'clausemark-revision-')), 'revision.docx');
  writeFileSync(path, bytes);
  return { diff, oldPolicy, newPolicy, bytes, path };
}

/** What the diff says was inserted and deleted, as text a reader sees (whitespace-only changes left out). */
function expectedChanges(diff: PolicyDiff): { insertion: string[]; deletion: string[] } {
  const out = { insertion: [] as string[], deletion: [] as string[] };
  for (const change of diff.changes) {
    if (change.kinds.includes('added')) out.insertion.push(change.new!.text);
    else if (change.kinds.includes('removed')) out.deletion.push(change.old!.text);
    else if (change.kinds.includes('moved')) {
      out.insertion.push(change.new!.text);
      out.deletion.push(change.old!.text);
    } else {
      for (const op of change.words ?? [])
        if (op.op !== 'equal') out[op.op === 'insert' ? 'insertion' : 'deletion'].push(op.text);
    }
  }
  const clean = (list: string[]): string[] =>
    list
      .map(squash)
      .filter((text) => text !== '')
      .sort();
  return { insertion: clean(out.insertion), deletion: clean(out.deletion) };
}

function pandocText(path: string, mode: 'accept' | 'reject'): string {
  const result = spawnSync('pandoc', ['-f', 'docx', `--track-changes=${mode}`, '-t', 'plain', '--wrap=none', path], {
    encoding: 'utf8',
  });
  return squash(result.stdout);
}

/** Each clause's first text, in order, in `text` (the index of the first that is missing, or -1). */
function missingInOrder(policy: Policy, text: string): string | undefined {
  let at = 0;
  for (const { clause } of allClauses(policy)) {
    const found = text.indexOf(firstBlock(clause.text), at);
    if (found < 0) return clause.id;
    at = found;
  }
  return undefined;
}

const REVISED = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');

type Revision = Awaited<ReturnType<typeof revision>>;
let casparusRevision: Promise<Revision> | undefined;

/**
 * Casparus College's revision to 2.0 without an author, made once for the tests that only read it (each still runs
 * alone: the first to ask makes it). Its making was most of each such test's time; the test of the same bytes still
 * makes a second one of its own.
 */
const sharedCasparusRevision = (): Promise<Revision> =>
  (casparusRevision ??= revision(policyPath('casparus-college'), REVISED));

describe.skipIf(!HAVE_PANDOC)('diff --format docx read back by pandoc', () => {
  requirePandocInCi();

  it('has exactly the insertions and deletions the diff reports, by the author, dated when the new version was made', async () => {
    const { diff, path, newPolicy } = await revision(policyPath('casparus-college'), REVISED, 'J. de Vries');
    expect(diff.summary.total).toBeGreaterThan(5);
    const read = readWithPandoc(path);
    const found = {
      insertion: read.changes
        .filter((change) => change.kind === 'insertion')
        .map((change) => squash(change.text))
        .filter((text) => text !== '')
        .sort(),
      deletion: read.changes
        .filter((change) => change.kind === 'deletion')
        .map((change) => squash(change.text))
        .filter((text) => text !== '')
        .sort(),
    };
    expect(found).toEqual(expectedChanges(diff));
    expect(new Set(read.changes.map((change) => change.author))).toEqual(new Set(['J. de Vries']));
    // One date for all: when the new version was made (its commit here), not its effective date.
    const made = `${creationDate(newPolicy).toISOString().slice(0, 19)}Z`;
    expect(new Set(read.changes.map((change) => change.date))).toEqual(new Set([made]));
  });

  it('accepting every change gives the new version, rejecting every change the old one', async () => {
    const { path, oldPolicy, newPolicy } = await sharedCasparusRevision();
    const accepted = pandocText(path, 'accept');
    const rejected = pandocText(path, 'reject');
    expect(missingInOrder(newPolicy, accepted)).toBeUndefined();
    expect(missingInOrder(oldPolicy, rejected)).toBeUndefined();
    expect(accepted).not.toContain('Je zoveel mogelijk inhoudelijk dient te reageren');
    expect(rejected).not.toContain('WhatsApp-groepen');
  });

  it("puts the board pack's summary, with every substantive change and its reasons, before the body", async () => {
    const { diff, path, newPolicy } = await sharedCasparusRevision();
    const read = readWithPandoc(path);
    const firstClause = firstBlock(allClauses(newPolicy)[0]!.clause.text);
    const bodyStart = read.text.indexOf(firstClause);
    const summaryAt = read.text.indexOf('9 wijzigingen: 4 inhoudelijk, 5 redactioneel');
    expect(summaryAt).toBeGreaterThan(-1);
    // Renumbered-only clauses: one line, not a row in the counts (issue 16).
    expect(read.text).toContain('1 artikel hernummerd');
    expect(summaryAt).toBeLessThan(bodyStart);
    const summary = read.text.slice(0, bodyStart);
    for (const change of diff.changes.filter((entry) => entry.significance === 'substantive')) {
      for (const reason of change.reasons) expect(summary).toContain(squash(reasonText(reason, 'nl')).slice(0, 20));
    }
    expect(summary).toMatch(/Toegevoegd[\s\S]*Verwijderd[\s\S]*Gewijzigd/);
  });

  it("marks an added policy's worth of change in a merge and a removal at the start of a section", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-revision-src-'));
    const head = (version: string): string =>
      `---\nid: p\ntitle: P\norganisation: O\nversion: "${version}"\nstatus: draft\nlang: nl\n---\n\n# P\n\n`;
    writeFileSync(
      join(dir, 'old.md'),
      `${head('1.0')}## A {#a}\n\n1. {#a.een} Eerste zin van het artikel.\n2. {#a.twee} Tweede zin van het artikel.\n3. {#a.drie} Derde artikel blijft staan.\n\n## B {#b}\n\n1. {#b.weg} Dit artikel verdwijnt helemaal uit het beleid.\n2. {#b.blijft} Dit artikel blijft zoals het is.\n`,
    );
    writeFileSync(
      join(dir, 'new.md'),
      `${head('1.1')}## A {#a}\n\n1. {#a.een} Eerste zin van het artikel. Tweede zin van het artikel.\n2. {#a.drie} Derde artikel blijft staan.\n\n## B {#b}\n\n1. {#b.blijft} Dit artikel blijft zoals het is.\n`,
    );
    const { diff, path, oldPolicy, newPolicy } = await revision(join(dir, 'old.md'), join(dir, 'new.md'));
    expect(diff.changes.some((change) => change.kinds.includes('merged'))).toBe(true);
    const read = readWithPandoc(path);
    expect(read.changes.filter((change) => change.kind === 'deletion').map((change) => squash(change.text))).toContain(
      'Dit artikel verdwijnt helemaal uit het beleid.',
    );
    expect(new Set(read.changes.map((change) => change.author))).toEqual(new Set(['clausemark']));
    expect(missingInOrder(newPolicy, pandocText(path, 'accept'))).toBeUndefined();
    expect(missingInOrder(oldPolicy, pandocText(path, 'reject'))).toBeUndefined();
  });
});

describe('diff --format docx: the package', () => {
  it('is the same bytes for the same versions, with change tracking on', async () => {
    const first = await sharedCasparusRevision();
    const second = await revision(policyPath('casparus-college'), REVISED);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    const parts = zipParts(first.bytes);
    expect(parts.get('word/settings.xml')).toContain('<w:trackRevisions/>');
    const document = parts.get('word/document.xml')!;
    const ids = [...document.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

if (!HAVE_PANDOC) console.warn(PANDOC_SKIP);
