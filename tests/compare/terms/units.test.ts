// Units of a clause (src/compare/terms/units.ts) and the links by which they join another organisation's provision
// (src/compare/passes/unit-links.ts): a clause that states several rules, and tables compared row by row.
import { describe, expect, it } from 'vitest';
import { textHash } from '../../../src/compare/read/confirmations.js';
import { alignPolicies } from '../../../src/compare/index.js';
import type { Alignment } from '../../../src/compare/read/types.js';
import { clauseUnits, sentenceUnits, tableRowUnits } from '../../../src/compare/terms/units.js';
import type { Policy } from '../../../src/model/policy.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';

const policy = (org: string, body: string): Policy =>
  parsePolicy(
    `---\nid: protocol\ntitle: Protocol\norganisation: ${org}\norg: ${org}\nlang: nl\n---\n\n# Protocol\n\n${body}`,
    {
      path: `/corpus/${org}/protocol.md`,
    },
  ).policy;

const clauseOf = (document: Policy, id: string) => allClauses(document).find(({ clause }) => clause.id === id)?.clause;

/** Where a clause sits: the provision that holds it whole, and those that hold a part of it. */
function placesOf(alignment: Alignment, org: string, id: string) {
  const whole = alignment.provisions.findIndex((provision) =>
    provision.members[org]?.some((member) => member.id === id && !member.part),
  );
  const parts = alignment.provisions.flatMap((provision, index) =>
    (provision.members[org] ?? [])
      .filter((member) => member.id === id && member.part)
      .map((member) => ({ index, part: member.part, text: member.text })),
  );
  return { whole, parts };
}

describe('sentence units', () => {
  it('are the sentences and runs of them, never all of them, and abbreviations do not end a sentence', () => {
    const units = sentenceUnits(
      'Leerlingen melden dit o.a. bij de mentor, bijv. per e-mail. Zie art. 5 van het reglement. De school beslist.',
    );
    expect(units.map((unit) => [unit.part, unit.text])).toEqual([
      [{ kind: 'sentence', from: 1, to: 1, of: 3 }, 'Leerlingen melden dit o.a. bij de mentor, bijv. per e-mail.'],
      [{ kind: 'sentence', from: 2, to: 2, of: 3 }, 'Zie art. 5 van het reglement.'],
      [{ kind: 'sentence', from: 3, to: 3, of: 3 }, 'De school beslist.'],
      [
        { kind: 'sentence', from: 1, to: 2, of: 3 },
        'Leerlingen melden dit o.a. bij de mentor, bijv. per e-mail. Zie art. 5 van het reglement.',
      ],
      [{ kind: 'sentence', from: 2, to: 3, of: 3 }, 'Zie art. 5 van het reglement. De school beslist.'],
    ]);
  });

  it('are none for a clause of one sentence', () => {
    expect(sentenceUnits('Medewerkers publiceren geen vertrouwelijke informatie, ook niet o.a. in groepen.')).toEqual(
      [],
    );
  });
});

describe('table rows', () => {
  const table = policy(
    'alpha',
    [
      '## Contact {#contact}',
      '',
      '{#contact.tabel} Wie u kunt bereiken:',
      '',
      '| Functie | Naam | Telefoon |',
      '| --- | --- | --- |',
      '| vertrouwenspersoon | J. de Vries | 010-1234567 |',
      '| mediacoach |  | 010-7654321 |',
      '',
    ].join('\n'),
  );

  it('are read with their header, empty cells left out, the header row not a unit', () => {
    const clause = clauseOf(table, 'contact.tabel');
    expect(clause).toBeDefined();
    const rows = tableRowUnits(clause?.content ?? []);
    expect(rows.map((row) => [row.part, row.text])).toEqual([
      [{ kind: 'row', row: 1, of: 2 }, 'Functie: vertrouwenspersoon; Naam: J. de Vries; Telefoon: 010-1234567'],
      [{ kind: 'row', row: 2, of: 2 }, 'Functie: mediacoach; Telefoon: 010-7654321'],
    ]);
    // A table clause's units are its rows, not sentences of its flattened text.
    expect(clauseUnits(clause?.text ?? '', clause?.content ?? []).map((unit) => unit.part.kind)).toEqual([
      'row',
      'row',
    ]);
  });
});

describe('a clause that states several rules', () => {
  // Alpha states three rules in one clause; Beta and Gamma state the first two in one clause and the third apart.
  const multi =
    'Leerlingen die in strijd met dit protocol handelen maken zich schuldig aan verwijtbaar gedrag. ' +
    'Correspondentie daarover wordt opgenomen in het leerlingendossier van de leerling. ' +
    'Afhankelijk van de ernst van de situatie kan de schoolleiding passende maatregelen nemen, zoals een schorsing.';
  const firstTwo =
    'Leerlingen die in strijd met dit protocol handelen maken zich mogelijk schuldig aan verwijtbaar gedrag. ' +
    'Alle correspondentie hierover wordt opgenomen in het leerlingendossier.';
  const third =
    'Afhankelijk van de ernst van de situatie neemt de schoolleiding passende maatregelen, zoals een schorsing of verwijdering.';
  const filler = (org: string) =>
    [
      `1. {#${org}.fotos} Foto's van leerlingen worden alleen met toestemming van de ouders geplaatst op de website.`,
      `2. {#${org}.twijfel} Bij twijfel over een bericht neemt de medewerker contact op met de leidinggevende.`,
      `3. {#${org}.wachtwoord} Medewerkers delen hun wachtwoord met niemand, ook niet met collega's.`,
    ].join('\n');
  const alpha = policy('alpha', `## Regels {#r}\n\n${filler('a')}\n4. {#a.sancties} ${multi}\n`);
  const beta = policy(
    'beta',
    `## Regels {#r}\n\n${filler('b')}\n4. {#b.gedrag} ${firstTwo}\n5. {#b.maatregelen} ${third}\n`,
  );
  const gamma = policy(
    'gamma',
    `## Regels {#r}\n\n${filler('c')}\n4. {#c.gedrag} ${firstTwo}\n5. {#c.maatregelen} ${third}\n`,
  );

  it('joins one provision whole and another with the sentence that states the other rule', () => {
    const alignment = alignPolicies([alpha, beta, gamma]);
    const { whole, parts } = placesOf(alignment, 'alpha', 'a.sancties');
    expect(alignment.provisions[whole]?.members.beta?.map((member) => member.id)).toEqual(['b.gedrag']);
    expect(parts).toHaveLength(1);
    const [part] = parts;
    expect(part?.part).toEqual({ kind: 'sentence', from: 3, to: 3, of: 3 });
    expect(part?.text).toBe(
      'Afhankelijk van de ernst van de situatie kan de schoolleiding passende maatregelen nemen, zoals een schorsing.',
    );
    const joined = alignment.provisions[part?.index ?? -1];
    expect(joined?.members.beta?.map((member) => member.id)).toEqual(['b.maatregelen']);
    expect(joined?.members.gamma?.map((member) => member.id)).toEqual(['c.maatregelen']);
    // Alpha is no longer absent there, and the reference is a whole clause.
    expect(joined?.absent).toEqual([]);
    expect(joined?.reference).toBe('beta');
  });

  it('adds nothing where the whole clause is the match: a one-rule clause stays one member', () => {
    const alignment = alignPolicies([beta, gamma]);
    const parts = alignment.provisions.flatMap((provision) =>
      Object.values(provision.members)
        .flat()
        .filter((member) => member.part),
    );
    expect(parts).toEqual([]);
  });

  it('keeps apart what a person rejected, for every sentence of the clause', () => {
    const hash = (document: Policy, id: string): string => textHash(clauseOf(document, id)?.text ?? '');
    const alignment = alignPolicies([alpha, beta, gamma], {
      confirmations: [
        {
          verdict: 'different',
          pair: [
            { org: 'alpha', clause: 'a.sancties', hash: hash(alpha, 'a.sancties') },
            { org: 'beta', clause: 'b.maatregelen', hash: hash(beta, 'b.maatregelen') },
          ],
        },
      ],
    });
    expect(alignment.confirmations?.rejected).toBe(1);
    const { parts } = placesOf(alignment, 'alpha', 'a.sancties');
    expect(parts.filter((part) => alignment.provisions[part.index]?.members.beta)).toEqual([]);
  });
});

describe('tables compared by row', () => {
  const table = (cells: string[][]) =>
    ['| Onderwerp | Regel |', '| --- | --- |', ...cells.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  const filler = (org: string) =>
    [
      `1. {#${org}.twijfel} Bij twijfel over een bericht neemt de medewerker contact op met de leidinggevende.`,
      `2. {#${org}.klimaat} Dit protocol draagt bij aan een goed en veilig schoolklimaat voor leerlingen en medewerkers.`,
      `3. {#${org}.media} Sociale media zijn niet meer weg te denken uit de school.`,
    ].join('\n');
  const alpha = policy(
    'alpha',
    `## Regels {#r}\n\n${filler('a')}\n\n## Afspraken {#af}\n\n{#af.tabel} Afspraken:\n\n${table([
      ['Foto’s', 'alleen met schriftelijke toestemming van de ouders plaatsen'],
      ['Wachtwoorden', 'nooit delen met collega’s of leerlingen'],
      ['Vriendschapsverzoeken', 'medewerkers accepteren geen verzoeken van leerlingen'],
      ['Klachten', 'worden binnen twee weken door de directie beantwoord'],
      ['Schoolaccounts', 'beheert de afdeling communicatie met een eigen wachtwoord'],
      ['Berichten over collega’s', 'plaats je niet zonder hun instemming'],
    ])}\n`,
  );

  // Read as one text, the table scores 0.15 against the clause: its other rows drown the one that matches (and the
  // clause stands elsewhere in its document, so no agreement of order vouches for the pair either).
  it('a short clause elsewhere finds the one row of a table that states it', () => {
    const beta = policy(
      'beta',
      `## Vooraf {#v}\n\n{#b.vrienden} Medewerkers accepteren geen vriendschapsverzoeken van leerlingen.\n\n## Regels {#r}\n\n${filler('b')}\n`,
    );
    const alignment = alignPolicies([alpha, beta]);
    const provision = alignment.provisions.find((candidate) =>
      candidate.members.beta?.some((member) => member.id === 'b.vrienden'),
    );
    expect(provision?.members.alpha?.map((member) => member.id)).toEqual(['af.tabel']);
  });
});

describe('provision labels', () => {
  it('end at the first sentence as the splitter reads it, not at the dot of an abbreviation', () => {
    const alpha = policy(
      'alpha',
      '## R {#r}\n\n{#r.1} Leerlingen melden dit o.a. bij de mentor. Daarna volgt een gesprek met de ouders.\n',
    );
    const alignment = alignPolicies([alpha]);
    expect(alignment.provisions[0]?.label).toBe('Leerlingen melden dit o.a. bij de mentor…');
  });
});

describe('two tables in one provision', () => {
  const rows = [
    ['Foto’s', 'alleen met schriftelijke toestemming van de ouders plaatsen'],
    ['Wachtwoorden', 'nooit delen met collega’s of leerlingen'],
    ['Vriendschapsverzoeken', 'medewerkers accepteren geen verzoeken van leerlingen'],
    ['Klachten', 'worden binnen twee weken door de directie beantwoord'],
  ];
  const tableOf = (cells: string[][]) =>
    ['| Onderwerp | Regel |', '| --- | --- |', ...cells.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  const document = (org: string, cells: string[][]) =>
    policy(org, `## Afspraken {#af}\n\n{#af.tabel} Afspraken:\n\n${tableOf(cells)}\n`);

  it('are compared row by row: a changed cell is that row differing, a dropped row missing, a new row added', () => {
    const changed = [
      rows[0],
      rows[2],
      ['Klachten', 'worden binnen vier weken door de directie beantwoord'],
      ['Schoolaccounts', 'beheert de afdeling communicatie'],
    ] as string[][];
    const alignment = alignPolicies([document('alpha', rows), document('beta', changed)]);
    expect(alignment.provisions).toHaveLength(1);
    const [member] = alignment.provisions[0]?.members.beta ?? [];
    expect(member?.rows).toEqual([
      { row: 1, reference: 1, status: 'identical' },
      { reference: 2, status: 'missing' },
      { row: 2, reference: 3, status: 'identical' },
      { row: 3, reference: 4, status: 'reworded' },
      { row: 4, status: 'added' },
    ]);
  });

  it('say nothing of rows when every row is identical', () => {
    const alignment = alignPolicies([document('alpha', rows), document('beta', rows)]);
    expect(alignment.provisions[0]?.members.beta?.[0]?.rows).toBeUndefined();
  });
});
