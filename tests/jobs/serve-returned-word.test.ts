// A returned Word document brought back in the workplace (src/jobs/serve-returned-word.ts), in-process behind a real
// HTTP server, in Dutch, on De Wilg's adopted pestprotocol in a real git repository: clausemark's own .docx of it with
// a sentence changed, a tracked change and a comment, as Word leaves them. The preview, before anything is saved, says
// what saving will do and names each article as the page does (not by its ID, not as done); once brought in, the
// notice says what changed in the source, each article named as the page names it, not import's count of the
// document's words left out (its cover, contents), whose report the page does not show. Dates in its sentences are
// written as Dutch writes them, not as ISO.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { builtDocx, replacedInBody, withComment, withTrackedChange } from '../support/word.js';
import { noticeOf, startTestWorkplace, type TestWorkplace } from '../support/workplace-endpoint.js';

const POLICY = 'policies/linde/de-wilg/pestprotocol.md';

let repo: TempRepo;
let workplace: TestWorkplace;
let returned: Uint8Array;
const before = messageLanguage();

const baseOf = (html: string): string => /name="base" value="([^"]*)"/.exec(html)![1]!;
/** The lines the preview tells besides its articles: the list right after its opening paragraph. */
const previewLines = (html: string): string[] =>
  [.../<p>Wat [^<]*<code>[^<]*<\/code><\/p>\n<ul>(.*?)<\/ul>/s.exec(html)![1]!.matchAll(/<li>(.*?)<\/li>/g)].map(
    (match) => match[1]!,
  );

describe('a returned Word document in the workplace', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    setMessageLanguage('nl');
    repo = tempRepo();
    mkdirSync(join(repo.root, 'policies', 'linde', 'de-wilg'), { recursive: true });
    for (const file of ['policies/linde/procedure.yaml', POLICY])
      copyFileSync(join(PROJECT_ROOT, file), join(repo.root, file));
    repo.commit('start');
    const built = await builtDocx(join(repo.root, POLICY), join(repo.root, 'out'));
    const changed = replacedInBody(built, 'ook niet online', 'ook niet online of op het schoolplein');
    const proposed = withTrackedChange(changed, 'twee schooldagen', 'één schooldag', 'M. Jansen');
    returned = withComment(proposed, 'zes weken wekelijks', 'P. de Boer', 'Is zes weken genoeg?');
    workplace = await startTestWorkplace(repo.root);
  });

  afterAll(async () => {
    setMessageLanguage(before);
    await workplace.close();
  });

  async function preview(): Promise<string> {
    const page = await workplace.call('GET', `/werkplek/beleid?bestand=${encodeURIComponent(POLICY)}`);
    const fields = { bestand: POLICY, base: baseOf(page.html) };
    const read = await workplace.upload('/werkplek/terugbrengen', fields, 'Pestprotocol gelezen.docx', returned);
    expect(read.status, noticeOf(read.html, 'refused')).toBe(200);
    return read.html;
  }

  it('says on the preview what saving will do, naming each article as the page does', async () => {
    const html = await preview();
    const source = readFileSync(join(repo.root, POLICY), 'utf8');
    const lines = previewLines(html);
    expect(lines).toContain(
      'Artikel 1 (Uitgangspunt): “Op De Wilg voelt iedereen zich…” is in Word gewijzigd: bij opslaan komt de nieuwe tekst in de bron',
    );
    expect(lines).toContain(
      'Dit beleid is vastgesteld: opslaan wijzigt de tekst, en dan dekt de vaststelling die niet meer (het beleid is dan weer een concept tot het opnieuw is vastgesteld)',
    );
    // Nothing is said as done, and no article by its ID: nothing is saved yet.
    expect(lines.join('\n')).not.toMatch(/staat in de bron|is nu gewijzigd|uit\.veilig|"aan\./);
    expect(readFileSync(join(repo.root, POLICY), 'utf8')).toBe(source);
  });

  it('writes the dates of its sentences as Dutch writes them: a review due, a proposal, a comment', async () => {
    const overview = await workplace.call('GET', '/werkplek/');
    expect(overview.html).toContain('evaluatie nodig sinds 1 september 2025');
    const html = await preview();
    expect(html).toContain('<td>M. Jansen (12 januari 2026)</td>');
    expect(html).toContain('Opmerking van P. de Boer (12 januari 2026): Is zes weken genoeg?');
    expect(html).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  });

  it('says once brought in what changed in the source, not the words of the document left out', async () => {
    const html = await preview();
    const waiting = /name="wacht" value="([^"]*)"/.exec(html)![1]!;
    const fields = { wacht: waiting, 'keuze-aan.gesprek': 'aanvaarden', officer: 'A. de Beleidsmedewerker' };
    const brought = await workplace.post('/werkplek/terugbrengen/besluit', fields);
    expect(brought.status).toBe(200);
    const told = noticeOf(brought.html, 'done');
    expect(told).toContain(
      'Pestprotocol gelezen.docx teruggebracht in policies/linde/de-wilg/pestprotocol.md: 2 gewijzigd, 0 toegevoegd, 0 verwijderd, 0 verplaatst, 0 in conflict',
    );
    expect(told).not.toMatch(/weggelaten|verslag/);
    // What was done, each article named as the page names it, never by its ID.
    expect(told).toContain(
      'Artikel 1 (Uitgangspunt): “Op De Wilg voelt iedereen zich…” is in Word gewijzigd: de nieuwe tekst staat nu in de bron',
    );
    expect(told).toContain(
      'Het voorstel van M. Jansen (12 januari 2026) in artikel 2.2 (Aanpak): “De leerkracht spreekt binnen één schooldag…” is aanvaard',
    );
    expect(told).not.toMatch(/"uit\.veilig"|"aan\.gesprek"|artikel "/);
    expect(readFileSync(join(repo.root, POLICY), 'utf8')).toContain('binnen één schooldag');
  });
});
