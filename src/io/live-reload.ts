// What `clausemark serve --watch` adds to the report as it serves it (the files in out/ stay exactly as `build`
// wrote them): a small script that asks the server for the build number and reloads the page after a rebuild, and,
// while the last rebuild failed, an error page with the findings instead of a page that no longer matches the
// source. io renders no page: the error page is made by the function the state carries (the serve job's, through the
// one page shell of src/render/shared/html-page.ts), and this module adds the reload script to it. The report's Content-Security-Policy allows only its own script, by hash, and no connections: the page's
// policy is widened by exactly this script's hash and requests to its own server.
import { cspHashSource } from '../text/csp-hash.js';

/** Where the page asks for the build number (a path no report file can have). */
export const VERSION_PATH = '/__clausemark/version';
/** Where the page listens for new build numbers (server-sent events): told at once, not found by polling. */
export const EVENTS_PATH = '/__clausemark/events';

/** The state a watching server shares with its pages: the build number, and the findings of the last build. */
export interface LiveState {
  /** Goes up by one after every rebuild, failed or not. */
  version: number;
  /** The last rebuild's errors as `file:line:col: message` (and fix) texts; empty when it succeeded. */
  errors: string[];
  /**
   * The page shown for every page while the last rebuild failed, made from its errors (without the reload script,
   * which the server adds): src/jobs/serve.ts serveErrorPage.
   */
  errorPage(errors: readonly string[]): string;
  /** The pages listening now (EVENTS_PATH): each is told every new build number. */
  listeners?: Set<(version: number) => void>;
}

/** A rebuild is done: the next build number, told at once to every page listening. */
export function announceBuild(live: LiveState): void {
  live.version++;
  for (const listener of live.listeners ?? []) listener(live.version);
}

/**
 * Reloads the page as soon as the build number is no longer the one it was served with: the server pushes each new
 * number (EventSource on EVENTS_PATH, so a saved edit shows without waiting for a poll); where that is not to be had,
 * it polls the number every half second.
 */
export function reloadScript(version: number): string {
  return [
    `(function () {`,
    `  var served = ${JSON.stringify(version)};`,
    `  function check(current) { if (current !== served) location.reload(); }`,
    `  function poll() {`,
    `    fetch(${JSON.stringify(VERSION_PATH)}, { cache: 'no-store' })`,
    `      .then(function (response) { return response.json(); })`,
    `      .then(function (state) { check(state.version); setTimeout(poll, 500); })`,
    `      .catch(function () { setTimeout(poll, 2000); });`,
    `  }`,
    `  if (typeof EventSource === 'function') {`,
    `    var events = new EventSource(${JSON.stringify(EVENTS_PATH)});`,
    `    events.onmessage = function (event) { check(Number(event.data)); };`,
    `  } else setTimeout(poll, 500);`,
    `})();`,
  ].join('\n');
}

/** A Content-Security-Policy that also allows `script` (by hash) and requests to the page's own server. */
export function widenPolicy(policy: string, script: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  const extend = (name: string, source: string): void => {
    const index = directives.findIndex((directive) => directive.split(/\s+/)[0]?.toLowerCase() === name);
    if (index === -1) {
      directives.push(`${name} ${source}`);
      return;
    }
    const sources = (directives[index] ?? '')
      .split(/\s+/)
      .slice(1)
      .filter((value) => value !== "'none'");
    directives[index] = [name, ...sources.filter((value) => value !== source), source].join(' ');
  };
  extend('script-src', cspHashSource(script));
  extend('connect-src', "'self'");
  return directives.join('; ');
}

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** An attribute value as the browser reads it: the layout escapes ' and = in the policy (&#x27; &#x3D;). */
function attributeValue(escaped: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
  return escaped.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi,
    (entity, hex?: string, decimal?: string, name?: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (decimal) return String.fromCodePoint(Number(decimal));
      return named[(name ?? '').toLowerCase()] ?? entity;
    },
  );
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page with the reload script before </body>, and its Content-Security-Policy widened to let it run. */
export function withReloadScript(html: string, version: number): string {
  return withScript(html, reloadScript(version));
}

/** The page with `script` before </body>, and its Content-Security-Policy widened by exactly that script. */
export function withScript(html: string, script: string): string {
  const allowed = html.replace(
    CSP_META,
    (_match, start: string, policy: string, end: string) =>
      `${start}${escapeAttribute(widenPolicy(attributeValue(policy), script))}${end}`,
  );
  const tag = `<script>${script}</script>\n`;
  const close = allowed.lastIndexOf('</body>');
  return close === -1 ? `${allowed}${tag}` : `${allowed.slice(0, close)}${tag}${allowed.slice(close)}`;
}
