// The frame of the workplace's pages (`clausemark serve`, /werkplek/): the one page shell with a stylesheet of its own
// (allowed by hash; with the symbol font when a page shows a check box, render/shared/html-symbols.ts), no script at
// all, and forms that post to this server only; a notice of what the last action did (role status) or why it was
// refused (role alert). Words come ready in the run's language; every value is escaped.
// No page is wider than a phone's screen: a long word wraps, a field fits its form, a wide table scrolls in its box.
import { escapeHtml } from '../shared/html-escape.js';
import { htmlPage } from '../shared/html-page.js';
import { withHashedStyle } from '../shared/html-symbols.js';

export type Say = (id: string, params?: Record<string, string>) => string;

export interface Notice {
  kind: 'done' | 'refused';
  lines: string[];
  /** HTML the workplace made (every value escaped) shown under the lines: a refused save's difference. */
  html?: string;
}

const STYLE = [
  'body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem 3rem;color:#1a1a1a;overflow-wrap:break-word}',
  'nav{padding:.8rem 0;border-bottom:1px solid #ccc;margin-bottom:1rem}nav a{margin-right:1.2rem}',
  'a{color:#0b4f8a}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}',
  'form{margin:1rem 0;padding:1rem;border:1px solid #ccc;border-radius:4px;max-width:44rem}',
  'label{display:block;margin:.5rem 0 .15rem;font-weight:600}input,select,button{font:inherit}input[type=text],input[type=date],select{width:100%;max-width:30rem;padding:.25rem;box-sizing:border-box}input[type=file]{max-width:100%}.wide{overflow-x:auto}',
  'button{display:block;margin-top:.8rem;padding:.35rem 1rem;background:#0b4f8a;color:#fff;border:0;border-radius:3px}',
  '.warn{background:#fff4e5;border-left:4px solid #8a4b00;padding:.5rem 1rem}.done{background:#e6f4ea;border-left:4px solid #1b5e20;padding:.5rem 1rem}.refused{background:#fdecea;border-left:4px solid #a4000f;padding:.5rem 1rem}',
  '.state{font-weight:600}.hint{color:#444}caption{text-align:left}',
  '.people li{margin:.4rem 0}.people form{display:inline;margin:0;padding:0;border:0}.people button{display:inline;margin:0 0 0 .6rem}.people .done{padding:.1rem .5rem}',
  'del{background:#fdecea;text-decoration:line-through}ins{background:#e6f4ea;text-decoration:none}.sides td{width:45%}',
  'fieldset{border:1px solid #ccc;margin:.5rem 0}label.choice{display:inline;font-weight:400;margin-right:1.5rem}section{margin:1rem 0}',
  'figure{margin:.5rem 0}figcaption{font-weight:600}blockquote{margin:.2rem 0 0;padding-left:.8rem;border-left:3px solid #999}.questions>li{margin:1.2rem 0}.answers button{display:inline-block;margin:.3rem .8rem .3rem 0}',
].join('');

export const esc = escapeHtml;

export function noticeHtml(notice: Notice | undefined): string {
  if (!notice) return '';
  const role = notice.kind === 'done' ? 'status' : 'alert';
  return `<div class="${notice.kind}" role="${role}">${notice.lines.map((line) => `<p>${esc(line)}</p>`).join('')}${notice.html ?? ''}</div>`;
}

/** The id of `form`'s field `name`: unique on the page, since one page holds several forms with like fields. */
export function fieldId(form: string, name: string): string {
  return `f-${form}-${name}`;
}

/** A labelled text field of `form`. */
export function field(form: string, name: string, label: string, value = '', type = 'text', required = false): string {
  const id = fieldId(form, name);
  return `<label for="${id}">${esc(label)}</label><input type="${type}" id="${id}" name="${name}" value="${esc(value)}"${required ? ' required' : ''}>`;
}

/** A labelled choice of `form`; `options` as [value, words], or [value, words, true] for one shown but not offered. */
export function choice(
  form: string,
  name: string,
  label: string,
  options: [string, string, boolean?][],
  selected?: string,
): string {
  const id = fieldId(form, name);
  const items = options.map(
    ([value, words, disabled]) =>
      `<option value="${esc(value)}"${disabled ? ' disabled' : value === selected ? ' selected' : ''}>${esc(words)}</option>`,
  );
  return `<label for="${id}">${esc(label)}</label><select id="${id}" name="${name}">${items.join('')}</select>`;
}

/** What the officer typed in the form `form` before its post was refused: shown again on the page that says why. */
export interface Typed {
  form: string;
  values: ReadonlyMap<string, string>;
}

/** The value the field `name` of `form` shows: as typed, when that form's post was refused; else `value`. */
export function typedOr(typed: Typed | undefined, form: string, name: string, value: string): string {
  return typed?.form === form ? (typed.values.get(name) ?? value) : value;
}

export function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${esc(value)}">`;
}

export interface Frame {
  lang: string;
  title: string;
  say: Say;
  /** Whether the HTML report is built (out/index.html): then the navigation links it. */
  report: boolean;
  notice?: Notice;
  body: string;
}

export function workplacePage(frame: Frame): string {
  const { say } = frame;
  const nav = [
    `<a href="/werkplek/">${esc(say('nav-home'))}</a>`,
    ...(frame.report ? [`<a href="/">${esc(say('nav-report'))}</a>`] : []),
  ];
  const body = [
    '',
    `<nav aria-label="${esc(say('nav-label'))}">${nav.join('')}</nav>`,
    '<main>',
    `<h1>${esc(frame.title)}</h1>`,
    noticeHtml(frame.notice),
    frame.body,
    '</main>',
    '',
  ].join('\n');
  const title = `${frame.title} · clausemark`;
  const { style, csp } = withHashedStyle(STYLE, ["form-action 'self'", "base-uri 'none'"], `${title}\n${body}`);
  return htmlPage({ lang: frame.lang, title, csp, style, body });
}
