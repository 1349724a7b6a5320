// The page of `acknowledge meeting` (issue 72 item 3a): for a team meeting on a laptop, the version, its changes since
// the version asked before, and each person's name with a button to confirm their own acknowledgement. A plain form
// (no script): each button posts the person and the session's token; a name shows ✓ only once its record is in the
// version's file (the server renders the page from the records at every request). In the one page shell.
import { createHash } from 'node:crypto';
import { escapeHtml } from '../shared/html-escape.js';
import { htmlPage } from '../shared/html-page.js';

export interface AcknowledgePageWords {
  lang: string;
  title: string;
  intro: string;
  changesHeading: string;
  noChanges: string;
  listHeading: string;
  /** The button's words: "Ik ken deze versie". */
  confirm: string;
  /** Said beside a name whose acknowledgement is recorded. */
  done: string;
}

export interface AcknowledgePageData {
  /** The path the form posts to. */
  action: string;
  token: string;
  changes: { number: string; text: string }[];
  people: { id: string; name: string; where: string; acknowledged: boolean }[];
  /** What the last post did, when the page follows one. */
  notice?: string;
}

const STYLE =
  'body{font:18px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:50rem;padding:0 1rem}li{margin:.4rem 0}button{font:inherit;padding:.2rem .8rem}.done{color:#1b5e20;font-weight:600}.where{color:#555}.notice{background:#e8f5e9;padding:.5rem 1rem}';

/** Its own stylesheet (by hash), and forms that post to this server only. */
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'; form-action 'self'`;

function personItem(
  person: AcknowledgePageData['people'][number],
  data: AcknowledgePageData,
  words: AcknowledgePageWords,
): string {
  const name = `<strong>${escapeHtml(person.name)}</strong> <span class="where">${escapeHtml(person.where)}</span>`;
  if (person.acknowledged)
    return `<li data-person="${escapeHtml(person.id)}">${name} <span class="done">✓ ${escapeHtml(words.done)}</span></li>`;
  return [
    `<li data-person="${escapeHtml(person.id)}"><form method="post" action="${escapeHtml(data.action)}">${name} `,
    `<input type="hidden" name="token" value="${escapeHtml(data.token)}">`,
    `<button type="submit" name="person" value="${escapeHtml(person.id)}">${escapeHtml(words.confirm)}</button></form></li>`,
  ].join('');
}

export function renderAcknowledgePage(words: AcknowledgePageWords, data: AcknowledgePageData): string {
  const changes =
    data.changes.length === 0
      ? [`<p>${escapeHtml(words.noChanges)}</p>`]
      : [
          '<ul>',
          ...data.changes.map((change) => `<li>${escapeHtml(`${change.number} ${change.text}`.trim())}</li>`),
          '</ul>',
        ];
  const body = [
    '',
    `<h1>${escapeHtml(words.title)}</h1>`,
    ...(data.notice ? [`<p class="notice" role="status">${escapeHtml(data.notice)}</p>`] : []),
    `<p>${escapeHtml(words.intro)}</p>`,
    `<h2>${escapeHtml(words.changesHeading)}</h2>`,
    ...changes,
    `<h2>${escapeHtml(words.listHeading)}</h2>`,
    '<ul class="people">',
    ...data.people.map((person) => personItem(person, data, words)),
    '</ul>',
    '',
  ].join('\n');
  return htmlPage({ lang: words.lang, title: words.title, csp: CSP, style: STYLE, body });
}
