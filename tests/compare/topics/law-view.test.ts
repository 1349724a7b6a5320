// "Wat de wet vraagt" applied to what each organisation states it is (issue 70): a requirement that does not bind an
// organisation is "niet van toepassing" with whom it binds, one that may is "indien van toepassing" with the question,
// and a ✓ is given only where a clause states the requirement itself. School law is "onbekend of dit geldt", with
// who could record what it is, for an organisation that has not said what kind of school it is; an Awb chapter 9 requirement the law applies directly to a public
// body is "geldt rechtstreeks" where no clause states it, never missing. Every format of compare says as of which
// date the law texts were read. The organisations state what they are once, in their procedure.yaml.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alignment, LawRow } from '../../../src/compare/read/types.js';
import type { LegalBasis } from '../../../src/compare/read/topic-list.js';
import { readTopicList } from '../../../src/compare/read/topic-list.js';
import { lawView } from '../../../src/compare/topics/law-view.js';
import { compareJob } from '../../../src/jobs/compare.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { type OrganisationProfile, organisationProfile } from '../../../src/procedure/organisation.js';
import { reportAlignment } from '../../../src/report/corpus/reports.js';
import { renderComparisonHtml } from '../../../src/report/documents/standalone.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const REGULATION = (organisation: string, handling: string, lang = 'nl'): string =>
  [
    '---',
    'id: klachtenregeling',
    'title: Klachtenregeling',
    `organisation: ${organisation}`,
    'version: "1.0"',
    `lang: ${lang}`,
    '---',
    '',
    '# Klachtenregeling',
    '',
    '## Indienen',
    '',
    'Een klacht wordt schriftelijk ingediend bij de klachtencommissie. Het klaagschrift bevat de naam en het adres van de indiener, de dagtekening en een omschrijving van de gedraging.',
    '',
    '## Afhandeling',
    '',
    handling,
    '',
    '## Geheimhouding',
    '',
    'Ieder die bij de behandeling van een klacht betrokken is, is verplicht tot geheimhouding van vertrouwelijke gegevens.',
    '',
  ].join('\n');

/**
 * A project with a school (po), a public body and an organisation that stated nothing, each in its folder; their
 * regulations in `lang` (the comparison's language: its base document's).
 */
function project(lang = 'nl'): string {
  const root = mkdtempSync(join(tmpdir(), 'law-view-'));
  const write = (org: string, declaration: string | undefined, handling: string) => {
    mkdirSync(join(root, 'policies', org), { recursive: true });
    if (declaration) writeFileSync(join(root, 'policies', org, 'procedure.yaml'), declaration);
    writeFileSync(join(root, 'policies', org, 'klachtenregeling.md'), REGULATION(org, handling, lang));
  };
  write('school', 'sector: po\n', 'De klachtencommissie deelt haar oordeel binnen zes weken mee.');
  // A two-week acknowledgement is a term, but not the six-week handling term of Awb 9:11.
  write(
    'dienst',
    'body: bestuursorgaan\nworkers: 120\n',
    'U ontvangt binnen twee weken een ontvangstbevestiging van uw klacht.',
  );
  write('vereniging', undefined, 'De klacht wordt binnen zes weken na ontvangst afgehandeld.');
  return root;
}

async function lawOf(root: string): Promise<NonNullable<Alignment['law']>> {
  const out = await compareJob([join(root, 'policies')], { root, format: 'json' });
  const alignment = JSON.parse(String(out)) as Alignment;
  expect(alignment.law).toBeDefined();
  return alignment.law as NonNullable<Alignment['law']>;
}

const row = (rows: readonly LawRow[], name: string): LawRow | undefined =>
  rows.find((candidate) => `${candidate.law} ${candidate.article}` === name);

describe('what the law asks, applied to the organisation', () => {
  it('reads what an organisation states it is from its procedure.yaml, once', () => {
    const root = project();
    expect(organisationProfile(join(root, 'policies', 'school', 'klachtenregeling.md'), root)).toMatchObject({
      sector: 'po',
      body: 'bevoegd-gezag',
    });
    expect(organisationProfile(join(root, 'policies', 'dienst', 'klachtenregeling.md'), root)).toMatchObject({
      body: 'bestuursorgaan',
      workers: 120,
    });
    expect(organisationProfile(join(root, 'policies', 'vereniging', 'klachtenregeling.md'), root)).toEqual({
      answers: {},
    });
  });

  it('binds a school by the WPO and a public body by the Awb, neither by the other; what is unstated may apply', async () => {
    const root = project();
    const law = await lawOf(root);
    const group = (key: string) => law.groups.find((candidate) => candidate.key === key)?.rows ?? [];
    const school = group('school');
    const body = group('dienst');
    const unknown = group('vereniging');
    expect(school.filter((entry) => entry.law === 'WPO').every((entry) => entry.applies === 'binds')).toBe(true);
    expect(school.filter((entry) => entry.law === 'Awb').every((entry) => entry.applies === 'not-applicable')).toBe(
      true,
    );
    expect(body.filter((entry) => entry.law !== 'Awb').every((entry) => entry.applies === 'not-applicable')).toBe(true);
    expect(body.filter((entry) => entry.law === 'Awb').every((entry) => entry.applies === 'binds')).toBe(true);
    expect(row(body, 'WPO art. 14 lid 8')).toMatchObject({
      applies: 'not-applicable',
      who: 'het bevoegd gezag van een school in het primair onderwijs (WPO)',
    });
    // Nothing stated: nothing is shown as binding. The Awb may apply; school law is "onbekend of dit geldt", with no
    // finding (no ✓, no "niet gevonden"): it does not bind a municipality, and the organisation may be one.
    expect(unknown.filter((entry) => entry.law === 'Awb').every((entry) => entry.applies === 'if-applicable')).toBe(
      true,
    );
    const schoolLaw = unknown.filter((entry) => entry.law !== 'Awb');
    expect(schoolLaw.length).toBeGreaterThan(20);
    for (const entry of schoolLaw) {
      expect(entry.applies, `${entry.law} ${entry.article}`).toBe('schools-only');
      expect(entry.finding, `${entry.law} ${entry.article}`).toBeUndefined();
    }
    // Each named part its own line.
    for (const part of ['a', 'b', 'c', 'd']) expect(row(school, `WPO art. 14 lid 2 onder ${part}`)).toBeDefined();
    for (const part of ['a', 'b', 'c']) expect(row(body, `Awb art. 9:4 lid 2 onder ${part}`)?.finding).toBe('met');
    // A term for something else is no handling term, and none is needed: the Awb's own six weeks apply to the body.
    expect(row(body, 'Awb art. 9:11 lid 1')).toMatchObject({
      finding: 'direct',
      direct: expect.stringMatching(/termijn van zes weken/),
    });
    // Registration and yearly publication (9:12a) the body must arrange: not found is not "geldt rechtstreeks".
    expect(row(body, 'Awb art. 9:12a')?.finding).toBe('topic');
    expect(row(body, 'Awb art. 9:12a')?.direct).toBeUndefined();
    expect(row(unknown, 'Awb art. 9:11 lid 1')?.finding).toBe('met');
    expect(row(school, 'WPO art. 14 lid 8')?.finding).toBe('met');
    expect(law.asOf).toEqual(
      expect.arrayContaining([
        { law: 'WPO', date: '2026-08-01' },
        { law: 'Awb', date: '2026-07-01' },
      ]),
    );
  });

  it('every format says as of which date the law was read, and "niet van toepassing" / "indien van toepassing"', async () => {
    const root = project();
    for (const format of ['text', 'md', 'html']) {
      const out = String(await compareJob([join(root, 'policies')], { root, format }));
      expect(out, format).toContain('WPO 1 augustus 2026');
      expect(out, format).toContain('Awb 1 juli 2026');
      expect(out, format).toContain('niet van toepassing: geldt voor een bestuursorgaan (Awb, hoofdstuk 9)');
      expect(out, format).toContain('indien van toepassing: geldt voor een bestuursorgaan (Awb, hoofdstuk 9)');
      expect(out, format).toContain('onbekend of dit geldt: geldt voor het bevoegd gezag van een school');
      expect(out, format).toContain('geldt rechtstreeks: de Awb stelt zelf de termijn van zes weken');
    }
    const pdf = await compareJob([join(root, 'policies')], { root, format: 'pdf' });
    const file = join(root, 'out.pdf');
    writeFileSync(file, pdf as Uint8Array);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (text.error) return; // pdftotext is missing: the other formats have said it
    const flat = text.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('WPO 1 augustus 2026');
    expect(flat).toContain('niet van toepassing');
    expect(flat).toContain('indien van toepassing');
    expect(flat).toContain('onbekend of dit geldt');
    expect(flat).toContain('geldt rechtstreeks');
  }, 60_000);

  it('an English comparison says whom a requirement binds and why the law applies directly in English, in every format', async () => {
    const root = project('en');
    const english = [
      'not applicable: binds an administrative authority, a bestuursorgaan (Awb, chapter 9)',
      'if applicable: binds an administrative authority, a bestuursorgaan (Awb, chapter 9)',
      'not known whether this applies: binds the competent authority of a primary school (WPO)',
      'applies directly: the Awb itself sets the term of six weeks (ten with a complaints advisory procedure)',
    ];
    const dutch = [/geldt voor/u, /de Awb stelt zelf/u, /bevoegd gezag van een school/u, /hoofdstuk 9/u];
    for (const format of ['text', 'md', 'html']) {
      const out = String(await compareJob([join(root, 'policies')], { root, format }));
      for (const words of english) expect(out, format).toContain(words);
      for (const words of dutch) expect(out, format).not.toMatch(words);
    }
    // The JSON's law view (its topics carry the topic list as it is, in both languages).
    const alignment = JSON.parse(String(await compareJob([join(root, 'policies')], { root, format: 'json' })));
    const law = JSON.stringify((alignment as Alignment).law);
    for (const words of english) expect(law).toContain(words);
    for (const words of dutch) expect(law).not.toMatch(words);
    const body = (alignment as Alignment).law?.groups.find((group) => group.key === 'dienst')?.rows ?? [];
    const term = row(body, 'Awb art. 9:11 lid 1');
    // The JSON's data beside its words: whom it binds and the note, in the comparison's language as its text.
    expect(term).toMatchObject({ finding: 'direct', who: expect.stringMatching(/^an administrative authority/) });
    expect(term?.direct).toBe('the Awb itself sets the term of six weeks (ten with a complaints advisory procedure)');
    const pdf = await compareJob([join(root, 'policies')], { root, format: 'pdf' });
    const file = join(root, 'out.pdf');
    writeFileSync(file, pdf as Uint8Array);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (text.error) return; // pdftotext is missing: the other formats have said it
    const flat = text.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('not known whether this applies: binds the competent authority of a primary school');
    expect(flat).toContain('applies directly: the Awb itself sets the term of six weeks');
    for (const words of dutch) expect(flat).not.toMatch(words);
  }, 60_000);

  it("start's comparison of the corpus applies the same law view, its page with the dates and both words", () => {
    const root = project();
    const policies = ['school', 'dienst', 'vereniging'].map(
      (org) => loadPolicy(join(root, 'policies', org, 'klachtenregeling.md')).policy,
    );
    const alignment = reportAlignment(policies, root);
    const body = alignment.law?.groups.find((group) => group.key === 'dienst')?.rows ?? [];
    expect(row(body, 'WPO art. 14 lid 2 onder c')?.applies).toBe('not-applicable');
    const page = renderComparisonHtml(policies, alignment, root);
    expect(page).toContain('WPO 1 augustus 2026');
    expect(page).toContain('niet van toepassing: geldt voor het bevoegd gezag van een school');
    expect(page).toContain('indien van toepassing');
    expect(page).toContain('onbekend of dit geldt');
  }, 60_000);
});

/** A comparison of one organisation, "org", with one topic citing `law` that the clauses with `texts` cover. */
function oneTopic(law: readonly LegalBasis[], texts: readonly string[]): Alignment {
  const clauses = texts.map((text, n) => ({ id: `c.${n + 1}`, line: n + 1, signals: [], score: 1, text }));
  return {
    documents: [{ key: 'org', name: 'org', path: 'org.md', title: 'org', organisation: 'org', version: '' }],
    provisions: [],
    similarity: {},
    base: 'org',
    topics: [
      {
        id: 'topic',
        name: 'Onderwerp',
        description: '',
        clauses: texts.length ? { org: clauses } : {},
        notFound: {},
        provisions: [],
        law,
      },
    ],
  } as unknown as Alignment;
}

describe('what the law asks: school law, and law that applies directly', () => {
  const klachten = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'klachtenregeling.yaml'));
  const basis = (law: string, article: string): LegalBasis => {
    const found = klachten.topics
      .flatMap((topic) => topic.law ?? [])
      .find((b) => b.law === law && b.article === article);
    expect(found, `${law} ${article}`).toBeDefined();
    return found as LegalBasis;
  };
  /** The row of `law` for one organisation of `profile`, on a topic the clauses with `texts` cover. */
  const rowOf = (law: LegalBasis, profile: OrganisationProfile, texts: string[] = []): LawRow | undefined =>
    lawView(oneTopic([law], texts), [], new Map([['org', profile]]))?.groups[0]?.rows[0];

  it('reads appliesDirectly on the Awb chapter 9 entries a public body is bound by itself, not on 9:12a', () => {
    for (const article of [
      'art. 9:4 lid 2 onder a',
      'art. 9:6',
      'art. 9:8 lid 3',
      'art. 9:11 lid 1',
      'art. 9:12 lid 2',
    ])
      expect(basis('Awb', article).appliesDirectly, article).toEqual({
        nl: expect.stringMatching(/^de Awb .* zelf /),
        en: expect.stringMatching(/^the Awb itself /),
      });
    expect(basis('Awb', 'art. 9:12a').appliesDirectly).toBeUndefined();
    // The WEB entries that apply Awb articles to an mbo institution are left requirements.
    expect(basis('WEB', 'art. 7.5.2 lid 2 (Awb art. 9:11 lid 1)').appliesDirectly).toBeUndefined();
  });

  it('a requirement the law applies directly: ✓ where a clause states it, "direct" where none does, never missing', () => {
    const term = basis('Awb', 'art. 9:11 lid 1');
    const body: OrganisationProfile = { body: 'bestuursorgaan', answers: {} };
    expect(rowOf(term, body, ['De klacht wordt binnen zes weken na ontvangst afgehandeld.'])).toMatchObject({
      applies: 'binds',
      finding: 'met',
      clauses: ['c.1'],
    });
    expect(rowOf(term, body, ['U ontvangt binnen twee weken een ontvangstbevestiging.'])?.finding).toBe('direct');
    expect(rowOf(term, body)).toMatchObject({ finding: 'direct', direct: term.appliesDirectly });
    // The same entry without the mark: a regulation that does not state it is "niet gevonden" as before.
    const { appliesDirectly: _, ...duty } = term;
    expect(rowOf(duty, body)?.finding).toBe('topic');
  });

  it('school law binds only a school: "onbekend of dit geldt" where the organisation said nothing', () => {
    const wpo = basis('WPO', 'art. 14 lid 2 onder c');
    const stating = ['Een klacht wordt ingediend binnen een jaar na de gedraging.'];
    // Stated nowhere what it is: no finding, even where a clause would meet it.
    const unknown = rowOf(wpo, { answers: {} }, stating);
    expect(unknown).toMatchObject({ applies: 'schools-only', who: wpo.binds?.who });
    expect(unknown?.finding).toBeUndefined();
    // A public body, or another kind of body, is no school's board; a primary school's board is bound.
    expect(rowOf(wpo, { body: 'bestuursorgaan', answers: {} }, stating)?.applies).toBe('not-applicable');
    expect(rowOf(wpo, { body: 'ander', answers: {} }, stating)?.applies).toBe('not-applicable');
    expect(rowOf(wpo, { sector: 'po', body: 'bevoegd-gezag', answers: {} }, stating)).toMatchObject({
      applies: 'binds',
      finding: 'met',
    });
  });
});

describe('what the law asks, on conditions answered once', () => {
  /** One organisation's rows for `law`, given its answers (no clause covers the topic). */
  const rowsFor = (law: LegalBasis[], answers: Record<string, 'ja' | 'nee'>): LawRow[] => {
    const alignment = {
      documents: [{ key: 'org', name: 'org', path: 'org.md', title: 'org', organisation: 'org', version: '' }],
      provisions: [],
      similarity: {},
      base: 'org',
      topics: [{ id: 'topic', name: 'Onderwerp', description: '', clauses: {}, notFound: {}, provisions: [], law }],
    } as unknown as Alignment;
    return lawView(alignment, [], new Map([['org', { answers }]]))?.groups[0]?.rows ?? [];
  };
  const reglement = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyreglement.yaml'));
  const bases = reglement.topics.flatMap((topic) => topic.law ?? []);
  const contact = bases.filter((basis) => basis.article === 'art. 13 lid 1 onder a');
  const automated = bases.filter((basis) => basis.article === 'art. 13 lid 2 onder f');

  it("a privacyreglement's AVG art. 13 and 14 wait on whether the reglement informs the people concerned", () => {
    expect(bases.length).toBeGreaterThanOrEqual(15);
    for (const basis of bases) expect(basis.conditions?.[0]?.id, basis.article).toBe('reglement-informeert');
    expect(rowsFor(contact, {})[0]).toMatchObject({
      applies: 'if-applicable',
      // The question in Dutch and English, as the list gives it: each format asks it in its language.
      question: { nl: expect.stringMatching(/reglement/), en: expect.stringMatching(/regulations/) },
    });
    expect(rowsFor(contact, { 'reglement-informeert': 'nee' })[0]?.applies).toBe('not-applicable');
  });

  it('binds once every condition is answered ja; the first unanswered is the question, one answered nee settles it', () => {
    // A condition answered ja binds: it is not left "indien van toepassing" as if unanswered.
    expect(rowsFor(contact, { 'reglement-informeert': 'ja' })[0]?.applies).toBe('binds');
    const second = rowsFor(automated, { 'reglement-informeert': 'ja' })[0];
    const automatedQuestion = { nl: expect.stringMatching(/geautomatiseerde/), en: expect.stringMatching(/automated/) };
    expect(second).toMatchObject({ applies: 'if-applicable', question: automatedQuestion });
    expect(
      rowsFor(automated, { 'reglement-informeert': 'ja', 'geautomatiseerde-besluitvorming': 'ja' })[0]?.applies,
    ).toBe('binds');
    const no = rowsFor(automated, { 'reglement-informeert': 'ja', 'geautomatiseerde-besluitvorming': 'nee' })[0];
    expect(no).toMatchObject({ applies: 'not-applicable', question: automatedQuestion });
    expect(rowsFor(automated, { 'reglement-informeert': 'nee' })[0]?.applies).toBe('not-applicable');
  });
});

describe('what the law asks: a requirement stated in words', () => {
  /** The finding for a requirement met by `meets` (and `alsoMeets`), on a topic the clauses with `texts` cover. */
  const findingOf = (
    meets: string[],
    text: string | string[],
    alsoMeets?: string[][],
  ): LawRow['finding'] | undefined => {
    const law = [
      { law: 'AVG', article: 'art. 13 lid 1 onder a', meets, ...(alsoMeets ? { alsoMeets } : {}) },
    ] as LegalBasis[];
    const texts = Array.isArray(text) ? text : [text];
    return lawView(oneTopic(law, texts), [], new Map())?.groups[0]?.rows[0]?.finding;
  };

  it('meets a requirement only where its last word ends a word, as signals are read', () => {
    expect(findingOf(['e-mail'], 'U kunt ons bereiken per e-mail.')).toBe('met');
    // An e-mail address in a list of data is not how one can reach the organisation (a compound is its last part).
    expect(findingOf(['e-mail'], 'Wij verwerken uw naam en e-mail-adres.')).toBe('unmet');
    expect(findingOf(['e-mail*'], 'Wij verwerken uw naam en e-mail-adres.')).toBe('met');
  });

  it('meets a requirement of several parts only where clauses on the topic state each part', () => {
    const members = ['ten minste drie leden'];
    const chair = [['voorzitter .. geen deel uitmaakt van het bevoegd gezag', 'onafhankelijke voorzitter']];
    // Three members are half of WPO art. 14 lid 4 onder a: the chair from outside the board is the other half.
    expect(findingOf(members, 'De klachtencommissie bestaat uit ten minste drie leden.', chair)).toBe('unmet');
    expect(
      findingOf(
        members,
        [
          'De klachtencommissie bestaat uit ten minste drie leden.',
          'De voorzitter van de klachtencommissie is de voorzitter van het college van bestuur.',
        ],
        chair,
      ),
    ).toBe('unmet');
    expect(
      findingOf(
        members,
        [
          'De klachtencommissie bestaat uit ten minste drie leden.',
          'De voorzitter is een persoon die geen deel uitmaakt van het bevoegd gezag.',
        ],
        chair,
      ),
    ).toBe('met');
  });
});
