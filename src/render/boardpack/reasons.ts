// The diff engine explains substantive changes in English plain words ("obligation mag → moet", "clause added").
// A Dutch board pack should not switch language mid-sentence, so the phrases the engine uses are put into Dutch
// here; the quoted policy text inside them is left as it is. Phrases this table does not know pass through
// unchanged, and languages other than Dutch keep the English.

const CATEGORY_NL: Record<string, string> = {
  'phone number': 'telefoonnummer',
  number: 'getal',
  date: 'datum',
  time: 'tijdstip',
  amount: 'bedrag',
  negation: 'ontkenning',
  obligation: 'verplichting',
  role: 'rol',
  duration: 'termijn',
  age: 'leeftijd',
  wording: 'formulering',
};

const CATEGORY = new RegExp(`^(${Object.keys(CATEGORY_NL).join('|')}) (.+)$`, 's');

const FIXED_NL: [RegExp, (...groups: string[]) => string][] = [
  [/^clause added$/, () => 'artikel toegevoegd'],
  [/^clause removed$/, () => 'artikel verwijderd'],
  [/^clause rewritten$/, () => 'artikel herschreven'],
  [/^clause split into (\d+)$/, (n) => `artikel gesplitst in ${n}`],
  [/^(\d+) clauses merged into one$/, (n) => `${n} artikelen samengevoegd tot één`],
  [/^… and (\d+) more changes$/, (n) => `… en nog ${n} wijzigingen`],
  [/^text added: (.+)$/s, (quote) => `tekst toegevoegd: ${quote}`],
  [/^text removed: (.+)$/s, (quote) => `tekst verwijderd: ${quote}`],
];

function dutch(reason: string): string {
  for (const [pattern, phrase] of FIXED_NL) {
    const match = pattern.exec(reason);
    if (match) return phrase(...match.slice(1));
  }
  const match = CATEGORY.exec(reason);
  if (!match) return reason;
  const label = CATEGORY_NL[match[1]!]!;
  const rest = match[2]!;
  // "'de ouders' removed" / "'16' added": the quote stays, the verb is translated.
  const removed = /^('.*') removed$/s.exec(rest);
  if (removed) return `${label} ${removed[1]} verwijderd`;
  const added = /^('.*') added$/s.exec(rest);
  if (added) return `${label} ${added[1]} toegevoegd`;
  return `${label} ${rest}`;
}

/** A reason from the diff engine in the language `lang` (nl, nl-BE … get Dutch; others the engine's English). */
export function localiseReason(reason: string, lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] === 'nl' ? dutch(reason) : reason;
}
