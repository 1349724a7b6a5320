// The workplace's parts for a new version and a returned Word document (`clausemark serve`, /werkplek/): the form that
// starts a new version of an adopted policy, the board pack and review downloads of a version that supersedes another,
// the upload of a returned .docx, and what that document brings per article (its proposals to accept or reject, its
// comments, and its conflicts with the source side by side). Pure: data and words are given (src/jobs/serve-workplace.ts).
import { choice, esc, field, fieldId, hidden, type Say, type Typed, typedOr } from './page.js';

export interface RevisionRow {
  file: string;
  base: string;
  state: string;
  supersedes?: string;
}

const ADOPTED = new Set(['adopted', 'in-force', 'review-due']);

const link = (path: string, params: Record<string, string>): string =>
  `${path}?${new URLSearchParams(params).toString()}`;

/** The new-version form (an adopted policy), the board pack downloads (a new version) and the returned-document upload. */
export function revisionParts(
  row: RevisionRow,
  context: { token: string; officer: string; suggested: string; maxUploadMb: string; typed?: Typed },
  say: Say,
): string {
  const parts: string[] = [];
  const kept = (name: string, value: string): string => typedOr(context.typed, 'nieuwe-versie', name, value);
  if (ADOPTED.has(row.state))
    parts.push(
      `<h2>${esc(say('workplace-revision.heading'))}</h2>`,
      `<p class="hint">${esc(say('workplace-revision.hint'))}</p>`,
      `<form method="post" action="/werkplek/nieuwe-versie">`,
      hidden('token', context.token),
      hidden('bestand', row.file),
      hidden('base', row.base),
      field(
        'nieuwe-versie',
        'new-version',
        say('workplace-revision.version'),
        kept('new-version', context.suggested),
        'text',
        true,
      ),
      field('nieuwe-versie', 'officer', say('workplace.officer'), kept('officer', context.officer), 'text', true),
      `<button type="submit">${esc(say('workplace-revision.button'))}</button>`,
      '</form>',
    );
  if (row.supersedes !== undefined)
    parts.push(
      `<h2>${esc(say('workplace-revision.board-heading', { version: row.supersedes }))}</h2>`,
      '<ul>',
      `<li><a href="${esc(link('/werkplek/bestuursstuk', { bestand: row.file, vorm: 'pdf' }))}">${esc(say('workplace-revision.board-pdf'))}</a></li>`,
      `<li><a href="${esc(link('/werkplek/bestuursstuk', { bestand: row.file, vorm: 'docx' }))}">${esc(say('workplace-revision.board-docx'))}</a></li>`,
      '</ul>',
    );
  parts.push(
    `<h2>${esc(say('workplace-returned.heading'))}</h2>`,
    `<p class="hint">${esc(say('workplace-returned.hint'))}</p>`,
    `<form method="post" action="/werkplek/terugbrengen" enctype="multipart/form-data">`,
    hidden('token', context.token),
    hidden('bestand', row.file),
    hidden('base', row.base),
    `<label for="${fieldId('terugbrengen', 'document')}">${esc(say('workplace-returned.file'))}</label><input type="file" id="${fieldId('terugbrengen', 'document')}" name="document" accept=".docx" required>`,
    `<p class="hint">${esc(say('workplace.import-limit', { size: context.maxUploadMb }))}</p>`,
    `<button type="submit">${esc(say('workplace-returned.read-button'))}</button>`,
    '</form>',
  );
  return parts.join('\n');
}

export interface ReturnedView {
  id: string;
  file: string;
  filename: string;
  articles: {
    clause: string;
    name: string;
    proposals: { authors: string[]; dates: string[]; before: string; after: string }[];
    comments: { author: string; date?: string; text: string }[];
  }[];
  conflicts: { clause: string; name: string; source: string; word: string }[];
  lines: string[];
}

/** Who proposed a change, and on which day, as a date is written in the officer's language ("12 januari 2026"). */
function proposedBy(proposal: { authors: string[]; dates: string[] }, say: Say): string {
  const authors = proposal.authors.join(', ');
  const date = proposal.dates[0]?.slice(0, 10);
  return date ? say('workplace-returned.proposed-by', { authors, date }) : authors;
}

function articleHtml(article: ReturnedView['articles'][number], say: Say): string {
  const proposals = article.proposals.map(
    (proposal) =>
      `<tr><td>${esc(proposedBy(proposal, say))}</td><td><del>${esc(proposal.before)}</del></td><td><ins>${esc(proposal.after)}</ins></td></tr>`,
  );
  const comments = article.comments.map(
    (comment) =>
      `<li>${esc(comment.date ? say('workplace-returned.comment', { author: comment.author, date: comment.date.slice(0, 10) }) : say('workplace-returned.comment-undated', { author: comment.author }))} ${esc(comment.text)}</li>`,
  );
  const decision =
    article.proposals.length === 0
      ? ''
      : `<fieldset><legend>${esc(say('workplace-returned.decide', { article: article.name }))}</legend>${[
          ['aanvaarden', say('workplace-returned.accept')],
          ['weigeren', say('workplace-returned.reject')],
        ]
          .map(
            ([value, words], index) =>
              `<label class="choice"><input type="radio" name="keuze-${esc(article.clause)}" value="${value}"${index === 0 ? ' checked' : ''}> ${esc(words ?? '')}</label>`,
          )
          .join('')}</fieldset>`;
  return [
    `<section aria-label="${esc(say('workplace-returned.article', { article: article.name }))}">`,
    `<h3>${esc(say('workplace-returned.article', { article: article.name }))}</h3>`,
    proposals.length > 0
      ? `<table><caption class="hint">${esc(say('workplace-returned.proposals'))}</caption><thead><tr><th scope="col">${esc(say('workplace-returned.by'))}</th><th scope="col">${esc(say('workplace-returned.was'))}</th><th scope="col">${esc(say('workplace-returned.becomes'))}</th></tr></thead><tbody>${proposals.join('')}</tbody></table>`
      : '',
    comments.length > 0 ? `<ul>${comments.join('')}</ul>` : '',
    decision,
    '</section>',
  ].join('');
}

function conflictsHtml(view: ReturnedView, say: Say): string {
  if (view.conflicts.length === 0) return '';
  const rows = view.conflicts.map(
    (conflict) =>
      `<tr><th scope="row">${esc(conflict.name)}</th><td>${esc(conflict.source)}</td><td>${esc(conflict.word)}</td></tr>`,
  );
  return [
    `<h2>${esc(say('workplace-returned.conflicts-heading'))}</h2>`,
    `<p class="hint">${esc(say('workplace-returned.conflicts-hint'))}</p>`,
    `<table class="sides"><thead><tr><th scope="col">${esc(say('workplace-returned.article-col'))}</th><th scope="col">${esc(say('workplace-returned.source-col'))}</th><th scope="col">${esc(say('workplace-returned.word-col', { file: view.filename }))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  ].join('');
}

/** What the returned document brings, per article, with the form that brings it in as the officer decides. */
export function returnedBody(view: ReturnedView, context: { token: string; officer: string }, say: Say): string {
  const articles = view.articles.map((article) => articleHtml(article, say));
  return [
    `<p>${esc(say('workplace-returned.intro', { file: view.filename }))} <code>${esc(view.file)}</code></p>`,
    view.lines.length > 0 ? `<ul>${view.lines.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>` : '',
    conflictsHtml(view, say),
    `<form method="post" action="/werkplek/terugbrengen/besluit">`,
    hidden('token', context.token),
    hidden('wacht', view.id),
    articles.length > 0
      ? `<h2>${esc(say('workplace-returned.articles-heading'))}</h2>${articles.join('\n')}`
      : `<p>${esc(say('workplace-returned.no-proposals'))}</p>`,
    field('besluit', 'officer', say('workplace.officer'), context.officer, 'text', true),
    `<button type="submit">${esc(say('workplace-returned.bring-button'))}</button>`,
    '</form>',
  ].join('\n');
}

/** A refused save's difference: the lines as the page read them beside the lines as they are now. */
export function differenceHtml(hunks: readonly { before: string[]; after: string[] }[], say: Say): string {
  if (hunks.length === 0) return '';
  const rows = hunks.map(
    (hunk) =>
      `<tr><td><del>${hunk.before.map(esc).join('<br>')}</del></td><td><ins>${hunk.after.map(esc).join('<br>')}</ins></td></tr>`,
  );
  return `<table class="sides"><caption>${esc(say('workplace-conflict.caption'))}</caption><thead><tr><th scope="col">${esc(say('workplace-conflict.before'))}</th><th scope="col">${esc(say('workplace-conflict.after'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The overview's downloads (a comparison of one kind, offered by its title, an organisation's dossier by its name and
 * on a day, the agenda) and the comparison's review questions.
 */
export function exportsBody(
  data: { kinds: [kind: string, title: string][]; organisations: [org: string, name: string][] },
  say: Say,
): string {
  const parts = [`<h2>${esc(say('workplace-exports.heading'))}</h2>`];
  if (data.kinds.length > 0)
    parts.push(
      `<form method="get" action="/werkplek/vergelijken">`,
      choice('vergelijken', 'soort', say('workplace-exports.compare-kind'), data.kinds),
      `<button type="submit">${esc(say('workplace-exports.compare-button'))}</button>`,
      `<button type="submit" formaction="/werkplek/vragen">${esc(say('workplace-questions.button'))}</button>`,
      '</form>',
    );
  if (data.organisations.length > 0)
    parts.push(
      `<form method="get" action="/werkplek/dossier">`,
      choice('dossier', 'organisatie', say('workplace-exports.dossier-org'), data.organisations),
      // The day the dossier is of (dossier --at): empty for today; a later day shows what will be in force then.
      field('dossier', 'datum', say('workplace-exports.dossier-date'), '', 'date'),
      `<button type="submit">${esc(say('workplace-exports.dossier-button'))}</button>`,
      '</form>',
    );
  parts.push(
    '<ul>',
    `<li><a href="/werkplek/agenda?vorm=ics">${esc(say('workplace-exports.agenda-ics'))}</a></li>`,
    `<li><a href="/werkplek/agenda?vorm=text">${esc(say('workplace-exports.agenda-text'))}</a></li>`,
    '</ul>',
  );
  return parts.join('\n');
}
