// The page `clausemark serve --watch` shows for every page while the last rebuild failed, and the page a report that
// could not be made leaves in out/ (src/report/site/failed.ts), in the one page shell (render/shared/html-page.ts):
// each finding as clausemark prints it (file:line:col, the message, the fix), as text. Its words are given (src/jobs/
// serve.ts and failed.ts word them in the run's language); the server adds the reload script (src/io/live-reload.ts),
// so the page it serves reloads itself once a rebuild is done.
import { escapeHtml } from '../shared/html-escape.js';
import { htmlPage } from '../shared/html-page.js';
import { withHashedStyle } from '../shared/html-symbols.js';

/** The page's words, plain text, and its language (BCP 47). */
export interface ServeErrorWords {
  lang: string;
  title: string;
  heading: string;
  /** What to do: fix the findings and save. */
  fix: string;
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{background:#fdecea;border-left:4px solid #b3261e;padding:.75rem 1rem;white-space:pre-wrap}';

/** A list under the findings, with its heading (a failed report's files removed from out/), each item as text. */
export interface ServeErrorList {
  heading: string;
  items: readonly string[];
}

export function renderServeErrorPage(words: ServeErrorWords, errors: readonly string[], list?: ServeErrorList): string {
  const listed =
    list && list.items.length > 0
      ? [
          `<h2>${escapeHtml(list.heading)}</h2>`,
          '<ul>',
          ...list.items.map((item) => `<li>${escapeHtml(item)}</li>`),
          '</ul>',
        ]
      : [];
  const body = [
    '',
    `<h1>${escapeHtml(words.heading)}</h1>`,
    `<p>${escapeHtml(words.fix)}</p>`,
    ...errors.map((error) => `<pre>${escapeHtml(error)}</pre>`),
    ...listed,
    '',
  ].join('\n');
  // Nothing but its own stylesheet (by hash; data: fonts when it carries the symbol font); the server widens it by
  // exactly its reload script.
  const { style, csp } = withHashedStyle(STYLE, [], `${words.title}\n${body}`);
  return htmlPage({ lang: words.lang, title: words.title, csp, style, body });
}
