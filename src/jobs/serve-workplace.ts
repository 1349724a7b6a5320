// The officer's workplace in `clausemark serve` (/werkplek/): the pages (src/render/workplace/) made from the files at
// every request (src/jobs/serve-policies.ts), and the forms' posts, each let through the door of src/io/workplace-guard.ts
// (own Host and Origin, the session's token, a body bounded in size and time) before its action
// (src/jobs/serve-actions.ts) runs. A post is answered with the page it leads to and what was done or why not; a
// refused form shows again what the officer typed in it.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join, relative, sep } from 'node:path';
import { type FormData, parseForm } from '../io/form-data.js';
import { messageLanguage, told, wordMessage } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { openInBrowser } from '../io/open-browser.js';
import {
  type BodyLimits,
  newSessionToken,
  originRefusal,
  readBody,
  sameToken,
  sendPage as send,
} from '../io/workplace-guard.js';
import type { ImportResult } from '../import/result.js';
import { broughtSummary, importSummary } from '../import/summary.js';
import { isClausemarkError } from '../model/errors.js';
import { todayIso } from '../procedure/evaluate.js';
import { esc, type Notice, type Say, type Typed, workplacePage } from '../render/workplace/page.js';
import { differenceHtml, exportsBody, returnedBody, revisionParts } from '../render/workplace/revision.js';
import { ANSWER_PATH, QUESTIONS_PATH, questionsBody } from '../render/workplace/questions.js';
import { overviewBody, policyBody } from '../render/workplace/views.js';
import { pageFinding, pageLine } from '../wording/messages.js';
import {
  type Committed,
  importUpload,
  policyDocx,
  type RecordedStep,
  recordStep,
  saveDetails,
  WorkplaceRefusal,
} from './serve-actions.js';
import {
  agenda,
  boardPack,
  comparableKindTitles,
  comparison,
  type Download,
  dossier,
  dossierOrganisations,
} from './serve-exports.js';
import { nextVersion, startNewVersion } from './serve-new-version.js';
import { articleFindings, policyFileIn, policyFolders, policyView, workplaceOverview } from './serve-policies.js';
import { answerKennisname, KENNISNAME_PATH, meetingSection } from './serve-acknowledge.js';
import { answerQuestion, openQuestions } from './serve-questions.js';
import { bringReturned, previewReturned } from './serve-returned-word.js';

export const WORKPLACE_PATH = '/werkplek/';

export interface WorkplaceOptions {
  /** The folder whose policies/ the officer keeps (the working folder). */
  folder: string;
  project: Project;
  /** The officer's name the forms start with (serve --officer). */
  officer?: string;
  /** The largest upload taken, in bytes, and how long a post may take to arrive. */
  maxUploadBytes: number;
  postMilliseconds: number;
  /** The HTML report's folder: linked when it holds a built report. */
  reportFolder: string;
}

export interface WorkplaceEndpoint {
  token: string;
  handle(request: IncomingMessage, response: ServerResponse, port: number): void;
}

/** The forms other than an upload carry a few fields: 64 KiB is ample. */
const FORM_BYTES = 64 * 1024;

const say: Say = (id, params = {}) => wordMessage({ messageId: `workplace.${id}`, params });
/** The words of the parts in modules of their own, by their full key (workplace-revision.*, workplace-returned.*, …). */
const sayKey: Say = (id, params = {}) => wordMessage({ messageId: id, params });

function sendDocx(response: ServerResponse, docx: { name: string; data: Buffer }): void {
  sendDownload(response, {
    ...docx,
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

/** A file to save, never shown in the workplace's origin (an HTML comparison too is a download). */
function sendDownload(response: ServerResponse, download: Download): void {
  response.writeHead(200, {
    'content-type': download.type,
    'content-disposition': `attachment; filename="${download.name.replace(/[^\w.-]/g, '_')}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(download.data);
}

function committedLines(committed: Committed | undefined): string[] {
  if (!committed) return [];
  return [say('committed', { message: committed.message }), ...(committed.created ? [say('repository-created')] : [])];
}

/**
 * After a step recorded, where the policy stands adopted by a row without a hash that git cannot confirm: why, as
 * `approve` says it, in the workplace's words (whom to ask, no command).
 */
function historyCutLines(recorded: RecordedStep): string[] {
  const cut = recorded.historyCut;
  if (!cut) return [];
  return [
    'shallow' in cut ? say('step-history-shallow') : say('step-history-not-followed', { commit: cut.notFollowed }),
  ];
}

interface Pages {
  frame(title: string, body: string, notice?: Notice): string;
  returned(view: Parameters<typeof returnedBody>[0]): string;
  overview(notice?: Notice): string;
  /** The policy's page; with `typed`, the refused form shows what the officer typed instead of the file's values. */
  policy(file: string, notice?: Notice, typed?: Typed): Promise<string>;
  questions(kind: string, notice?: Notice): Promise<string>;
}

function workplacePages(options: WorkplaceOptions, token: string): Pages {
  const officer = options.officer ?? '';
  const frame = (title: string, body: string, notice?: Notice): string =>
    workplacePage({
      lang: messageLanguage(),
      title,
      say,
      report: existsSync(join(options.reportFolder, 'index.html')),
      ...(notice ? { notice } : {}),
      body,
    });
  return {
    frame,
    overview: (notice) => {
      const { policies, missing } = workplaceOverview(options.folder, options.project);
      const data = {
        ...{ policies, missing, folders: policyFolders(options.folder), token, officer },
        maxUploadMb: megabytes(options.maxUploadBytes),
      };
      const kinds = comparableKindTitles(options.folder, options.project.root);
      const exports = { kinds, organisations: dossierOrganisations(options.folder, options.project.root) };
      return frame(say('title'), `${overviewBody(data, say)}\n${exportsBody(exports, sayKey)}`, notice);
    },
    returned: (view) => frame(sayKey('workplace-returned.title'), returnedBody(view, { token, officer }, sayKey)),
    policy: async (file, notice, typed) => {
      const row = policyView(file, options.folder, options.project);
      const findings = (await articleFindings(file, options.project)).map((finding) => ({
        ...finding,
        message: inFolder(finding.message, options.folder),
        ...(finding.fix ? { fix: inFolder(finding.fix, options.folder) } : {}),
      }));
      const data = { row, steps: row.steps, findings, token, officer, today: todayIso(), ...(typed ? { typed } : {}) };
      const context = {
        ...{ token, officer, suggested: nextVersion(row.version) },
        maxUploadMb: megabytes(options.maxUploadBytes),
        ...(typed ? { typed } : {}),
      };
      const body = `${policyBody(data, say)}\n${meetingSection(file, options)}\n${revisionParts(row, context, sayKey)}`;
      return frame(`${row.title} ${row.version}`, body, notice);
    },
    questions: async (kind, notice) => {
      const open = await openQuestions(options.folder, kind, options.project);
      const body = questionsBody({ kind, names: open.names, groups: open.groups, token, officer }, sayKey);
      // The kind by the title its procedure gives it, as the overview's choice offers it.
      const title = comparableKindTitles(options.folder, options.project.root).find(([known]) => known === kind)?.[1];
      return frame(sayKey('workplace-questions.title', { kind: title ?? kind }), body, notice);
    },
  };
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

/** A line that names a file of the folder by its absolute path, naming it by its place in the folder instead. */
function inFolder(line: string, folder: string): string {
  return line.replaceAll(`${folder}${sep}`, '');
}

/** What the officer is told of a refused action, and the status it is answered with; anything else is thrown on. */
function refused(error: unknown, folder: string): { status: number; notice: Notice } {
  if (error instanceof WorkplaceRefusal) {
    const html = error.difference ? differenceHtml(error.difference, sayKey) : '';
    return {
      status: error.conflict ? 409 : 400,
      notice: { kind: 'refused', lines: [error.message], ...(html ? { html } : {}) },
    };
  }
  if (isClausemarkError(error)) {
    // The officer reads what went wrong and how to fix it on the page; a fix for the terminal without page words is
    // left out, as the page offers the same step.
    const { message, fix } = pageFinding(error.finding);
    const lines = [message, ...(fix ? [fix] : [])].map((line) => inFolder(line, folder));
    return { status: 400, notice: { kind: 'refused', lines } };
  }
  throw error;
}

const refusal = (line: string): Notice => ({ kind: 'refused', lines: [line] });

/** The form of a post that passed the door (own Host and Origin, bounded body, the session's token); else answered. */
async function admitted(
  request: IncomingMessage,
  response: ServerResponse,
  context: { options: WorkplaceOptions; pages: Pages; token: string; port: number; upload: boolean },
): Promise<FormData | undefined> {
  const { options, pages, port } = context;
  const door = originRefusal(request.headers, port);
  if (door)
    return void send(response, 403, pages.frame(say('refused-title'), '', refusal(say(`refused-${door}`))), true);
  const limits: BodyLimits = {
    bytes: context.upload ? options.maxUploadBytes : FORM_BYTES,
    milliseconds: options.postMilliseconds,
  };
  const body = await readBody(request, limits);
  if (!Buffer.isBuffer(body)) {
    const notice = refusal(say(`refused-${body}`, { size: megabytes(limits.bytes) }));
    return void send(response, body === 'too-large' ? 413 : 408, pages.overview(notice), true);
  }
  const form = parseForm(body, request.headers['content-type'] ?? '');
  if (sameToken(form.fields.get('token'), context.token)) return form;
  send(response, 403, pages.frame(say('refused-title'), '', refusal(say('refused-wrong-token'))));
  return undefined;
}

const field = (form: FormData, name: string): string => form.fields.get(name) ?? '';

/**
 * Import's summary line as the officer reads it: the policy by its place in the folder, the document by the name it
 * was uploaded with (not the temporary folder the server read it from).
 */
function summaryShown(result: ImportResult, folder: string): string {
  const target = relative(folder, result.target).split(sep).join('/');
  const file = basename(result.file);
  // A document brought back into its source: what changed there (its cover and contents are no words left out).
  return wordMessage(broughtSummary(result, { target, file }, false) ?? importSummary({ ...result, target, file }));
}

/** An upload brought in by import: its report (kept, left out, what to check) above the new policy's page. */
async function importPosted(form: FormData, options: WorkplaceOptions, pages: Pages): Promise<[number, string]> {
  const upload = form.files.get('document');
  if (!upload) return [400, pages.overview(refusal(say('import-no-file')))];
  try {
    const into = field(form, 'into');
    const { result, committed } = await importUpload(
      options.folder,
      options.project,
      upload,
      into,
      field(form, 'officer'),
    );
    const lines = [
      summaryShown(result, options.folder),
      ...result.findings.map(pageLine),
      ...result.dropped.map((dropped) => say('import-dropped', { text: dropped.text, reason: dropped.reason })),
      ...committedLines(committed),
    ];
    return [200, await pages.policy(result.target, { kind: 'done', lines })];
  } catch (error) {
    const { status, notice } = refused(error, options.folder);
    return [status, pages.overview(withExisting(error, notice, options.folder))];
  }
}

/**
 * An upload refused because its folder already holds a policy of that name: import's fix (a terminal flag) is of no
 * use on the page, so the officer is told what to do instead, with a link to that policy, where an edited version of
 * it is brought back.
 */
function withExisting(error: unknown, notice: Notice, folder: string): Notice {
  const finding = isClausemarkError(error) ? error.finding : undefined;
  const target = finding?.params?.target;
  if (finding?.messageId !== 'import-refused.exists' || typeof target !== 'string') return notice;
  const file = relative(folder, target).split(sep).join('/');
  const link = `/werkplek/beleid?bestand=${encodeURIComponent(file)}`;
  const html = `<p><a href="${esc(link)}">${esc(say('import-exists-open', { file }))}</a></p>`;
  return { ...notice, lines: [...notice.lines, say('import-exists')], html };
}

/**
 * What was typed in the refused form `named`, to show again beside the reason; not when the file changed since the
 * page was read (409): that page shows the policy as it is now, for the officer to do the change again.
 */
function typedUnlessChanged(status: number, named: string, form: FormData): Typed | undefined {
  return status === 409 ? undefined : { form: named, values: form.fields };
}

/** The details or a procedure step of one policy, saved; answered with the policy's page. */
async function policyPosted(
  path: string,
  form: FormData,
  options: WorkplaceOptions,
  pages: Pages,
): Promise<[number, string]> {
  const file = policyFileIn(options.folder, field(form, 'bestand'));
  if (!file) return [404, pages.overview(refusal(say('no-such-policy')))];
  const value = (name: string): string => field(form, name);
  try {
    let committed: RecordedStep;
    if (path === '/werkplek/gegevens') {
      const fields = {
        title: value('title'),
        organisation: value('organisation'),
        version: value('version'),
        kind: value('kind'),
        level: value('level'),
      };
      committed = saveDetails(options.folder, file, value('base'), fields, value('officer'));
    } else {
      const [step = '', body = '', part = ''] = value('step').split('|');
      const step_ = { step, body, part, name: value('name'), role: value('role'), date: value('date') };
      const more = { outcome: value('outcome'), asked: value('asked'), minutes: value('minutes') };
      committed = recordStep(
        options.folder,
        file,
        value('base'),
        { ...step_, ...more },
        value('officer'),
        options.project,
      );
    }
    const lines = [...committedLines(committed), ...historyCutLines(committed)];
    return [200, await pages.policy(file, { kind: 'done', lines })];
  } catch (error) {
    const { status, notice } = refused(error, options.folder);
    const named = path === '/werkplek/gegevens' ? 'gegevens' : 'goedkeuren';
    return [status, await pages.policy(file, notice, typedUnlessChanged(status, named, form))];
  }
}

/** A new version of an adopted policy started; answered with the new version's page. */
async function newVersionPosted(form: FormData, options: WorkplaceOptions, pages: Pages): Promise<[number, string]> {
  const file = policyFileIn(options.folder, field(form, 'bestand'));
  if (!file) return [404, pages.overview(refusal(say('no-such-policy')))];
  try {
    const made = startNewVersion(
      options.folder,
      file,
      field(form, 'base'),
      field(form, 'new-version'),
      field(form, 'officer'),
      options.project.root,
    );
    const lines = [
      ...committedLines(made.committed),
      sayKey('workplace-revision.started'),
      ...(made.review ? [made.review] : []),
    ];
    return [200, await pages.policy(made.target, { kind: 'done', lines })];
  } catch (error) {
    const { status, notice } = refused(error, options.folder);
    return [status, await pages.policy(file, notice, typedUnlessChanged(status, 'nieuwe-versie', form))];
  }
}

/** A returned Word document read (import --into --dry-run): what it brings, per article, to decide. */
async function returnedPosted(form: FormData, options: WorkplaceOptions, pages: Pages): Promise<[number, string]> {
  const file = policyFileIn(options.folder, field(form, 'bestand'));
  if (!file) return [404, pages.overview(refusal(say('no-such-policy')))];
  const upload = form.files.get('document');
  if (!upload) return [400, await pages.policy(file, refusal(say('import-no-file')))];
  try {
    const preview = await previewReturned(file, upload, field(form, 'base'), options.project);
    const relativeFile = relative(options.folder, preview.file).split(sep).join('/');
    return [200, pages.returned({ ...preview, file: relativeFile })];
  } catch (error) {
    const { status, notice } = refused(error, options.folder);
    return [status, await pages.policy(file, notice)];
  }
}

/** The returned document brought in as the officer decided per article; answered with the policy's page. */
async function decisionPosted(form: FormData, options: WorkplaceOptions, pages: Pages): Promise<[number, string]> {
  // Each article with proposals has a choice named keuze-<clause ID>: accept (aanvaarden) or reject (weigeren).
  const listed = [...form.fields.keys()].filter((name) => name.startsWith('keuze-')).map((name) => name.slice(6));
  const accepted = listed.filter((clause) => field(form, `keuze-${clause}`) === 'aanvaarden');
  try {
    const brought = await bringReturned(
      options.folder,
      field(form, 'wacht'),
      { accepted, listed },
      field(form, 'officer'),
      options.project,
    );
    const lines = [
      summaryShown(brought.result, options.folder),
      ...brought.lines,
      ...(brought.committed ? committedLines(brought.committed) : [sayKey('workplace-returned.nothing')]),
    ];
    return [200, await pages.policy(brought.file, { kind: 'done', lines })];
  } catch (error) {
    const { status, notice } = refused(error, options.folder);
    return [status, pages.overview(notice)];
  }
}

/** What the answers of this session did, by commit: the page a recorded answer redirects to says it (at most 32). */
type Answered = Map<string, Notice>;

function remember(answered: Answered, commit: string, notice: Notice): void {
  answered.set(commit, notice);
  for (const old of answered.keys()) if (answered.size > 32) answered.delete(old);
}

/**
 * The questions page of `kind`, or, when there is no comparison of that kind, the overview saying so: each with
 * `status` and `notice`.
 */
async function questionsPage(
  kind: string,
  pages: Pages,
  options: WorkplaceOptions,
  status = 200,
  notice?: Notice,
): Promise<[number, string]> {
  try {
    return [status, await pages.questions(kind, notice)];
  } catch (error) {
    const why = refused(error, options.folder);
    return [
      why.status,
      pages.overview(notice ? { ...why.notice, lines: [...notice.lines, ...why.notice.lines] } : why.notice),
    ];
  }
}

/**
 * An answer to a review question recorded and committed; answered with a redirect to the questions page (so a reload
 * never posts again), which says what was committed. A refusal is answered with the page as it is now.
 */
async function answerPosted(
  response: ServerResponse,
  form: FormData,
  context: { options: WorkplaceOptions; pages: Pages; answered: Answered },
): Promise<void> {
  const { options, pages, answered } = context;
  const kind = field(form, 'soort');
  const answer = { verdict: field(form, 'verdict'), first: field(form, 'first'), second: field(form, 'second') };
  try {
    const committed = await answerQuestion(options.folder, kind, answer, field(form, 'officer'), options.project);
    const id = committed.commit.slice(0, 12);
    remember(answered, id, { kind: 'done', lines: committedLines(committed) });
    const query = new URLSearchParams({ soort: kind, vastgelegd: id });
    response.writeHead(303, { location: `${QUESTIONS_PATH}?${query.toString()}`, 'cache-control': 'no-store' }).end();
  } catch (error) {
    const { status, notice } = refused(error, options.folder);
    const [shown, html] = await questionsPage(kind, pages, options, status, notice);
    send(response, shown, html);
  }
}

/** A download asked for by a link or a form of the workplace: made by the command's job, or refused on the page. */
async function downloadAsked(path: string, url: URL, options: WorkplaceOptions): Promise<Download | undefined> {
  const asked = (name: string): string => url.searchParams.get(name) ?? '';
  if (path === '/werkplek/bestuursstuk') {
    const file = policyFileIn(options.folder, asked('bestand'));
    if (!file) throw new WorkplaceRefusal(say('no-such-policy'));
    return boardPack(
      options.folder,
      file,
      asked('vorm') === 'docx' ? 'docx' : 'pdf',
      options.officer ?? '',
      options.project,
    );
  }
  if (path === '/werkplek/vergelijken') return comparison(options.folder, asked('soort'), options.project);
  if (path === '/werkplek/dossier')
    return dossier(options.folder, asked('organisatie'), options.project, asked('datum'));
  if (path === '/werkplek/agenda')
    return agenda(options.folder, asked('vorm') === 'ics' ? 'ics' : 'text', options.project);
  return undefined;
}

const UPLOADS = new Set(['/werkplek/inlezen', '/werkplek/terugbrengen']);
const POSTS = [
  '/werkplek/inlezen',
  '/werkplek/gegevens',
  '/werkplek/goedkeuren',
  '/werkplek/nieuwe-versie',
  '/werkplek/terugbrengen',
  '/werkplek/terugbrengen/besluit',
  ANSWER_PATH,
];

async function posted(
  path: string,
  form: FormData,
  options: WorkplaceOptions,
  pages: Pages,
): Promise<[number, string]> {
  if (path === '/werkplek/inlezen') return importPosted(form, options, pages);
  if (path === '/werkplek/nieuwe-versie') return newVersionPosted(form, options, pages);
  if (path === '/werkplek/terugbrengen') return returnedPosted(form, options, pages);
  if (path === '/werkplek/terugbrengen/besluit') return decisionPosted(form, options, pages);
  return policyPosted(path, form, options, pages);
}

export function workplaceEndpoint(options: WorkplaceOptions): WorkplaceEndpoint {
  const token = newSessionToken();
  const pages = workplacePages(options, token);
  const answered: Answered = new Map();
  const handle = async (request: IncomingMessage, response: ServerResponse, port: number): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path === KENNISNAME_PATH)
      return answerKennisname(request, response, { url, port }, options, { token, frame: pages.frame });
    if (request.method === 'POST' && POSTS.includes(path)) {
      const upload = UPLOADS.has(path);
      const form = await admitted(request, response, { options, pages, token, port, upload });
      if (!form) return;
      if (path === ANSWER_PATH) return answerPosted(response, form, { options, pages, answered });
      const [status, html] = await posted(path, form, options, pages);
      return send(response, status, html);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    if (path === '/werkplek' || path === WORKPLACE_PATH) return send(response, 200, pages.overview());
    if (path === QUESTIONS_PATH) {
      const done = answered.get(url.searchParams.get('vastgelegd') ?? '');
      const [status, html] = await questionsPage(url.searchParams.get('soort') ?? '', pages, options, 200, done);
      return send(response, status, html);
    }
    const file =
      path === '/werkplek/beleid'
        ? policyFileIn(options.folder, url.searchParams.get('bestand') ?? undefined)
        : undefined;
    if (file) return send(response, 200, await pages.policy(file));
    const word =
      path === '/werkplek/docx'
        ? policyFileIn(options.folder, url.searchParams.get('bestand') ?? undefined)
        : undefined;
    if (word) return sendDocx(response, await policyDocx(word, options.project));
    try {
      const download = await downloadAsked(path, url, options);
      if (download) return sendDownload(response, download);
    } catch (error) {
      const { status, notice } = refused(error, options.folder);
      return send(response, status, pages.overview(notice));
    }
    send(response, 404, pages.overview(refusal(say('no-such-policy'))));
  };
  return {
    token,
    handle: (request, response, port) => {
      handle(request, response, port).catch((error: unknown) => {
        const message = isClausemarkError(error) ? told(error) : error instanceof Error ? error.message : String(error);
        if (response.headersSent) response.end();
        else send(response, 500, pages.frame(say('refused-title'), '', refusal(message)));
      });
    },
  };
}

/** The largest upload, in MiB, unless CLAUSEMARK_MAX_UPLOAD_MB says otherwise. */
const UPLOAD_MB = 32;
/** How long a post may take to arrive. */
const POST_MILLISECONDS = 120_000;

/** The workplace of `serve` in the working folder, with the report folder `out` linked once built. */
export function workplaceFor(project: Project, out: string, officer: string | undefined): WorkplaceEndpoint {
  const asked = Number(process.env.CLAUSEMARK_MAX_UPLOAD_MB);
  const megabytes = Number.isFinite(asked) && asked > 0 ? asked : UPLOAD_MB;
  return workplaceEndpoint({
    folder: process.cwd(),
    project,
    ...(officer ? { officer } : {}),
    maxUploadBytes: Math.floor(megabytes * 1024 * 1024),
    postMilliseconds: POST_MILLISECONDS,
    reportFolder: out,
  });
}

/** Says where the workplace is and, with --open, hands its address to the browser (told when that failed). */
export function announceWorkplace(
  url: string,
  open: boolean,
  log: { out(line: string): void; err(line: string): void },
): void {
  const address = `${url}werkplek/`;
  log.out(wordMessage({ messageId: 'serve-report.workplace', params: { url: address } }));
  if (open) openInBrowser(address, () => log.err(wordMessage({ messageId: 'serve-report.not-opened' })));
}
