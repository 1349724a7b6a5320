// Issue 40: a Word document clausemark built comes back as the policy it was built from, and a returned one is
// brought back into its Markdown source clause by clause (import --into). The documents are built in-process and
// edited here the way Word edits them (a run's text, a paragraph typed, a comment, tracked changes); the editors
// themselves (LibreOffice, python-docx) are driven in word-roundtrip.integration.test.ts.
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { ClausemarkError } from '../../src/model/errors.js';
import { diffJob } from '../../src/jobs/diff.js';
import { publishedSource } from '../../src/render/shared/published-source.js';
import { parsePolicy } from '../../src/parse/index.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';
import {
  builtDocx,
  counted,
  diffTexts,
  editParts,
  idsOf,
  replacedInBody,
  withComment,
  withoutCarriedSource,
  withTypedParagraph,
} from '../support/word.js';

const REGLEMENT = join(PROJECT_ROOT, 'tests', 'fixtures', 'word', 'reglement.md');
const TYPED_ARTICLES = join(PROJECT_ROOT, 'tests', 'fixtures', 'word', 'typed-articles.md');
const CASPARUS = policyPath('casparus-college');
const REVISION = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');

const dir = mkdtempSync(join(tmpdir(), 'clausemark-word-own-'));
let reglement: Uint8Array;
let casparus: Uint8Array;

/** The ClausemarkError an import throws. */
async function thrown(run: () => Promise<unknown>): Promise<ClausemarkError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ClausemarkError) return error;
    throw error;
  }
  throw new Error('expected a ClausemarkError, but nothing was thrown');
}

/** Writes `bytes` as a .docx in the test's folder and returns its path. */
function docxFile(name: string, bytes: Uint8Array): string {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, bytes);
  return path;
}

/** A copy of a policy to bring a document back into, with `edit` applied (the source changed since). */
function target(name: string, source: string, edit: (text: string) => string = (text) => text): string {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, edit(readFileSync(source, 'utf8')));
  return path;
}

beforeAll(async () => {
  reglement = await builtDocx(REGLEMENT, join(dir, 'out'));
  casparus = await builtDocx(CASPARUS, join(dir, 'out'));
});

describe('its own .docx comes back as the same policy (issue 40 item 1)', () => {
  it('gives back the reglement byte for byte: every ID, the frontmatter, footnotes, table, links; its approvals as history', async () => {
    const result = await importDocument(docxFile('reglement', reglement), { dryRun: true });
    const source = readFileSync(REGLEMENT, 'utf8');
    // Issue 68 item 2: a new policy from the document is a draft; the approvals it carries are a note of history in
    // the frontmatter and the report, never approvals of the new file (only `approve` adopts).
    const head = (text: string) => /^---\n[\s\S]*?\n---\n/u.exec(text)?.[0] ?? '';
    expect(result.output.slice(head(result.output).length)).toBe(source.slice(head(source).length));
    const written = parsePolicy(result.output, { path: REGLEMENT }).policy;
    expect(written.meta.status).toBe('draft');
    expect(written.meta.approvals ?? []).toEqual([]);
    expect(head(result.output)).toContain('#   2025-06-10 instemming: A. Bakker (Voorzitter GMR)\n');
    expect(head(result.output)).toContain(
      '#   2025-06-24 vaststelling: R. de Groot (Voorzitter College van Bestuur)\n',
    );
    expect(result.findings.filter((finding) => finding.ruleId === 'import-history')).toHaveLength(2);
    expect(counted(diffTexts(source, result.output))).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('gives back Casparus College as built: the text it carries leaves out only the HTML comment for its authors', async () => {
    const result = await importDocument(docxFile('casparus', casparus), { dryRun: true });
    const source = readFileSync(CASPARUS, 'utf8');
    const policy = parsePolicy(source, { path: CASPARUS }).policy;
    expect(result.output).toBe(publishedSource(policy));
    expect(source).toContain('<!-- Extraction repairs');
    expect(result.output).not.toContain('<!--');
    const diff = diffTexts(source, result.output);
    expect(counted(diff)).toEqual([]);
    expect(diff.meta).toEqual([]);
  });

  it('gives back headings that type their number as typed, with the carried source and without it', async () => {
    // Printed as typed, with no number of clausemark's before a tab: "Artikel 1 Begrippen" is the heading's words.
    const bytes = await builtDocx(TYPED_ARTICLES, join(dir, 'out'));
    const source = readFileSync(TYPED_ARTICLES, 'utf8');
    for (const [name, sent] of [
      ['typed', bytes],
      ['typed-bare', withoutCarriedSource(bytes)],
    ] as const) {
      const result = await importDocument(docxFile(name, sent), { dryRun: true });
      expect(counted(diffTexts(source, result.output)), name).toEqual([]);
      expect(result.output, name).toContain('## Hoofdstuk 1 Algemeen {#hoofdstuk-1}\n');
      expect(result.output, name).toContain('## Artikel 3 Termijn {#termijn}\n');
    }
  });

  it('reads the same policy from the bookmarks and properties alone, when a tool dropped the carried source', async () => {
    for (const [name, bytes, source] of [
      ['reglement-bare', reglement, REGLEMENT],
      ['casparus-bare', casparus, CASPARUS],
    ] as const) {
      const result = await importDocument(docxFile(name, withoutCarriedSource(bytes)), { dryRun: true });
      const before = readFileSync(source, 'utf8');
      const diff = diffTexts(before, result.output);
      expect(counted(diff), name).toEqual([]);
      // The approvals a document carries are history, not the new policy's (issue 68 item 2).
      expect(
        diff.meta.filter((change) => change.field !== 'status' && change.field !== 'approvals'),
        name,
      ).toEqual([]);
      expect(idsOf(result.output), name).toEqual(idsOf(before));
    }
  });
});

describe('Word edits keep the IDs, brought back with --into (issue 40 item 2)', () => {
  it('writes one changed word into its clause, under its own ID, and nothing else', async () => {
    const edited = docxFile('one-word', replacedInBody(reglement, 'binnen een jaar', 'binnen een half jaar'));
    const into = target('one-word', REGLEMENT);
    const result = await importDocument(edited, { into });
    const expected = readFileSync(REGLEMENT, 'utf8').replace('binnen een jaar', 'binnen een half jaar');
    expect(readFileSync(into, 'utf8')).toBe(expected);
    const changes = counted(diffTexts(readFileSync(REGLEMENT, 'utf8'), expected));
    expect(changes.map((change) => [change.kinds, change.old?.id, change.new?.id])).toEqual([
      [['modified'], 'indienen.termijn', 'indienen.termijn'],
    ]);
    // The reglement is adopted: its adoption no longer covers the changed text (issue 68 item 5).
    expect(result.brought).toEqual({ changed: 1, added: 0, removed: 0, moved: 0, conflicts: 0, lapsed: true });
    expect(result.findings.map((finding) => finding.messageId)).toContain('import-word.changed');
    expect(result.findings.map((finding) => finding.messageId)).toContain('import-word.adoption-lapsed');
  });

  it('makes a paragraph typed in Word a new clause with a fresh ID, and says so', async () => {
    const typed = withTypedParagraph(
      reglement,
      'treedt in werking op 1 augustus 2025',
      'Deze regeling wordt elke twee jaar geëvalueerd.',
    );
    const into = target('typed', REGLEMENT);
    const result = await importDocument(docxFile('typed', typed), { into });
    expect(readFileSync(into, 'utf8')).toBe(
      readFileSync(REGLEMENT, 'utf8').replace(
        '2. {#slot.inwerking} Deze regeling treedt in werking op 1 augustus 2025.\n',
        '2. {#slot.inwerking} Deze regeling treedt in werking op 1 augustus 2025.\n3. {#slot.regeling-twee-jaar} Deze regeling wordt elke twee jaar geëvalueerd.\n',
      ),
    );
    expect(result.findings.find((finding) => finding.messageId === 'import-word.added')?.params).toEqual({
      id: 'slot.regeling-twee-jaar',
    });
  });

  it('keeps what the source changed since the document was made, and names a clause changed on both sides', async () => {
    const edited = docxFile(
      'both',
      replacedInBody(replacedInBody(reglement, 'binnen een jaar', 'binnen een half jaar'), 'vier weken', 'zes weken'),
    );
    // The source changed one of those two clauses itself, and another one.
    const into = target('both', REGLEMENT, (text) =>
      text.replace('binnen een jaar', 'binnen twee jaar').replace('de dagtekening', 'de datum'),
    );
    const result = await importDocument(edited, { into });
    const now = readFileSync(into, 'utf8');
    expect(now).toContain('binnen twee jaar na de gedraging'); // the source's, kept
    expect(now).toContain('> De klager dient de klacht in binnen een half jaar'); // Word's, quoted beside it
    // The note is in the policy's language (templates/labels/sector/nl.yaml), word for word as it was written in code.
    expect(now).toContain(
      'CONFLICT (Word: both.docx, indienen.termijn):** deze bepaling is in Word gewijzigd en ook in de bron; de tekst uit de bron staat erboven, die uit Word hieronder.',
    );
    expect(now).toContain('Binnen zes weken na ontvangst'); // only Word changed it: taken
    expect(now).toContain('de datum;'); // only the source changed it: kept
    expect(result.brought).toMatchObject({ changed: 1, conflicts: 1 });
    expect(result.findings.filter((finding) => finding.ruleId === 'import-conflict').map((f) => f.params?.id)).toEqual([
      'indienen.termijn',
    ]);
  });

  it('finds the text a document was built from in git when the document does not carry it', async () => {
    const repo = tempRepo('clausemark-word-git-');
    const file = repo.write('policies/het-baken/klachtenregeling.md', readFileSync(REGLEMENT, 'utf8'));
    repo.commit('adopted');
    const sent = withoutCarriedSource(await builtDocx(file, join(repo.root, 'out')));
    // The source moves on and is committed; the document comes back with one word changed.
    writeFileSync(file, readFileSync(file, 'utf8').replace('de dagtekening', 'de datum'));
    repo.commit('source edited');
    const back = docxFile('from-git', replacedInBody(sent, 'vier weken', 'zes weken'));
    const result = await importDocument(back, { into: file });
    const now = readFileSync(file, 'utf8');
    expect(now).toContain('Binnen zes weken na ontvangst');
    expect(now).toContain('de datum;');
    expect(result.brought).toMatchObject({ changed: 1, conflicts: 0 });
    expect(result.findings.map((finding) => finding.messageId)).not.toContain('import-word.no-base');
  });

  it('names every differing clause as a conflict, overwriting none, when the base is nowhere to be found', async () => {
    const back = docxFile('no-base', replacedInBody(withoutCarriedSource(reglement), 'vier weken', 'zes weken'));
    const into = target('no-base', REGLEMENT, (text) => text.replace('de dagtekening', 'de datum'));
    const result = await importDocument(back, { into });
    const now = readFileSync(into, 'utf8');
    expect(now).toContain('Binnen vier weken na ontvangst'); // not overwritten
    expect(now).toContain('de datum;');
    expect(result.findings.map((finding) => finding.messageId)).toContain('import-word.no-base');
    expect(result.brought?.conflicts).toBe(2);
  });

  it('writes atomically, keeping the file mode, line endings and byte order mark, and writes nothing when nothing changed', async () => {
    const into = target('crlf', REGLEMENT, (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    chmodSync(into, 0o640);
    const unchanged = await importDocument(docxFile('unchanged', reglement), { into });
    expect(unchanged.written).toBe(false);
    await importDocument(docxFile('crlf', replacedInBody(reglement, 'vier weken', 'zes weken')), { into });
    const bytes = readFileSync(into, 'utf8');
    expect(bytes.startsWith('\uFEFF')).toBe(true);
    expect(bytes).toContain('Binnen zes weken na ontvangst');
    expect(bytes.split('\r\n').length).toBe(bytes.split('\n').length);
    expect(statSync(into).mode & 0o777).toBe(0o640);
  });

  it('refuses --into for a Word document clausemark did not make', async () => {
    const foreign = docxFile(
      'foreign',
      editParts(reglement, (name, xml) => {
        if (name.startsWith('customXml/')) return undefined;
        if (name === 'docProps/custom.xml') return xml.replace(/<property [\s\S]*<\/property>/, '');
        if (name === 'word/_rels/document.xml.rels') return xml.replace(/<Relationship [^>]*customXml[^>]*\/>/g, '');
        return xml;
      }),
    );
    const into = target('foreign', REGLEMENT);
    const error = await thrown(() => importDocument(foreign, { into }));
    expect(error.finding.messageId).toBe('import-refused.into-needs-own');
    expect(readFileSync(into, 'utf8')).toBe(readFileSync(REGLEMENT, 'utf8'));
  });
});

describe('tracked changes and comments are a proposal, not a loss (issue 40 item 3)', () => {
  let revision: string;
  beforeAll(async () => {
    const outcome = await diffJob([CASPARUS, REVISION], { root: PROJECT_ROOT, format: 'docx', author: 'J. Beleid' });
    revision = docxFile('revision', outcome.content as Uint8Array);
  });

  it('refuses a document with proposals and no decision, naming in how many clauses they stand', async () => {
    const error = await thrown(() => importDocument(revision, { out: join(dirname(revision), 'refused.md') }));
    expect(error.finding.messageId).toBe('import-refused.has-proposals');
    expect(existsSync(join(dirname(revision), 'refused.md'))).toBe(false);
    // --dry-run alone lists them, deciding none (the refusal's hint offers it).
    const open = (await importDocument(revision, { dryRun: true })).findings.filter(
      (finding) => finding.messageId === 'import-proposal.open',
    );
    expect(open.length).toBe(10);
    const listed = (await importDocument(revision, { dryRun: true, changes: 'accept' })).findings.filter(
      (finding) => finding.ruleId === 'import-proposal',
    );
    // Nine clauses the revision changes, and one paragraph it deletes whole (a clause of the old version).
    expect(listed.length).toBe(10);
    expect(error.message).toContain('10 clauses');
  });

  it('gives the revised text under its clause IDs with --accept-changes, and lists each proposal by clause', async () => {
    const result = await importDocument(revision, { dryRun: true, changes: 'accept' });
    expect(result.output).toBe(readFileSync(REVISION, 'utf8'));
    const bare = await importDocument(docxFile('revision-bare', withoutCarriedSource(readFileSync(revision))), {
      dryRun: true,
      changes: 'accept',
    });
    expect(counted(diffTexts(readFileSync(REVISION, 'utf8'), bare.output))).toEqual([]);
    const proposals = result.findings.filter((finding) => finding.ruleId === 'import-proposal');
    expect(proposals.map((finding) => finding.params?.id)).toContain('werk.twijfel');
    expect(proposals.every((finding) => finding.params?.authors === 'J. Beleid')).toBe(true);
    expect(proposals.every((finding) => finding.messageId === 'import-proposal.accepted')).toBe(true);
  });

  it('takes the proposals of the clauses named, and rejects the others', async () => {
    const result = await importDocument(revision, {
      dryRun: true,
      changes: 'accept',
      changeIds: ['werk.twijfel'],
    });
    // The clause's line without its list number: with the other proposals rejected it stands third in its list, and
    // is numbered as printed (into.ts), where the revision numbers it 5.
    const clause = (text: string, id: string): string | undefined =>
      text
        .split('\n')
        .find((line) => line.includes(`{#${id}}`))
        ?.replace(/^(\s*)\d+\./, '$1#.');
    const old = readFileSync(CASPARUS, 'utf8');
    const revised = readFileSync(REVISION, 'utf8');
    expect(clause(result.output, 'werk.twijfel')).toBe(clause(revised, 'werk.twijfel'));
    expect(result.output).toContain('3. {#werk.twijfel}');
    expect(clause(result.output, 'up.klimaat')).toBe(clause(old, 'up.klimaat'));
    const decided = result.findings.filter((finding) => finding.ruleId === 'import-proposal');
    expect(
      decided.filter((finding) => finding.messageId === 'import-proposal.accepted').map((f) => f.params?.id),
    ).toEqual(['werk.twijfel']);
  });

  it('refuses a clause ID with no proposal in it, naming the clauses that have one', async () => {
    const error = await thrown(() =>
      importDocument(revision, { dryRun: true, changes: 'accept', changeIds: ['up.belang'] }),
    );
    expect(error.finding.messageId).toBe('import-refused.no-proposal-in');
    expect(error.message).toContain('up.belang');
  });

  it('keeps a comment beside its clause, as an HTML comment, and lists it', async () => {
    const commented = withComment(
      reglement,
      'De vertrouwenspersoon gaat na',
      'Jan Jansen',
      'Geldt dit ook voor personeel?',
    );
    const into = target('comment', REGLEMENT);
    const result = await importDocument(docxFile('comment', commented), { into });
    const now = readFileSync(into, 'utf8');
    expect(now).toContain('verdere procedure. <!-- Word: Jan Jansen, 2026-01-12: Geldt dit ook voor personeel? -->');
    expect(counted(diffTexts(readFileSync(REGLEMENT, 'utf8'), now))).toEqual([]);
    expect(result.findings.find((finding) => finding.ruleId === 'import-comment')?.params).toMatchObject({
      id: 'vertrouwenspersoon.taak',
      author: 'Jan Jansen',
    });
    // Brought in again, the comment is not written twice.
    await importDocument(docxFile('comment', commented), { into });
    expect(readFileSync(into, 'utf8')).toBe(now);
  });
});
