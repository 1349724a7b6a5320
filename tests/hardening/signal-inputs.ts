// Inputs that keep a command busy for several seconds, for the signal cases (tests/fixtures/bad/cases-signals.yaml):
// a signal must find the command in the middle of its work, not done. Made at test time, deterministically.

const SENTENCES = [
  'Medewerkers en leerlingen gebruiken sociale media op een manier die past bij de identiteit van de school.',
  'Het is niet toegestaan foto’s of filmpjes van leerlingen te plaatsen zonder toestemming van de ouders.',
  'De school onderkent de mogelijkheden van sociale media en stimuleert een verantwoord gebruik ervan.',
  'Bij een incident neemt de mentor binnen vijf werkdagen contact op met de ouders en de schoolleiding.',
  'Dit protocol wordt jaarlijks geëvalueerd en zo nodig bijgesteld na advies van de medezeggenschapsraad.',
];

/** Sentence `n` of an edition: editions differ in every sentence. */
function sentence(n: number, edition: number): string {
  return `${SENTENCES[(n + edition) % SENTENCES.length]} Regel ${n} over ${(n * 7 + edition) % 113} gevallen.`;
}

/** A plain-text document of `lines` numbered lines in articles of twenty (4 MB at 30 000), as a Word export gives. */
function plainText(lines: number): Uint8Array {
  const parts = ['Protocol sociale media\n\n'];
  for (let n = 0; n < lines; n++) {
    if (n % 20 === 0) parts.push(`\nArtikel ${n / 20 + 1} Onderwerp ${n}\n\n`);
    parts.push(`${(n % 20) + 1}. ${sentence(n, 0)}\n`);
  }
  return Buffer.from(parts.join(''), 'utf8');
}

/** A policy of `clauses` clauses with IDs, in articles of twenty; `blank` blank lines between clauses. */
function policy(clauses: number, edition: number, blank = 1): Uint8Array {
  const gap = '\n'.repeat(blank + 1);
  const parts = [
    `---\nid: groot\ntitle: Groot protocol\norganisation: School ${edition}\nversion: "1.0"\nlang: nl\n---\n`,
  ];
  for (let n = 0; n < clauses; n++) {
    const article = Math.floor(n / 20) + 1;
    if (n % 20 === 0) parts.push(`\n## Artikel ${article} {#a${article}}\n\n`);
    parts.push(`{#a${article}.${(n % 20) + 1}} ${sentence(n, edition)}${gap}`);
  }
  return Buffer.from(parts.join(''), 'utf8');
}

export const SIGNAL_INPUTS: Record<string, () => Uint8Array> = {
  'text-30000-lines': () => plainText(30_000),
  'clauses-15000-edition-0': () => policy(15_000, 0),
  'clauses-15000-edition-1': () => policy(15_000, 1),
  'clauses-15000-edition-2': () => policy(15_000, 2),
  'clauses-15000-edition-3': () => policy(15_000, 3),
  'clauses-15000-edition-4': () => policy(15_000, 4),
  'clauses-15000-edition-5': () => policy(15_000, 5),
  // Blank lines doubled: a finished `fmt --write` would change the file.
  'clauses-15000-unformatted': () => policy(15_000, 0, 2),
  'clauses-5000-edition-0': () => policy(5_000, 0),
  'clauses-5000-edition-1': () => policy(5_000, 1),
  'clauses-18000-edition-0': () => policy(18_000, 0),
};
