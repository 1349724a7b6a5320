// What the workplace hands the officer to download (`clausemark serve`, /werkplek/): the board pack of a new version
// against the version it supersedes (`diff OLD NEW --format pdf`, or the Word document with each change tracked,
// `--format docx`), a comparison of the organisations' policies of one kind (`compare --kind --format html`), an
// organisation's dossier (`dossier ORG`) and the agenda (`agenda --format ics` or text). Each is made by the command's
// own job at the moment it is asked for, from the files as they are; nothing is kept and nothing in policies/ written.
// Where a download tells what to do (a question to answer, a policy left out of the agenda, the dossier of a later
// day), it says so by the workplace's pages and buttons, not by a command: the CLI's files still name commands.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { discoverPolicies } from '../io/discover.js';
import { wordMessage } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { isCalendarDate } from '../model/dates.js';
import { policyKind } from '../model/kind.js';
import { loadPolicy } from '../parse/index.js';
import { proceduresFor } from '../procedure/load.js';
import { revisionPairs } from '../report/corpus/revisions.js';
import { agendaJob } from './agenda.js';
import { compareJob } from './compare.js';
import { diffJob } from './diff.js';
import { dossierJob, dossierName, organisationOf } from './dossier.js';
import { WorkplaceRefusal } from './serve-actions.js';
import { ACKNOWLEDGEMENTS_DIR } from '../io/acknowledgements.js';

export interface Download {
  name: string;
  type: string;
  data: Buffer;
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

const asBuffer = (content: string | Uint8Array): Buffer =>
  typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);

function policiesIn(folder: string): string[] {
  return discoverPolicies([], [join(folder, 'policies')]).filter((file) => /\.md$/i.test(file));
}

/** The file of the version `file` supersedes (same organisation and id, the version its `supersedes` names). */
export function supersededFile(folder: string, file: string): string | undefined {
  const policies = policiesIn(folder).map((path) => loadPolicy(path).policy);
  const mine = loadPolicy(file).policy;
  const pair = revisionPairs(policies).find((candidate) => candidate.new.path === mine.path);
  return pair?.old.path;
}

/** The board pack of the new version `file` against the version it supersedes, as diff makes it. */
export async function boardPack(
  folder: string,
  file: string,
  format: 'pdf' | 'docx',
  officer: string,
  project: Project,
): Promise<Download> {
  const old = supersededFile(folder, file);
  if (!old) throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace-exports.no-superseded' }));
  const outcome = await diffJob([old, file], {
    root: project.root,
    format,
    ...(format === 'docx' && officer.trim() !== '' ? { author: officer.trim() } : {}),
  });
  return { name: basename(outcome.defaultFile), type: TYPES[format]!, data: asBuffer(outcome.content) };
}

/**
 * The kinds of policy the workplace offers to compare: each kind two or more organisations have, read as `compare
 * --kind` groups them (src/model/kind.ts); a policy that names no kind is offered under none.
 */
export function comparableKinds(folder: string): string[] {
  return [...kindsIn(folder)]
    .filter(([, { orgs }]) => orgs.size > 1)
    .map(([kind]) => kind)
    .sort();
}

/** Each kind of the folder's policies: the organisations that have one, and the file of the first. */
function kindsIn(folder: string): Map<string, { orgs: Set<string>; file: string }> {
  const kinds = new Map<string, { orgs: Set<string>; file: string }>();
  for (const file of policiesIn(folder)) {
    const { policy } = loadPolicy(file);
    const kind = policyKind(policy);
    if (kind === '') continue;
    const found = kinds.get(kind) ?? { orgs: new Set<string>(), file };
    found.orgs.add(policy.meta.org);
    kinds.set(kind, found);
  }
  return kinds;
}

/**
 * The kinds `comparableKinds` offers, each with the title its procedure gives it ("Protocol sociale media"), as the
 * officer knows it; the kind itself where the procedure has none (or cannot be read: the policy's check says why).
 */
export function comparableKindTitles(folder: string, root: string): [kind: string, title: string][] {
  const kinds = kindsIn(folder);
  return comparableKinds(folder).map((kind) => {
    const file = kinds.get(kind)?.file;
    try {
      return [kind, (file && proceduresFor(file, root).kinds[kind]?.title) || kind];
    } catch {
      return [kind, kind];
    }
  });
}

/**
 * The organisations' policies of `kind` compared, as `compare --kind KIND --format html` makes it, saying to answer
 * its questions in the workplace instead of by a command.
 */
export async function comparison(folder: string, kind: string, project: Project): Promise<Download> {
  if (!comparableKinds(folder).includes(kind))
    throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace-exports.no-kind' }));
  const options = { root: project.root, format: 'html', kind, served: true };
  const content = await compareJob([join(folder, 'policies')], options);
  return { name: `vergelijking-${kind}.html`, type: TYPES.html!, data: asBuffer(content) };
}

/**
 * The organisations a dossier is made for, each as [folder, name]: the folders right under policies/ (a board's, whose
 * dossier holds its schools' policies too, or a school's) that the dossier finds a policy of, as it finds them
 * (organisationOf), each offered by the name the dossier goes by (dossierName: "Stichting De Linde", not "linde"). A
 * folder of none is not offered: its dossier would say only that the organisation has no policies.
 */
export function dossierOrganisations(folder: string, root: string): [org: string, name: string][] {
  const policies = policiesIn(folder).map((file) => ({ file, ...readNames(file) }));
  return foldersUnder(join(folder, 'policies')).flatMap((org): [string, string][] => {
    const ours = organisationOf(org, root, folder);
    const mine = policies.filter((policy) => ours(policy.file, policy.org));
    return mine.length > 0 ? [[org, dossierName(org, root, folder, mine)]] : [];
  });
}

/** The policy's `org` and `organisation`; neither when it cannot be read (the dossier then knows it by its folder). */
function readNames(file: string): { org?: string; organisation?: string } {
  try {
    const { org, organisation } = loadPolicy(file).policy.meta;
    return { org, organisation };
  } catch {
    return {};
  }
}

/** The folders right under `dir`, hidden ones left out, by name. */
function foldersUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * The dossier of `org` (a folder `dossierOrganisations` offers) on the day `date` asks (YYYY-MM-DD, as the form's date
 * field sends it; empty: today), as `dossier ORG --at DATE` makes it in `folder` (written in a folder of its own,
 * read, removed), in the workplace's words where it tells what to do. A date that is none is refused, saying so.
 */
export async function dossier(folder: string, org: string, project: Project, date = ''): Promise<Download> {
  if (!dossierOrganisations(folder, project.root).some(([offered]) => offered === org))
    throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace.folder-needed' }));
  const at = date.trim();
  if (at !== '' && !isCalendarDate(at))
    throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace-exports.bad-date', params: { date: at } }));
  const temp = mkdtempSync(join(tmpdir(), 'clausemark-dossier-'));
  try {
    const out = join(temp, `dossier-${org}.pdf`);
    // The kennisname counted is the served folder's, where the workplace records it, not the server's working folder's.
    const acknowledgements = join(folder, ACKNOWLEDGEMENTS_DIR);
    const options = { root: project.root, org, folder, out, served: true, acknowledgements, ...(at ? { at } : {}) };
    await dossierJob(policiesIn(folder), options);
    return { name: basename(out), type: TYPES.pdf!, data: readFileSync(out) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The agenda of every policy, as `agenda --format ics` (for a calendar) or text makes it, in the workplace's words
 * (a policy left out named by its place in the folder, what to do about it on the workplace's pages).
 */
export function agenda(folder: string, format: 'ics' | 'text', project: Project): Download {
  const { content, defaultFile } = agendaJob([join(folder, 'policies')], { project, format, served: { folder } });
  return { name: defaultFile, type: TYPES[format === 'ics' ? 'ics' : 'txt']!, data: asBuffer(content) };
}
