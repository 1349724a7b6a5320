// `acknowledge record`: acknowledgements that came in elsewhere, matched to the people list and recorded (issue 72
// item 3). A CSV exported from the school's form tool (matched on id, else on the name; a version or hash column, when
// there is one, must name this version) or a typed paper list (a name or id a line, as signed, entered by a named
// recorder). A name or id not in the people list refuses the whole file at its line and column (exit 2, nothing of it
// recorded: fix the line, run again); a duplicate is recorded once and a row of another version not at all, each said
// with its file and line.
import { appendRecords, checkedPersonId } from '../io/acknowledgements.js';
import { columnOf, readCsv, readPlainLines } from '../io/csv.js';
import { countedId, errorById } from '../io/messages.js';
import { type AckRecord, type Method, nameKey, type Person } from '../model/acknowledgement.js';
import { editDistance } from '../text/similarity.js';
import { type AcknowledgeContext, checkedRecorder } from './acknowledge-context.js';

export interface RecordOptions {
  /** The date recorded when a row gives none (YYYY-MM-DD). */
  date: string;
  csv?: string;
  paper?: string;
  /** Who entered the paper list (required for it), or who imported the CSV. */
  recorder?: string;
}

export interface Entry {
  line: number;
  /** Where the name or id starts on its line (1 when the file does not say, as a CSV row). */
  column: number;
  /** The id or name as the row gives it. */
  given: string;
  date?: string;
  version?: string;
  hash?: string;
}

export interface RecordOutcome {
  /** The file read: the CSV or the paper list. */
  file: string;
  recorded: Person[];
  /** Acknowledged before: kept as first recorded. */
  already: Person[];
  duplicates: { line: number; given: string }[];
  wrongVersion: { line: number; given: string; version: string }[];
  /** Recorded, though not asked for this version (a new colleague, another team). */
  notAsked: Person[];
}

/** A date as a form tool writes it: 2026-03-01, 1-3-2026 or 01/03/2026, with or without a time after it. */
function isoDate(text: string | undefined): string | undefined {
  const value = text?.trim() ?? '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(value);
  return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : undefined;
}

function csvEntries(file: string): Entry[] {
  const table = readCsv(file);
  const id = columnOf(table.header, ['id', 'person', 'personeelsnummer', 'nummer']);
  const name = columnOf(table.header, ['name', 'naam', 'volledige naam', 'full name']);
  if (id === -1 && name === -1) {
    throw errorById(
      {
        messageId: 'acknowledge-file.missing-column',
        fixId: 'acknowledge-file.see-docs',
        params: { column: 'id / name' },
      },
      { place: { file, point: { line: 1, column: 1 } }, ruleId: 'acknowledge-file' },
    );
  }
  const version = columnOf(table.header, ['version', 'versie']);
  const hash = columnOf(table.header, ['hash']);
  const date = columnOf(table.header, ['date', 'datum', 'tijdstempel', 'timestamp']);
  const cell = (cells: string[], index: number): string | undefined =>
    index === -1 ? undefined : (cells[index] ?? '').trim() || undefined;
  return table.rows.map(({ line, cells }) => {
    // An id is never a path, whatever the form tool let through: refused at its line, nothing recorded.
    if (cell(cells, id)) checkedPersonId(cell(cells, id)!, file, line);
    const entry: Entry = { line, column: 1, given: cell(cells, id) ?? cell(cells, name) ?? '' };
    const named = cell(cells, name);
    if (cell(cells, id) && named) entry.given = `${cell(cells, id)}\u0000${named}`;
    for (const [key, index] of [
      ['version', version],
      ['hash', hash],
    ] as const) {
      const value = cell(cells, index);
      if (value) entry[key] = value;
    }
    const when = isoDate(cell(cells, date));
    if (when) entry.date = when;
    return entry;
  });
}

function paperEntries(file: string): Entry[] {
  return readPlainLines(file)
    .filter(({ text }) => text.trim() !== '' && !text.trim().startsWith('#'))
    .map(({ line, text }) => ({ line, column: text.length - text.trimStart().length + 1, given: text.trim() }));
}

/** Finds the person a row names: by id, else by name (case, accents and spacing aside). */
function matcher(people: readonly Person[]): (given: string) => Person | undefined {
  const byId = new Map(people.map((person) => [person.id, person]));
  const byName = new Map<string, Person>();
  for (const person of people) byName.set(nameKey(person.name), person);
  return (given) => {
    const [id, name] = given.split('\u0000');
    return byId.get(id!) ?? byName.get(nameKey(name ?? id!));
  };
}

function nearestName(given: string, people: readonly Person[]): string | undefined {
  const key = nameKey(given.split('\u0000').at(-1)!);
  let best: { name: string; distance: number } | undefined;
  const limit = Math.max(1, Math.floor(key.length / 4));
  for (const person of people) {
    const distance = editDistance(key, nameKey(person.name), limit + 1);
    if (distance <= limit && (!best || distance < best.distance)) best = { name: person.name, distance };
  }
  return best?.name;
}

/** How many more lines an unknown name's refusal names by number: a list of a thousand helps nobody. */
const LINES_NAMED = 20;

/**
 * Refuses the file when a row names someone not in the people list: at the first such row, with the nearest known
 * name, and the lines of the others; nothing of the file is recorded.
 */
function refuseUnknown(
  file: string,
  entries: readonly Entry[],
  find: (given: string) => Person | undefined,
  people: readonly Person[],
): void {
  const unknown = entries.filter((entry) => !find(entry.given));
  const [first, ...others] = unknown;
  if (!first) return;
  const given = first.given.split('\u0000').join(' ');
  const nearest = nearestName(first.given, people);
  const lines = [
    ...others.slice(0, LINES_NAMED).map((entry) => String(entry.line)),
    ...(others.length > LINES_NAMED ? ['…'] : []),
  ].join(', ');
  throw errorById(
    {
      messageId: nearest ? 'acknowledge-file.unknown-person-nearest' : 'acknowledge-file.unknown-person',
      fixId: lines
        ? countedId('acknowledge-file.unknown-people-fix', others.length)
        : 'acknowledge-file.unknown-person-fix',
      params: { given, ...(nearest ? { nearest } : {}), ...(lines ? { lines } : {}) },
    },
    { place: { file, point: { line: first.line, column: first.column } }, ruleId: 'acknowledge-file' },
  );
}

export function recordAcknowledgements(context: AcknowledgeContext, options: RecordOptions): RecordOutcome {
  const method: Method = options.csv ? 'csv' : 'paper';
  // A paper list needs the one who typed it; a CSV's importer is recorded when named. Either name is checked.
  const recorder = method === 'paper' || options.recorder !== undefined ? checkedRecorder(options.recorder) : '';
  const file = options.csv ?? options.paper!;
  const entries = options.csv ? csvEntries(options.csv) : paperEntries(file);
  const find = matcher(context.people);
  const { version } = context.policy.meta;
  const outcome: RecordOutcome = { file, recorded: [], already: [], duplicates: [], wrongVersion: [], notAsked: [] };
  const shown = (given: string): string => given.split('\u0000').join(' ');
  const ofThisVersion = entries.filter((entry) => {
    const other =
      (entry.hash && entry.hash !== context.hash) || (!entry.hash && entry.version && entry.version !== version);
    if (other)
      outcome.wrongVersion.push({ line: entry.line, given: shown(entry.given), version: entry.version ?? entry.hash! });
    return !other;
  });
  refuseUnknown(file, ofThisVersion, find, context.people);
  const seen = new Set<string>();
  const rows: AckRecord[] = [];
  for (const entry of ofThisVersion) {
    const person = find(entry.given)!;
    if (seen.has(person.id)) {
      outcome.duplicates.push({ line: entry.line, given: shown(entry.given) });
      continue;
    }
    seen.add(person.id);
    rows.push({
      type: 'acknowledged',
      person: person.id,
      version,
      hash: context.hash,
      date: entry.date ?? options.date,
      method,
      recorder,
    });
  }
  const appended = appendRecords(context.recordFile, rows);
  const byId = new Map(context.people.map((person) => [person.id, person]));
  const asked = new Set(
    context.records.filter((record) => record.type === 'asked' && record.hash === context.hash).map((r) => r.person),
  );
  outcome.recorded = appended.added.map((record) => byId.get(record.person)!);
  outcome.already = appended.already.map((record) => byId.get(record.person)!);
  outcome.notAsked = outcome.recorded.filter((person) => !asked.has(person.id));
  return outcome;
}
