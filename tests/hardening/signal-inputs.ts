// Inputs for the signal cases (tests/fixtures/bad/cases-signals.yaml, signals.cli.test.ts): real documents, made at
// test time, deterministically. A run is held at a point of its work until the signal comes (interrupt.ts), so they
// need not keep a command busy for seconds.

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
export function plainText(lines: number): string {
  const parts = ['Protocol sociale media\n\n'];
  for (let n = 0; n < lines; n++) {
    if (n % 20 === 0) parts.push(`\nArtikel ${n / 20 + 1} Onderwerp ${n}\n\n`);
    parts.push(`${(n % 20) + 1}. ${sentence(n, 0)}\n`);
  }
  return parts.join('');
}

/** A policy of `clauses` clauses with IDs, in articles of twenty; `blank` blank lines between clauses. */
export function policy(clauses: number, edition: number, blank = 1): string {
  const gap = '\n'.repeat(blank + 1);
  const parts = [
    `---\nid: groot\ntitle: Groot protocol\norganisation: School ${edition}\nversion: "1.0"\nlang: nl\n---\n`,
  ];
  for (let n = 0; n < clauses; n++) {
    const article = Math.floor(n / 20) + 1;
    if (n % 20 === 0) parts.push(`\n## Artikel ${article} {#a${article}}\n\n`);
    parts.push(`{#a${article}.${(n % 20) + 1}} ${sentence(n, edition)}${gap}`);
  }
  return parts.join('');
}

/** A PDF of `pages` A4 pages of 50 numbered lines each (Helvetica, uncompressed), as an exported policy might be. */
function pagedPdf(pages: number): Uint8Array {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const kids: string[] = [];
  for (let page = 0; page < pages; page++) {
    const lines = Array.from({ length: 50 }, (_, row) => {
      const n = page * 50 + row;
      const text = `${(n % 20) + 1}. ${sentence(n, 0)}`.replace(/[()\\’ë]/g, (c) =>
        c === '’' ? "'" : c === 'ë' ? 'e' : '',
      );
      return `BT /F1 9 Tf 40 ${800 - row * 15} Td (${text}) Tj ET`;
    });
    const content = `${lines.join('\n')}\n`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${objects.length + 2} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    );
    kids.push(`${objects.length} 0 R`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}endstream`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const at = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

// Small: a run is held where it is signalled, so the size is no part of a case (400 clauses, 600 lines and 20 pages
// made the cases' runs 8.2 CPU seconds; a PDF of 20 pages took 1.34 s to import).
export const SIGNAL_INPUTS: Record<string, () => Uint8Array> = {
  'text-60-lines': () => utf8(plainText(60)),
  'pdf-2-pages': () => pagedPdf(2),
  'clauses-40-edition-0': () => utf8(policy(40, 0)),
  'clauses-40-edition-1': () => utf8(policy(40, 1)),
  'clauses-40-edition-2': () => utf8(policy(40, 2)),
  'clauses-40-edition-3': () => utf8(policy(40, 3)),
  'clauses-40-edition-4': () => utf8(policy(40, 4)),
  'clauses-40-edition-5': () => utf8(policy(40, 5)),
  // Blank lines doubled: a finished `fmt --write` would change the file.
  'clauses-40-unformatted': () => utf8(policy(40, 0, 2)),
};
