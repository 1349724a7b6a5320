// What the workplace's forms do (`clausemark serve`, /werkplek/): each calls the job its command calls (import, approve)
// or, for the front matter fields an officer fills in after an import, the lossless front matter edit `approve` uses;
// nothing is decided here that the job decides. Each action that wrote a file commits exactly that file to the
// policies' repository, by the officer, with a message in the policy's language saying what was done (the folder
// becomes a repository on first use). A form carries the hash of the file as its page read it: when the file has
// changed since (another tab, another person), nothing is written and the officer is told. A step recorded reports,
// as `approve` does, where the adoption it leaves standing has no hash and git cannot confirm it (historyCutAfter).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isScalar } from 'yaml';
import { basename, join, resolve } from 'node:path';
import { editedFile, writeFileAtomic } from '../io/atomic.js';
import type { UploadedFile } from '../io/form-data.js';
import { commitFiles, ensureRepository } from '../io/git-commit.js';
import { withFileLock } from '../io/lock.js';
import { messageTexts, wordMessage } from '../io/messages.js';
import type { Project } from '../io/project.js';
import type { ImportResult } from '../import/result.js';
import { adopts } from '../model/adoption.js';
import { loadPolicy } from '../parse/index.js';
import { editFrontmatter } from '../parse/frontmatter-edit.js';
import { outputLanguage } from '../text/output-language.js';
import { fillLabel } from '../wording/labels.js';
import { approveJob, type HistoryCut, historyCutAfter } from './approve.js';
import { buildPathsJob } from './build.js';
import { importJob } from './import.js';
import { changedSince, type DifferenceHunk } from './serve-conflict.js';
import { fileHash, policyFolders } from './serve-policies.js';

export interface Committed {
  commit: string;
  message: string;
  /** The folder was no repository: it became one with this commit. */
  created: boolean;
}

/** A refusal the officer is told as it is: the file changed since the page was read, or a field is missing. */
export class WorkplaceRefusal extends Error {
  constructor(
    message: string,
    readonly conflict = false,
    /** For a conflict: the lines that differ between the file as the page read it and as it is now. */
    readonly difference?: DifferenceHunk[],
  ) {
    super(message);
  }
}

/**
 * The commit message of `id` in the policy's language: workplace-commit.<id> (templates/messages), or a full key of
 * another block (an action in a module of its own keeps its words in its own block).
 */
function commitMessage(lang: string, id: string, params: Record<string, string>): string {
  const language = outputLanguage(lang);
  const key = id.includes('.') ? id : `workplace-commit.${id}`;
  const text = messageTexts(language).get(key) ?? messageTexts('en').get(key);
  return fillLabel(text ?? id, params, language);
}

function commit(folder: string, file: string, message: string, officer: string): Committed {
  const { root, created } = ensureRepository(folder);
  return { commit: commitFiles(root, [file], message, officer), message, created };
}

/** `file` committed by `officer` with the message `id` (see commitMessage) says in the policy's language. */
export function commitChange(
  folder: string,
  file: string,
  lang: string,
  id: string,
  params: Record<string, string>,
  officer: string,
): Committed {
  return commit(folder, file, commitMessage(lang, id, params), officer);
}

export function needOfficer(officer: string): string {
  const name = officer.trim();
  if (name === '') throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace.officer-needed' }));
  return name;
}

/** Refused, with what changed since the page was read (the text as read, when this server showed it, and now). */
export function refuseChanged(file: string, base: string): void {
  if (fileHash(file) === base) return;
  const difference = changedSince(file, base);
  throw new WorkplaceRefusal(
    wordMessage({ messageId: difference ? 'workplace-conflict.changed-shown' : 'workplace.changed-since' }),
    true,
    difference,
  );
}

function described(file: string): Record<string, string> {
  const { meta } = loadPolicy(file).policy;
  return { title: meta.title, version: meta.version, organisation: meta.organisation || meta.org };
}

/** An uploaded Word or PDF document brought into a folder of policies/ by `import`, and committed when written. */
export async function importUpload(
  folder: string,
  project: Project,
  upload: UploadedFile,
  into: string,
  officer: string,
): Promise<{ result: ImportResult; committed?: Committed }> {
  const who = needOfficer(officer);
  if (into === 'policies' || !policyFolders(folder).includes(into))
    throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace.folder-needed' }));
  const temp = mkdtempSync(join(tmpdir(), 'clausemark-upload-'));
  try {
    const document = join(temp, upload.filename);
    writeFileSync(document, upload.data);
    const org = into.split('/').slice(1).join('-');
    const [result] = await importJob([document], { org, out: `${resolve(folder, into)}/` }, project);
    if (!result?.written) return result ? { result } : Promise.reject(new Error('import gave no result'));
    const message = commitMessage(loadPolicy(result.target).policy.meta.lang ?? 'nl', 'imported', {
      ...described(result.target),
      file: upload.filename,
    });
    return { result, committed: commit(folder, result.target, message, who) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The levels a policy is adopted at (docs/procedure.md): a choice of the details form, or none. */
const LEVEL_CHOICES = ['', 'school', 'bestuur'];

/** The front matter fields an officer fills in (title, organisation, version, kind, level), written losslessly. */
export function saveDetails(
  folder: string,
  file: string,
  base: string,
  fields: Record<'title' | 'organisation' | 'version' | 'kind' | 'level', string>,
  officer: string,
): Committed {
  const who = needOfficer(officer);
  if (!LEVEL_CHOICES.includes(fields.level.trim()))
    throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace.bad-level', params: { level: fields.level } }));
  withFileLock(editedFile(file), () => {
    refuseChanged(file, base);
    const source = readFileSync(file, 'utf8');
    const edited = editFrontmatter(source, file, (doc) => {
      for (const [key, value] of Object.entries(fields)) {
        if (value.trim() === '') continue;
        // A value import stood in for carries a comment saying so: filled in by the officer, the comment goes.
        const node = doc.get(key, true);
        if (isScalar(node)) {
          node.value = value.trim();
          node.comment = undefined;
        } else doc.set(key, value.trim());
      }
    });
    writeFileAtomic(file, edited, { edit: true });
  });
  const { meta } = loadPolicy(file).policy;
  return commit(folder, file, commitMessage(meta.lang ?? 'nl', 'details', described(file)), who);
}

export interface StepForm {
  step: string;
  body: string;
  part: string;
  name: string;
  role: string;
  date: string;
  /** The outcome of an advice or consent; an adoption has none. */
  outcome: string;
  asked: string;
  minutes: string;
}

/**
 * A step recorded, committed; `historyCut` where the policy stands adopted by a row without a hash that git cannot
 * confirm (a shallow clone, a move git does not follow), as `approve` says it after what it recorded.
 */
export interface RecordedStep extends Committed {
  historyCut?: HistoryCut;
}

/**
 * An approval recorded by `approve`'s job, as the procedure allows it (its refusal is thrown as the command's), and
 * what git cannot confirm of the adoption it leaves standing, read once the step is committed.
 */
export function recordStep(
  folder: string,
  file: string,
  base: string,
  form: StepForm,
  officer: string,
  project: Project,
): RecordedStep {
  const who = needOfficer(officer);
  refuseChanged(file, base);
  const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const request = {
    name: form.name,
    role: form.role,
    step: form.step,
    ...(optional(form.date) ? { date: form.date.trim() } : {}),
    ...(optional(form.body) ? { body: form.body.trim() } : {}),
    ...(optional(form.part) && form.part !== 'whole' ? { part: form.part.trim() } : {}),
    ...(optional(form.outcome) && !adopts({ step: form.step }) ? { outcome: form.outcome.trim() } : {}),
    ...(optional(form.asked) ? { asked: form.asked.trim() } : {}),
    ...(optional(form.minutes) ? { minutes: form.minutes.trim() } : {}),
  };
  const approved = approveJob(file, request, project);
  const { approval } = approved;
  const { meta } = loadPolicy(file).policy;
  const right = `${form.step.charAt(0).toUpperCase()}${form.step.slice(1)}`;
  const message = adopts(approval)
    ? commitMessage(meta.lang ?? 'nl', 'adopted', described(file))
    : commitMessage(meta.lang ?? 'nl', 'step', { ...described(file), step: `${right} ${approval.body ?? ''}`.trim() });
  const committed = commit(folder, file, message, who);
  const historyCut = historyCutAfter(file, approved, project);
  return historyCut ? { ...committed, historyCut } : committed;
}

/** The policy as a Word document for review, made by `build --format docx` into a folder of its own, then removed. */
export async function policyDocx(file: string, project: Project): Promise<{ name: string; data: Buffer }> {
  const temp = mkdtempSync(join(tmpdir(), 'clausemark-docx-'));
  try {
    const name = `${basename(file, '.md')}.docx`;
    const out = join(temp, name);
    const { result } = await buildPathsJob([file], { out, format: 'docx', site: false }, project, {
      formatGiven: true,
    });
    const failed = result.report.failed[0];
    if (failed) throw failed.error;
    return { name, data: readFileSync(out) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
