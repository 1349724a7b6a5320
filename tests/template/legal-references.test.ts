// Every legal reference in templates/ is read against the law as it stands (issue 70): each YAML file under
// templates/ is walked whole, so a file another change adds (a sector's duties, say) is held to the same rule. A
// mapping with a `law` and an `article` (a topic list's `law:` entry, a duty), a `basis` (a procedure's step) or a
// `reviewBasis` is a legal reference: it must name an article the recorded text of templates/law/ has, quote words
// that text holds, and say where it was read (`checked:`, the consolidation's address with its date); a basis that
// names no article says in `checked:` why nothing could be read, never a bare "unverified".
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleNumber, type RecordedLaw, readLawIndex, referenceProblems } from '../../src/procedure/law-index.js';
import { PROJECT_ROOT } from '../support/paths.js';

const TEMPLATES = join(PROJECT_ROOT, 'templates');
/** A consolidation's address with its date, as wetten.overheid.nl and EUR-Lex write it. */
const DATED_ADDRESS = /^https:\/\/\S*(\d{4}-\d{2}-\d{2}|\d{8})/;

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'law' && folder === TEMPLATES ? [] : yamlFiles(path);
    return name.endsWith('.yaml') || name.endsWith('.yml') ? [path] : [];
  });
}

type Node = Record<string, unknown>;

function mappings(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const item of value) mappings(item, out);
  else if (value !== null && typeof value === 'object') {
    out.push(value as Node);
    for (const child of Object.values(value)) mappings(child, out);
  }
  return out;
}

/**
 * The articles a basis names, each with its law: "WMS art. 13 lid 1 sub g; vso: art. 14 lid 1 sub a" and "WMS art. 23
 * lid 2 met art. 26 (twee derde …)" name two of one law; an article after another law's name is of that law.
 */
function basisArticles(laws: ReadonlyMap<string, RecordedLaw>, law: string, basis: string) {
  const names = [...laws.keys()].sort((a, b) => b.length - a.length);
  const ends = /(?=\s+(?:en\s+|met\s+)?(?:\S+\s+)?art\.\s|;|\(|$)/;
  return [...basis.matchAll(new RegExp(`art\\.\\s+[^;()]*?${ends.source}`, 'g'))].map((match) => {
    const before = basis.slice(0, match.index).trimEnd();
    return { law: names.find((name) => before.endsWith(name)) ?? law, article: match[0].trim() };
  });
}

/** A basis as a procedure writes it: "WMS art. 10 onder g", or words that name no article ("bevoegd gezag"). */
function basisProblems(laws: ReadonlyMap<string, RecordedLaw>, basis: string, checked: unknown): string[] {
  const law = [...laws.keys()].sort((a, b) => b.length - a.length).find((name) => basis.startsWith(`${name} art.`));
  if (law) {
    const [first, ...further] = basisArticles(laws, law, basis);
    if (!first) return [`${basis}: names no article after "art."`];
    const problems = referenceProblems(laws, { ...first, ...(typeof checked === 'string' ? { checked } : {}) });
    // A further article is held to the recorded text too; `checked` is the address of the first.
    for (const reference of further) {
      const number = articleNumber(reference.article);
      const address = number === undefined ? undefined : laws.get(reference.law)?.articles.get(number)?.address;
      const found = referenceProblems(laws, { ...reference, ...(address ? { checked: address } : {}) });
      problems.push(...found.map((problem) => `${basis}: ${problem}`));
    }
    return problems;
  }
  if (/\bart\.\s/.test(basis)) return [`${basis}: names an article of a law templates/law/ does not record`];
  if (typeof checked !== 'string' || checked.trim().split(/\s+/).length < 4)
    return [`${basis}: names no article, so checked: must say why nothing could be read (not "${String(checked)}")`];
  return [];
}

/** A reference written "WPO art. 13a lid 1": read as the law and article, quoting `words`, or saying why not read. */
function articleProblems(
  laws: ReadonlyMap<string, RecordedLaw>,
  reference: string,
  words: unknown,
  checked: unknown,
): string[] {
  const law = [...laws.keys()].sort((a, b) => b.length - a.length).find((name) => reference.startsWith(`${name} art.`));
  // An article that was not read says why ("Niet nagelezen: …"), and quotes nothing.
  const reason = typeof checked === 'string' && !/^https?:/.test(checked) && checked.trim().split(/\s+/).length >= 4;
  if (reason && words === undefined) return [];
  if (!law) return [`${reference}: a law templates/law/ does not record, so checked: must say why it was not read`];
  if (typeof checked !== 'string' || !DATED_ADDRESS.test(checked))
    return [`${reference}: checked: must be the consolidation's address with its date`];
  return referenceProblems(laws, {
    law,
    article: reference.slice(law.length + 1),
    ...(typeof words === 'string' ? { words } : {}),
    checked,
  });
}

/** Every problem of every legal reference in the YAML files under `templates`, each with its file. */
function problemsIn(templates: string): string[] {
  const laws = readLawIndex(templates);
  const problems: string[] = [];
  for (const file of yamlFiles(templates)) {
    const shown = relative(templates, file);
    for (const node of mappings(parse(readFileSync(file, 'utf8')))) {
      const say = (found: string[]) => problems.push(...found.map((problem) => `${shown}: ${problem}`));
      if (node.checked === 'unverified' || node.reviewChecked === 'unverified' || node.council === 'unverified')
        say(['a bare "unverified": say why the text could not be read']);
      // A council's right that no article names (a duty's `council:` without `right`) says why, as a basis does.
      if (node.right === undefined && node.article === undefined && typeof node.checked === 'string')
        if (!/^https?:/.test(node.checked) && node.checked.trim().split(/\s+/).length < 4)
          say([`checked: "${node.checked}" must say why no article names it`]);
      if (typeof node.law === 'string' && typeof node.article === 'string') {
        const { law, article, words, checked } = node;
        if (typeof checked !== 'string' || !DATED_ADDRESS.test(checked))
          say([`${law} ${article}: checked: must be the consolidation's address with its date`]);
        say(
          referenceProblems(laws, {
            law,
            article,
            ...(typeof words === 'string' ? { words } : {}),
            ...(typeof checked === 'string' ? { checked } : {}),
          }),
        );
      }
      // A duty writes its reference as one string, "WPO art. 13a lid 1", with the law's words beside it.
      if (typeof node.law !== 'string' && typeof node.article === 'string' && /\bart\.\s/.test(node.article))
        say(articleProblems(laws, node.article, node.words, node.checked));
      if (typeof node.basis === 'string') say(basisProblems(laws, node.basis, node.checked));
      if (typeof node.reviewBasis === 'string') say(basisProblems(laws, node.reviewBasis, node.reviewChecked));
    }
  }
  return problems;
}

describe('legal references in templates/', () => {
  it('each names an article the recorded law text has, in its words, checked at a dated address', () => {
    expect(problemsIn(TEMPLATES)).toEqual([]);
  });

  it('finds the references it judges: topic lists and procedures', () => {
    const files = yamlFiles(TEMPLATES).map((file) => relative(TEMPLATES, file));
    expect(files).toContain('topics/klachtenregeling.yaml');
    for (const sector of ['po', 'vo', 'so', 'vso', 'mbo']) {
      expect(files).toContain(`duties/${sector}.yaml`);
      expect(files).toContain(`procedures/${sector}.yaml`);
    }
    const laws = readLawIndex(TEMPLATES);
    expect([...laws.keys()].sort()).toEqual([
      'AVG',
      'Awb',
      'Besluit verplichte meldcode',
      'WEB',
      'WEC',
      'WMS',
      'WOR',
      'WPO',
      'WVO 2020',
      'Wbk',
    ]);
    for (const law of laws.values()) expect(law.address).toMatch(DATED_ADDRESS);
  });

  it('fails on a reference without a dated address, to an article or lid the text lacks, or in other words', () => {
    const copy = mkdtempSync(join(tmpdir(), 'legal-references-'));
    cpSync(join(TEMPLATES, 'law'), join(copy, 'law'), { recursive: true });
    writeFileSync(
      join(copy, 'duties.yaml'),
      [
        'duties:',
        '  - { law: WPO, article: art. 14 lid 2 onder c, words: de termijn waarbinnen de klager een klacht kan indienen }',
        "  - { law: WPO, article: art. 8 lid 5, words: het schoolondersteuningsprofiel, checked: 'https://wetten.overheid.nl/BWBR0003420/2026-08-01#Artikel8' }",
        "  - { law: WPO, article: art. 14 lid 12, words: Deze regeling, checked: 'https://wetten.overheid.nl/BWBR0003420/2026-08-01#Artikel14' }",
        "  - { law: WVO, article: art. 24b, words: schoolgids, checked: 'https://wetten.overheid.nl/BWBR0002399/2015-01-01#Artikel24b' }",
        "  - { law: Awb, article: art. 9:11 lid 1, words: binnen zes weken, checked: 'https://wetten.overheid.nl/BWBR0005537/2026-07-01#Artikel911' }",
        '  - { article: WPO art. 13a lid 9, words: het schoolplan, checked: "https://wetten.overheid.nl/BWBR0003420/2026-08-01#Artikel13a" }',
        '  - { article: Wet X art. 3, words: iets }',
        '  - { title: Meldcode, council: unverified }',
        "  - { council: { right: instemming, part: whole, article: WEB art. 8a.2.2 lid 3 onder z, words: de klachtenregelingen, checked: 'https://wetten.overheid.nl/BWBR0007625/2026-08-01#Artikel8a.2.2' } }",
        "  - { council: { checked: 'nvt' } }",
        'steps:',
        '  - { basis: WMS art. 10 onder g, checked: unverified }',
        '  - { basis: bevoegd gezag, checked: unverified }',
        '  - { basis: WMS art. 99, checked: "https://wetten.overheid.nl/BWBR0020685/2025-08-01#Artikel99" }',
        "  - { basis: 'WMS art. 13 lid 1 sub g; vso: art. 14 lid 4 sub a', checked: 'https://wetten.overheid.nl/BWBR0020685/2025-08-01#Artikel13' }",
        "  - { basis: WMS art. 26 met art. 23 lid 1, checked: 'https://wetten.overheid.nl/BWBR0020685/2025-08-01#Artikel26' }",
      ].join('\n'),
    );
    const problems = problemsIn(copy);
    const about = (text: string) => problems.filter((problem) => problem.includes(text));
    expect(about('art. 14 lid 2 onder c: checked: must be')).toHaveLength(1);
    expect(about('does not have the words "het schoolondersteuningsprofiel"')).toHaveLength(1);
    expect(about('has no lid 12')).toHaveLength(1);
    expect(about('WVO is not recorded')).toHaveLength(1);
    expect(about('WMS art. 10 onder g')).not.toHaveLength(0);
    expect(about('bevoegd gezag: names no article')).toHaveLength(1);
    expect(about('WMS art. 99')).toHaveLength(1);
    expect(about('WPO art. 13a lid 9: the recorded text of article 13a has no lid 9')).toHaveLength(1);
    expect(about('Wet X art. 3: a law templates/law/ does not record')).toHaveLength(1);
    expect(about('Awb')).toEqual([]);
    expect(about('a bare "unverified"').length).toBeGreaterThanOrEqual(2);
    expect(about('WEB art. 8a.2.2 lid 3 onder z: the recorded text of article 8a.2.2 has no onderdeel z')).toHaveLength(
      1,
    );
    expect(about('does not have the words "de klachtenregelingen"')).toHaveLength(1);
    expect(about('checked: "nvt" must say why')).toHaveLength(1);
    // A basis that names the SO article and the VSO one: each is held to the recorded text.
    expect(
      about('vso: art. 14 lid 4 sub a: WMS art. 14 lid 4 sub a: the recorded text of article 14 has no lid 4'),
    ).toHaveLength(1);
    expect(about('WMS art. 26 met art. 23 lid 1')).toEqual([]);
  });
});
