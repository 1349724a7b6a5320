// Where kennisname keeps its personal data (docs/acknowledge.md): acknowledgements/<org>/ in the working folder,
// beside policies/ and never under it or under out/, so no build, report or dossier reads a name. There the people
// list (people.csv) and one record file per version of a policy (<policy id>/<version>.csv), only ever appended to:
// each append reads the file and writes it again with the new rows after the old ones, under the file's lock
// (src/io/lock.ts) and atomically (src/io/atomic.ts), so a second recorder at the same moment adds its rows after the
// first's and nothing recorded is lost.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AckRecord,
  METHODS,
  type Method,
  PERSON_ID,
  type Person,
  RECORD_TYPES,
  RELATIONS,
  type RecordType,
  type Relation,
} from '../model/acknowledgement.js';
import { ACKNOWLEDGEMENTS_DIR } from './acknowledgements-dir.js';
import { writeFileAtomic } from './atomic.js';
import { columnOf, type CsvTable, csvCell, readCsv } from './csv.js';
import { withFileLock } from './lock.js';
import { errorById } from './messages.js';

export { ACKNOWLEDGEMENTS_DIR };

export const peopleFile = (org: string, dir = ACKNOWLEDGEMENTS_DIR): string => join(dir, org, 'people.csv');

/** A version as part of a file name: characters other than letters, digits, dot and dash as `_`. */
const fileWord = (text: string): string => text.replace(/[^\p{L}\p{N}.-]/gu, '_').replace(/^\./, '_') || '_';

export function recordFile(org: string, policyId: string, version: string, dir = ACKNOWLEDGEMENTS_DIR): string {
  return join(dir, fileWord(org), fileWord(policyId), `${fileWord(version)}.csv`);
}

export const RECORD_COLUMNS = ['type', 'person', 'version', 'hash', 'date', 'method', 'recorder', 'due', 'from'];

function cellError(file: string, line: number, messageId: string, params: Record<string, string>): never {
  throw errorById(
    { messageId: `acknowledge-file.${messageId}`, fixId: 'acknowledge-file.see-docs', params },
    { place: { file, point: { line, column: 1 } }, ruleId: 'acknowledge-file' },
  );
}

/** The columns `names` in the header, refusing a file that lacks one. */
function columns(table: CsvTable, file: string, names: readonly string[]): number[] {
  return names.map((name) => {
    const index = columnOf(table.header, [name]);
    if (index === -1) cellError(file, 1, 'missing-column', { column: name });
    return index;
  });
}

/** A person id as a file may give it: refused, at its line, when it could be a path or holds odd characters. */
export function checkedPersonId(id: string, file: string, line: number): string {
  if (!PERSON_ID.test(id)) cellError(file, line, 'bad-person-id', { id });
  return id;
}

/** The people list of an organisation, each id once, each relation one clausemark knows. */
export function readPeople(file: string): Person[] {
  if (!existsSync(file)) {
    throw errorById(
      { messageId: 'acknowledge-file.no-people', fixId: 'acknowledge-file.write-people', params: { file } },
      { place: { file }, ruleId: 'acknowledge-file' },
    );
  }
  const table = readCsv(file);
  const [id, name, role, school, teams] = columns(table, file, ['id', 'name', 'role', 'school', 'teams']);
  const relationAt = columnOf(table.header, ['relation']);
  const seen = new Set<string>();
  return table.rows.map(({ line, cells }) => {
    const cell = (index: number | undefined): string => (index === undefined ? '' : (cells[index] ?? '').trim());
    const person = checkedPersonId(cell(id), file, line);
    if (seen.has(person)) cellError(file, line, 'duplicate-person', { id: person });
    seen.add(person);
    const relation = relationAt === -1 || cell(relationAt) === '' ? 'in-dienst' : cell(relationAt);
    if (!(RELATIONS as readonly string[]).includes(relation))
      cellError(file, line, 'bad-relation', { value: relation, allowed: RELATIONS.join(', ') });
    if (cell(name) === '') cellError(file, line, 'missing-name', { id: person });
    return {
      id: person,
      name: cell(name),
      role: cell(role),
      school: cell(school),
      teams: cell(teams)
        .split(/[;|]/)
        .map((team) => team.trim())
        .filter(Boolean),
      relation: relation as Relation,
    };
  });
}

function parseRecords(file: string): AckRecord[] {
  const table = readCsv(file, 'importBytes');
  const at = columns(table, file, RECORD_COLUMNS);
  return table.rows.map(({ line, cells }) => {
    const [type, person, version, hash, date, method, recorder, due, from] = at.map((index) =>
      (cells[index] ?? '').trim(),
    ) as string[];
    if (!(RECORD_TYPES as readonly string[]).includes(type!)) cellError(file, line, 'bad-record', { value: type! });
    if (!(METHODS as readonly string[]).includes(method!)) cellError(file, line, 'bad-record', { value: method! });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date!)) cellError(file, line, 'bad-record', { value: date! });
    const record: AckRecord = {
      type: type as RecordType,
      person: checkedPersonId(person!, file, line),
      version: version!,
      hash: hash!,
      date: date!,
      method: method as Method,
      recorder: recorder!,
    };
    if (due) record.due = due;
    if (from) record.from = from;
    return record;
  });
}

/** The records of one version's file; none when it does not exist yet. */
export function readRecords(file: string): AckRecord[] {
  return existsSync(file) ? parseRecords(file) : [];
}

const rowOf = (record: AckRecord): string =>
  [
    record.type,
    record.person,
    record.version,
    record.hash,
    record.date,
    record.method,
    record.recorder,
    record.due ?? '',
    record.from ?? '',
  ]
    .map(csvCell)
    .join(',');

/** The same fact twice: a person asked, or acknowledging, the same text. */
const factOf = (record: Pick<AckRecord, 'type' | 'person' | 'hash'>): string =>
  `${record.type}\0${record.person}\0${record.hash}`;

export interface Appended {
  added: AckRecord[];
  /** Given, but the file already held the same fact (kept as it was, with its first date and method). */
  already: AckRecord[];
}

/** Appends the records not already in the file, under its lock: the rows written before stay byte for byte. */
export function appendRecords(file: string, records: readonly AckRecord[]): Appended {
  mkdirSync(join(file, '..'), { recursive: true });
  return withFileLock(file, () => {
    const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const known = new Set((old ? parseRecords(file) : []).map(factOf));
    const result: Appended = { added: [], already: [] };
    for (const record of records) {
      const fact = factOf(record);
      (known.has(fact) ? result.already : result.added).push(record);
      known.add(fact);
    }
    if (result.added.length === 0) return result;
    const head = old === '' ? `${RECORD_COLUMNS.join(',')}\n` : old.endsWith('\n') ? old : `${old}\n`;
    writeFileAtomic(file, `${head}${result.added.map(rowOf).join('\n')}\n`, { edit: true });
    return result;
  });
}
