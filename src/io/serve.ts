// A static file server for the HTML report (`clausemark serve`): localhost only, GET and HEAD only, files under
// one folder only (no `..`, no symlink out), with the content types browsers need. The report works from the file
// system too; serving it is for authors who edit and look at once, and for the workplace's users beside it, so a page
// is served in the workplace's words (src/text/served-words.ts: no command, no front-matter field). With a LiveState
// (serve --watch) pages reload themselves after a rebuild, and a failed rebuild is shown instead of the pages
// (src/io/live-reload.ts).
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { errorById } from './messages.js';
import { CONFIRM_PATH, type ConfirmEndpoint, confirmScript, handleConfirm } from './confirm-buttons.js';
import { EVENTS_PATH, VERSION_PATH, withReloadScript, withScript, type LiveState } from './live-reload.js';
import { servedPage } from '../text/served-words.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

/** The file a request path names inside `root`, or undefined when it names nothing there. */
function resolveRequest(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  let base: string;
  try {
    base = realpathSync(resolve(root));
  } catch {
    return undefined; // No report built yet: the workplace alone is served.
  }
  let file = resolve(base, `.${path.startsWith('/') ? path : `/${path}`}`);
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const real = realpathSync(file);
    if (real !== base && !real.startsWith(`${base}${sep}`)) return undefined;
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/**
 * An SVG (an organisation's logo) opened as a page runs its scripts with the server's origin, which could read the
 * other pages and the confirm token. Served with this policy it runs none, and as a sandbox it has no origin.
 * The pages show logos with <img>, where a browser never runs an SVG's scripts, so nothing they show changes.
 */
const SVG_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; sandbox";

/**
 * The Host headers this server answers to: its own address only. A page on another site can make its own name
 * resolve to 127.0.0.1 (DNS rebinding) and would then read the report and the confirm token as same-origin; its
 * requests carry its own name as Host, so they are refused.
 */
function ownHosts(port: number, host = '127.0.0.1'): string[] {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  return hosts.includes(`${host}:${port}`) ? hosts : [...hosts, `${host}:${port}`];
}

/** Answers what only a watching server answers (build number, error page, pages with the reload script); false otherwise. */
function answerLive(
  live: LiveState,
  urlPath: string,
  file: string | undefined,
  response: ServerResponse,
  head: boolean,
  decorate: (html: string) => string = (html) => html,
): boolean {
  const path = urlPath.split('?')[0] ?? '/';
  let status = 200;
  let type = TYPES['.html'];
  let body: string;
  const page =
    path.endsWith('/') || path.endsWith('.html') || (file !== undefined && extname(file).toLowerCase() === '.html');
  if (path === VERSION_PATH) {
    type = TYPES['.json'];
    body = `${JSON.stringify({ version: live.version, failed: live.errors.length > 0 })}\n`;
  } else if (page && live.errors.length > 0) {
    status = 500;
    body = withReloadScript(live.errorPage(live.errors), live.version);
  } else if (file && extname(file).toLowerCase() === '.html') {
    try {
      body = decorate(withReloadScript(readFileSync(file, 'utf8'), live.version));
    } catch {
      return false; // Gone since it was found (a rebuild removed it): answered as any missing file.
    }
  } else {
    return false;
  }
  response.writeHead(status, { 'content-type': type ?? 'text/plain', ...HEADERS });
  response.end(head ? undefined : body);
  return true;
}

/** The build numbers as server-sent events: the current one now, each new one when its rebuild is done. */
function streamBuilds(live: LiveState, request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { ...HEADERS, 'content-type': 'text/event-stream' });
  const tell = (version: number): void => void response.write(`data: ${version}\n\n`);
  // A dropped connection is taken up again by the browser within a fifth of a second.
  response.write('retry: 200\n\n');
  tell(live.version);
  live.listeners ??= new Set();
  live.listeners.add(tell);
  request.on('close', () => live.listeners?.delete(tell));
}

/** A page with the confirm buttons' script, where it holds questions (a comparison page, its review page). */
const withConfirm = (html: string, script: string): string =>
  html.includes('class="confirm-command"') || html.includes('class="review-button"') ? withScript(html, script) : html;

type Workplace = NonNullable<ServeOptions['workplace']>;

/** The workplace's paths (/werkplek/…), and `/` while no report is built; false for every other path. */
function answerWorkplace(
  workplace: Workplace,
  root: string,
  path: string,
  port: number,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  if (path === '/werkplek' || path.startsWith('/werkplek/')) {
    workplace.handle(request, response, port);
    return true;
  }
  if (path !== '/' || existsSync(join(root, 'index.html'))) return false;
  response.writeHead(303, { location: '/werkplek/', ...HEADERS }).end();
  return true;
}

export interface ServeOptions {
  port: number;
  host?: string;
  live?: LiveState;
  /** Confirm/reject buttons on the comparison page, and the endpoint they post to (confirm-buttons.ts). */
  confirm?: ConfirmEndpoint;
  /** The officer's workplace under /werkplek/ (src/jobs/serve-workplace.ts); `/` leads there while no report is built. */
  workplace?: { handle(request: IncomingMessage, response: ServerResponse, port: number): void };
}

export function serveFolder(root: string, options: ServeOptions): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const port = (server.address() as { port: number } | null)?.port ?? options.port;
    if (!ownHosts(port, options.host).includes((request.headers.host ?? '').toLowerCase())) {
      // Said before anything is read, for any method; `connection: close` drops a body the client may be sending.
      response
        .writeHead(421, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', ...HEADERS })
        .end(`this server answers only at http://127.0.0.1:${port}/\n`);
      return;
    }
    if (options.workplace && answerWorkplace(options.workplace, root, path ?? '/', port, request, response)) return;
    if (options.confirm && request.method === 'POST' && path === CONFIRM_PATH)
      return handleConfirm(request, response, options.confirm, port);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveRequest(root, request.url ?? '/');
    const confirm = options.confirm && confirmScript(options.confirm.token);
    // Only the comparison pages and their review pages carry questions; every page is served in the workplace's words
    // (src/text/served-words.ts: no command where the file names one), with the reload script while watching.
    const withButtons = (html: string): string => servedPage(confirm ? withConfirm(html, confirm) : html);
    if (options.live && path === EVENTS_PATH) {
      streamBuilds(options.live, request, response);
      return;
    }
    if (
      options.live &&
      answerLive(options.live, request.url ?? '/', file, response, request.method === 'HEAD', withButtons)
    )
      return;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const policy = extname(file).toLowerCase() === '.svg' ? { 'content-security-policy': SVG_POLICY } : {};
    if (extname(file).toLowerCase() === '.html') {
      response.writeHead(200, { 'content-type': type, ...HEADERS });
      response.end(request.method === 'HEAD' ? undefined : withButtons(readFileSync(file, 'utf8')));
      return;
    }
    response.writeHead(200, { 'content-type': type, ...HEADERS, ...policy });
    if (request.method === 'HEAD') response.end();
    // A file removed between finding and reading it ends the response instead of the server.
    else
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolvePromise(server));
  });
}

/** The report folder must be a folder; without --watch (which builds it) it must exist already. */
export function checkReportFolder(out: string, watching: boolean): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(out).isDirectory();
  } catch {
    if (watching) return;
    throw errorById(
      { messageId: 'report-folder.missing', fixId: 'report-folder.build-first' },
      { place: { file: out }, ruleId: 'bad-arguments' },
    );
  }
  if (!isFolder) {
    throw errorById(
      { messageId: 'report-folder.is-file', fixId: 'report-folder.name-folder' },
      { place: { file: out }, ruleId: 'bad-arguments' },
    );
  }
}
