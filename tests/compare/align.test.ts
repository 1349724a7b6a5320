// alignPolicies on small made-up policies: identical, reworded and absent clauses, N = 2 and N = 3, a clause split
// in two, documents from one template, pathological documents, and the errors a user can run into.
import { describe, expect, it } from 'vitest';
import { absentFrom, alignPolicies, ownProvisions, type Alignment, type Provision } from '../../src/compare/index.js';
import { ClausemarkError } from '../../src/model/errors.js';
import { orgPolicy, modelClauses } from './fixtures.js';

const section = (clauses: string[], title = 'Richtlijnen') => ({ title, clauses });

function provisionWith(alignment: Alignment, key: string, id: string): Provision {
  const found = alignment.provisions.find((provision) => provision.members[key]?.some((member) => member.id === id));
  if (!found) throw new Error(`no provision holds ${key}:${id}`);
  return found;
}

/** The parser's ids for clauses written without one: section slug and position (richtlijnen.3 is the third). */
const nth = (n: number): string => `richtlijnen.${n}`;

describe('two documents', () => {
  const casparus = orgPolicy('casparus-college', 'Casparus College', [section(modelClauses('Casparus College'))]);

  it('aligns identical clauses, organisation names aside, and marks them identical', () => {
    const aeres = orgPolicy('aeres-mbo', 'Aeres MBO', [section(modelClauses('Aeres MBO'))]);
    const alignment = alignPolicies([casparus, aeres]);
    expect(alignment.provisions).toHaveLength(7);
    for (const provision of alignment.provisions) {
      expect(Object.keys(provision.members)).toEqual(['casparus-college', 'aeres-mbo']);
      expect(provision.members['aeres-mbo']?.[0]?.status).toBe('identical');
      expect(provision.members['aeres-mbo']?.[0]?.words).toBeUndefined();
      expect(provision.absent).toEqual([]);
    }
    // Same order as written, label from the base document's text.
    expect(alignment.provisions.map((provision) => provision.members['aeres-mbo']?.[0]?.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map(nth),
    );
    expect(alignment.provisions[0]?.label).toBe('Casparus College onderkent de mogelijkheden van sociale…');
    expect(alignment.similarity['casparus-college']?.['aeres-mbo']).toBe(1);
  });

  it("reports a clause one document lacks as absent there, and each document's own clauses", () => {
    const clauses = modelClauses('Aeres MBO');
    const aeres = orgPolicy('aeres-mbo', 'Aeres MBO', [
      section([
        ...clauses.slice(0, 3),
        ...clauses.slice(4),
        'Personeelsleden voeren via WhatsApp geen discussies met ouders over cijfers.',
      ]),
    ]);
    const alignment = alignPolicies([casparus, aeres]);
    const photos = provisionWith(alignment, 'casparus-college', nth(4));
    expect(Object.keys(photos.members)).toEqual(['casparus-college']);
    expect(photos.absent).toEqual(['aeres-mbo']);
    expect(absentFrom(alignment, photos)).toEqual(['aeres-mbo']);
    expect(
      ownProvisions(alignment, 'casparus-college').map((provision) => provision.members['casparus-college']?.[0]?.id),
    ).toEqual([nth(4)]);
    expect(ownProvisions(alignment, 'aeres-mbo').map((provision) => provision.members['aeres-mbo']?.[0]?.text)).toEqual(
      ['Personeelsleden voeren via WhatsApp geen discussies met ouders over cijfers.'],
    );
    // The provision only Aeres has is its own reference, and stands after the clause it follows there.
    const own = ownProvisions(alignment, 'aeres-mbo')[0];
    expect(own?.reference).toBe('aeres-mbo');
    expect(alignment.provisions.at(-1)).toBe(own);
    // A provision one organisation alone states is "only" that organisation's, in the JSON too, never "identical".
    expect(photos.members['casparus-college']?.[0]?.status).toBe('only');
    expect(own?.members['aeres-mbo']?.[0]?.status).toBe('only');
  });

  it('tells a reworded clause from a different one, with a redline from the reference', () => {
    const flex = orgPolicy('flex-college', 'FLEX-College', [
      section([
        'FLEX-College onderkent het grote belang en de mogelijkheden van sociale media voor het onderwijs.',
        'Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat.',
        'Alle betrokkenen nemen de normale fatsoensnormen in acht. Als fatsoensnormen worden overschreden door pesten, kwetsen of bedreigen, neemt de onderwijsinstelling passende maatregelen.',
      ]),
    ]);
    const alignment = alignPolicies([casparus, flex]);
    const belang = provisionWith(alignment, 'casparus-college', nth(1)).members['flex-college']?.[0];
    expect(belang?.status).toBe('reworded');
    expect(belang?.similarity).toBeGreaterThanOrEqual(0.5);
    expect(belang?.words?.some((op) => op.op === 'insert' && op.text.includes('grote belang'))).toBe(true);
    expect(provisionWith(alignment, 'casparus-college', nth(2)).members['flex-college']?.[0]?.status).toBe('identical');
    const normen = provisionWith(alignment, 'casparus-college', nth(3)).members['flex-college']?.[0];
    expect(normen?.id).toBe(nth(3));
    expect(normen?.status).toBe('different');
    expect(normen?.similarity).toBeLessThan(0.5);
  });

  it('puts a clause that another document split in two into one provision with both halves', () => {
    const whole = modelClauses('Casparus College');
    const joined = orgPolicy('casparus-college', 'Casparus College', [
      section([`${whole[4]} ${whole[5]}`, whole[6] as string]),
    ]);
    const split = orgPolicy('aeres-mbo', 'Aeres MBO', [section(modelClauses('Aeres MBO').slice(4))]);
    for (const alignment of [alignPolicies([joined, split]), alignPolicies([split, joined])]) {
      const provision = provisionWith(alignment, 'casparus-college', nth(1));
      expect(provision.members['aeres-mbo']?.map((member) => member.id)).toEqual([nth(1), nth(2)]);
      expect(
        provisionWith(alignment, 'casparus-college', nth(2)).members['aeres-mbo']?.map((member) => member.id),
      ).toEqual([nth(3)]);
    }
    // The joined text is the reference's whole: both halves together are identical to it.
    const alignment = alignPolicies([joined, split]);
    expect(
      provisionWith(alignment, 'casparus-college', nth(1)).members['aeres-mbo']?.every(
        (member) => member.status === 'identical',
      ),
    ).toBe(true);
  });

  it("does not pair clauses that only share the subject's vocabulary", () => {
    const other = orgPolicy('aloysius', 'Stichting Aloysius', [
      section([
        'Plaats een pasfoto op je account of profiel op sociale media.',
        'Gebruik de LinkedIn groep van de stichting niet als marktplaats.',
        'Alle sectoren hebben een eigen twitter account.',
      ]),
    ]);
    const alignment = alignPolicies([casparus, other]);
    expect(alignment.provisions.every((provision) => Object.keys(provision.members).length === 1)).toBe(true);
    expect(alignment.similarity['casparus-college']?.['aloysius']).toBe(0);
  });
});

describe('three documents', () => {
  it('groups all three into one provision and takes a provision the base lacks from the first that has it', () => {
    const clauses = modelClauses('Aeres MBO');
    const casparus = orgPolicy('casparus-college', 'Casparus College', [
      section(modelClauses('Casparus College').slice(0, 6)),
    ]);
    const aeres = orgPolicy('aeres-mbo', 'Aeres MBO', [section(clauses)]);
    const flex = orgPolicy('flex-college', 'FLEX-College', [
      section(modelClauses('FLEX-College').map((text) => text.replace('Medewerkers zijn', 'Alle medewerkers zijn'))),
    ]);
    const alignment = alignPolicies([casparus, aeres, flex], { base: 'flex-college' });
    expect(alignment.base).toBe('flex-college');
    expect(alignment.provisions).toHaveLength(7);
    const forever = provisionWith(alignment, 'aeres-mbo', nth(7));
    expect(Object.keys(forever.members)).toEqual(['aeres-mbo', 'flex-college']);
    expect(forever.reference).toBe('flex-college');
    const responsible = provisionWith(alignment, 'flex-college', nth(5));
    // The reference is the yardstick, never "identical" to itself.
    expect(responsible.members['flex-college']?.[0]?.status).toBe('reference');
    expect(responsible.members['casparus-college']?.[0]?.status).toBe('reworded');
    expect(responsible.label).toBe('Alle medewerkers zijn persoonlijk verantwoordelijk voor de…');
  });

  it('uses the first document with the provision as reference when the base lacks it', () => {
    const casparus = orgPolicy('casparus-college', 'Casparus College', [
      section(modelClauses('Casparus College').slice(0, 3)),
    ]);
    const aeres = orgPolicy('aeres-mbo', 'Aeres MBO', [section(modelClauses('Aeres MBO').slice(2))]);
    const flex = orgPolicy('flex-college', 'FLEX-College', [section(modelClauses('FLEX-College').slice(3))]);
    const alignment = alignPolicies([casparus, aeres, flex]);
    const photos = provisionWith(alignment, 'aeres-mbo', nth(2));
    expect(photos.reference).toBe('aeres-mbo');
    expect(photos.absent).toEqual(['casparus-college']);
    expect(photos.members['flex-college']?.[0]?.status).toBe('identical');
  });
});

describe('documents from one template', () => {
  const template = (org: string, organisation: string, texts: string[], derivedFrom?: string) =>
    orgPolicy(
      org,
      organisation,
      [{ title: 'Richtlijnen', clauses: texts.map((text, i) => ({ id: `rl.${i + 1}`, text })) }],
      derivedFrom ? { derivedFrom } : {},
    );
  const original = [
    'Medewerkers melden een datalek binnen 24 uur bij de functionaris.',
    'Leerlingen gebruiken hun telefoon niet tijdens de les.',
  ];
  const rewritten = [
    'Een vermoeden van een lek van gegevens gaat direct naar de privacy officer.',
    'Mobiele apparaten blijven in de kluis zolang het lesuur duurt.',
  ];

  it('aligns clauses by id when both derive from the same template, however the words changed', () => {
    const alignment = alignPolicies([
      template('casparus-college', 'Casparus College', original, 'social-media@1.0'),
      template('aeres-mbo', 'Aeres MBO', rewritten, 'social-media@1.0'),
    ]);
    expect(alignment.provisions).toHaveLength(2);
    expect(alignment.provisions.map((provision) => provision.members['aeres-mbo']?.[0]?.id)).toEqual(['rl.1', 'rl.2']);
    expect(alignment.provisions.every((provision) => provision.members['aeres-mbo']?.[0]?.status === 'different')).toBe(
      true,
    );
  });

  it('does not trust equal ids between documents that were not adapted from one template', () => {
    const alignment = alignPolicies([
      template('casparus-college', 'Casparus College', original, 'social-media@1.0'),
      template('aeres-mbo', 'Aeres MBO', rewritten, 'social-media@2.0'),
    ]);
    expect(alignment.provisions).toHaveLength(4);
  });
});

describe('pathological documents', () => {
  const casparus = orgPolicy('casparus-college', 'Casparus College', [section(modelClauses('Casparus College'))]);

  it('aligns a document without clauses: every provision is absent there', () => {
    const empty = orgPolicy('leeg', 'Lege School', []);
    const alignment = alignPolicies([empty, casparus]);
    expect(alignment.base).toBe('leeg');
    expect(alignment.provisions).toHaveLength(7);
    expect(
      alignment.provisions.every(
        (provision) => provision.absent.includes('leeg') && provision.reference === 'casparus-college',
      ),
    ).toBe(true);
    expect(alignment.similarity['leeg']).toEqual({ leeg: 1, 'casparus-college': 0 });
  });

  it('aligns a document of one clause', () => {
    const one = orgPolicy('een', 'Eén School', [section([modelClauses('Eén School')[2] as string])]);
    const alignment = alignPolicies([casparus, one]);
    expect(provisionWith(alignment, 'een', nth(1)).members['casparus-college']?.[0]?.id).toBe(nth(3));
    expect(alignment.provisions.filter((provision) => 'een' in provision.members)).toHaveLength(1);
  });

  it('aligns a single policy with itself only', () => {
    const alignment = alignPolicies([casparus]);
    expect(alignment.provisions).toHaveLength(7);
    // One organisation alone: nothing to be identical to, and no reference to compare with either.
    for (const provision of alignment.provisions)
      expect(provision.members['casparus-college']?.map((member) => member.status)).toEqual(['only']);
    expect(alignment.similarity).toEqual({ 'casparus-college': { 'casparus-college': 1 } });
  });

  it('copes with empty and one-word clauses and duplicate texts', () => {
    const odd = orgPolicy('raar', 'Rare School', [
      section(['Twitter:', 'Twitter:', 'LinkedIn:', 'Alle betrokkenen nemen de reguliere fatsoensnormen in acht.']),
    ]);
    const alignment = alignPolicies([casparus, odd]);
    expect(alignment.provisions.filter((provision) => 'raar' in provision.members)).toHaveLength(4);
    const norms = provisionWith(alignment, 'raar', nth(4));
    expect(norms.members['casparus-college']?.[0]?.status).toBe('reference');
    expect(norms.members['raar']?.[0]?.status).toBe('identical');
  });

  it('gives the same document given twice distinct keys, the second marked as a copy', () => {
    const alignment = alignPolicies([casparus, casparus]);
    expect(alignment.documents.map((document) => document.key)).toEqual([
      'casparus-college',
      'casparus-college-copy-2',
    ]);
    expect(
      alignment.provisions.every(
        (provision) => provision.members['casparus-college-copy-2']?.[0]?.status === 'identical',
      ),
    ).toBe(true);
  });
});

describe('the result', () => {
  const casparus = orgPolicy('casparus-college', 'Casparus College', [section(modelClauses('Casparus College'))]);
  const aeres = orgPolicy('aeres-mbo', 'Aeres MBO', [section(modelClauses('Aeres MBO').reverse())]);

  it('is plain JSON with the documents as given', () => {
    const alignment = alignPolicies([casparus, aeres]);
    expect(JSON.parse(JSON.stringify(alignment))).toEqual(alignment);
    // How a reader cites each clause rides along (read/clause-citations.ts); the rest is the documents as given.
    for (const document of alignment.documents) expect(Object.keys(document.citations ?? {}).length).toBeGreaterThan(0);
    expect(alignment.documents.map(({ citations: _citations, ...rest }) => rest)).toEqual([
      {
        key: 'casparus-college',
        name: 'Casparus College',
        path: 'policies/casparus-college/social-media.md',
        title: 'Protocol sociale media',
        organisation: 'Casparus College',
        version: '1.0',
      },
      {
        key: 'aeres-mbo',
        name: 'Aeres MBO',
        path: 'policies/aeres-mbo/social-media.md',
        title: 'Protocol sociale media',
        organisation: 'Aeres MBO',
        version: '1.0',
      },
    ]);
  });

  it('leaves redlines out when asked to', () => {
    const flex = orgPolicy('flex-college', 'FLEX-College', [
      section(['FLEX-College onderkent het grote belang van sociale media voor het onderwijs.']),
    ]);
    const alignment = alignPolicies([casparus, flex], { redlines: false });
    expect(
      alignment.provisions.every((provision) =>
        Object.values(provision.members)
          .flat()
          .every((member) => member.words === undefined),
      ),
    ).toBe(true);
  });
});

describe('errors', () => {
  it('refuses an empty list', () => {
    expect(() => alignPolicies([])).toThrow(ClausemarkError);
  });

  it('names the documents a base can be', () => {
    const casparus = orgPolicy('casparus-college', 'Casparus College', [section(['Een regel.'])]);
    let error: unknown;
    try {
      alignPolicies([casparus], { base: 'aeres-mbo' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ClausemarkError);
    expect((error as ClausemarkError).format()).toBe(
      "--base: no document with org key 'aeres-mbo' to use as base\n  fix: use one of: casparus-college",
    );
  });
});
