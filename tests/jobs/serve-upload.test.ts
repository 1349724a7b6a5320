// A document read in on the workplace's overview (/werkplek/inlezen, src/jobs/serve-workplace.ts), in-process behind a
// real HTTP server, in Dutch: what the document does not state is named in Dutch words, with what to do about it on
// the page, and marked in Dutch in the new policy's frontmatter; a PDF the reader cannot read is refused in
// clausemark's words with what to do, the reader's own (English) words only as a technical detail.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadingLevel, Packer, Paragraph, Document as WordDocument } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { noticeOf, startTestWorkplace, type TestWorkplace } from '../support/workplace-endpoint.js';

let repo: TempRepo;
let workplace: TestWorkplace;
const before = messageLanguage();
const fields = { into: 'policies/de-eik', officer: 'A. de Beleidsmedewerker' };

/** The paragraphs of a notice, as text. */
const paragraphs = (notice: string): string[] =>
  [...notice.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1]!.replaceAll('&quot;', '"'));

describe('a document read in on the workplace', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    setMessageLanguage('nl');
    repo = tempRepo();
    mkdirSync(join(repo.root, 'policies', 'de-eik'), { recursive: true });
    repo.write('policies/de-eik/.gitkeep', '');
    repo.commit('start');
    workplace = await startTestWorkplace(repo.root);
  });

  afterAll(async () => {
    setMessageLanguage(before);
    await workplace.close();
  });

  it('names in Dutch what the document does not state, and marks it so in the frontmatter', async () => {
    const children = [
      new Paragraph({ text: 'Klachtenregeling', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: '1 Indienen', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Een klacht dient u schriftelijk in bij de directeur van de school.'),
    ];
    const docx = await Packer.toBuffer(new WordDocument({ sections: [{ children }] }));
    const read = await workplace.upload('/werkplek/inlezen', fields, 'Klachtenregeling.docx', docx);
    expect(read.status).toBe(200);
    const told = paragraphs(noticeOf(read.html, 'done'));
    // What to do about it is said by the page's own form, Gegevens, not by the frontmatter's keys.
    expect(told).toContain(
      'het document vermeldt de versie niet; de frontmatter bevat een tijdelijke waarde — vul de echte versie in onder Gegevens en druk op „Opslaan”',
    );
    expect(told).toContain(
      'het document vermeldt de organisatie niet; de frontmatter bevat een tijdelijke waarde — vul de echte organisatie in onder Gegevens en druk op „Opslaan”',
    );
    expect(told.join('\n')).not.toMatch(/vermeldt (version|organisation)/);
    const written = readFileSync(join(repo.root, 'policies', 'de-eik', 'klachtenregeling.md'), 'utf8');
    expect(written).toMatch(/^version: "1\.0" # niet vermeld in de bron$/m);
    expect(written).not.toContain('not stated');
  });

  it('refuses a damaged PDF in its own words, with what to do, the reader’s words as a detail', async () => {
    const broken = Buffer.from('%PDF-1.4\n1 0 obj\n');
    const read = await workplace.upload('/werkplek/inlezen', fields, 'Pestprotocol.pdf', broken);
    expect(read.status).toBe(400);
    expect(paragraphs(noticeOf(read.html, 'refused'))).toEqual([
      'de PDF is beschadigd of onvolledig en kan niet worden gelezen (technische melding van de pdf-lezer: Invalid PDF structure.)',
      'download of exporteer de PDF opnieuw, of importeer het Word-document waar de PDF van is gemaakt; een afgebroken bestand kan niet worden geïmporteerd',
    ]);
  });
});
