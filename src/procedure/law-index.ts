// The recorded law texts (templates/law/<law>.yaml, docs/law.md): per law, the consolidation read, its date and the
// articles the templates cite, in the words the text in force has. A legal reference in a template (a topic list's
// `law:` entry, a procedure's `basis`, a duty of the board overview) is checked against them without a network: it
// must name an article, lid and onderdeel the recorded text has, quote words the recorded text holds, and say where
// it was read (`checked:`, the consolidation's address with its date).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface RecordedLaw {
  /** The short name references use: "WPO", "Awb", "Besluit verplichte meldcode". */
  law: string;
  file: string;
  /** The date of the consolidated text read (YYYY-MM-DD). */
  asOf: string;
  /** The consolidation's address, with its date. */
  address: string;
  /** Why the text could not be read against the text in force, where it could not. */
  unverified?: string;
  /** The day the recorded articles were last read against the consolidation (YYYY-MM-DD; `check` notes a stale one). */
  checked: string;
  articles: Map<string, { address: string; text: string }>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whitespace made single spaces: the recorded text is folded YAML, a quote is one line. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A date as YAML reads it (a Date for a bare 2026-11-27) or as written, as YYYY-MM-DD text. */
function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** The recorded laws of a templates/ folder, by short name; a malformed file is an error naming it. */
export function readLawIndex(templates: string): Map<string, RecordedLaw> {
  const folder = join(templates, 'law');
  const laws = new Map<string, RecordedLaw>();
  if (!existsSync(folder)) return laws;
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
    const file = join(folder, name);
    const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
    const { law, asOf, address, articles, unverified, checked } = data ?? {};
    const date = dateText(asOf);
    if (typeof law !== 'string' || !DATE.test(date) || typeof address !== 'string' || !articles)
      throw new Error(`${file}: needs law, asOf (a date), address and articles (docs/law.md)`);
    if (!address.includes(date) && !address.includes(date.replaceAll('-', '')))
      throw new Error(`${file}: the address must hold the date of the consolidation read, ${date}`);
    const recorded: RecordedLaw = { law, file, asOf: date, checked: '', address, articles: new Map() };
    if (typeof unverified === 'string') recorded.unverified = unverified;
    if (!DATE.test(dateText(checked)))
      throw new Error(`${file}: needs checked, the day the text was read (YYYY-MM-DD; docs/law.md)`);
    recorded.checked = dateText(checked);
    for (const [number, article] of Object.entries(articles as Record<string, { address?: unknown; text?: unknown }>)) {
      if (typeof article?.address !== 'string' || typeof article.text !== 'string')
        throw new Error(`${file}: article ${number} needs address and text (docs/law.md)`);
      recorded.articles.set(String(number), { address: article.address, text: flat(article.text) });
    }
    laws.set(law, recorded);
  }
  return laws;
}

/** The article number of "art. 14 lid 2 onder c", "art. 9:4 lid 2", "art. 2.92", "art. 4c lid 1 onder c, 1°". */
export function articleNumber(article: string): string | undefined {
  return /^art\.\s+(\d+[a-z]?(?::\d+[a-z]?)?(?:\.\d+[a-z]?)*)/.exec(article.trim())?.[1];
}

/** What is wrong with a reference to `article` of `law` quoting `words`, checked at `checked`; [] when nothing. */
export function referenceProblems(
  laws: ReadonlyMap<string, RecordedLaw>,
  reference: { law: string; article: string; words?: string; checked?: string },
): string[] {
  const { law, article, words, checked } = reference;
  const recorded = laws.get(law);
  if (!recorded) return [`${law} is not recorded in templates/law/`];
  const number = articleNumber(article);
  const text = number === undefined ? undefined : recorded.articles.get(number);
  if (!number || !text) return [`${law} ${article}: the recorded text (${recorded.file}) has no such article`];
  const problems: string[] = [];
  // "art. 7.5.2 lid 2 (Awb art. 9:11 lid 1)": the part in brackets names what the article applies, not its own lid.
  const own = article.replace(/\s*\(.*\)\s*$/, '');
  const lid = /\blid (\d+[a-z]?)/.exec(own)?.[1];
  if (lid && !new RegExp(`(^| )${lid} `).test(text.text))
    problems.push(`${law} ${article}: the recorded text of article ${number} has no lid ${lid}`);
  const onder = /\b(?:onder|sub) ([a-z]\d?)\b/.exec(own)?.[1];
  if (onder && !new RegExp(`(^| )${onder}[.)] `).test(text.text))
    problems.push(`${law} ${article}: the recorded text of article ${number} has no onderdeel ${onder}`);
  for (const piece of (words ?? '').split('…').map((part) => flat(part).replace(/^[\s,;:.]+|[\s,;]+$/g, ''))) {
    if (piece !== '' && !text.text.includes(piece))
      problems.push(`${law} ${article}: the recorded text does not have the words "${piece}"`);
  }
  if (!checked || !(checked.startsWith(`${text.address}`) || checked === recorded.address))
    problems.push(
      `${law} ${article}: checked must be the article's address in the recorded consolidation, ${text.address}`,
    );
  return problems;
}
