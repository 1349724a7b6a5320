// One self-contained HTML file (in the one page shell, render/shared/html-page.ts): summary, then each change as a
// card headed by the clause as the document cites it, with kind badges (a symbol and a word, so colour is never the
// only signal) and the clause's ID small beside them, viewable inline or side by side.
// Every piece of policy text is escaped, and a Content-Security-Policy forbids scripts and remote loads outright:
// the report needs neither.
import type { ChangeKind, ClauseChange, WordOp } from '../../diff/types.js';
import { escapeHtml } from '../shared/html-escape.js';
import { htmlPage } from '../shared/html-page.js';
import { stylesheet } from './html-style.js';
import { withSymbolFontStandAlone } from '../shared/html-symbols.js';
import {
  linkNotesOf,
  reasonsOf,
  BREAK_MARK,
  isBreakChange,
  metaLine,
  comparedLine,
  hiddenLine,
  kindCounts,
  kindNames,
  listedChanges,
  placeOf,
  renumberedLine,
  sideOf,
  significanceName,
  subjectNames,
  summaryLine,
  textShape,
  versionLine,
  type DiffReport,
} from './report.js';

/** Symbols that tell the kinds apart without colour (and print in black and white). */
const KIND_SYMBOLS: Record<ChangeKind, string> = {
  added: '+',
  removed: '−',
  modified: '✎',
  moved: '↕',
  renumbered: '#',
  'id-renamed': '⇄',
  split: '1→2',
  merged: '2→1',
};

const SIGNIFICANCE_SYMBOLS = { substantive: '●', editorial: '○' } as const;

function badge(className: string, symbol: string, word: string): string {
  return `<span class="badge ${className}"><span class="sym" aria-hidden="true">${escapeHtml(symbol)}</span> ${escapeHtml(word)}</span>`;
}

const del = (text: string): string => (text === '' ? '' : `<del>${escapeHtml(text)}</del>`);
const ins = (text: string): string => (text === '' ? '' : `<ins>${escapeHtml(text)}</ins>`);

/** `side` 'old' keeps a deleted paragraph break as a break: that column shows the old text as it stood. */
function redline(words: readonly WordOp[], side: 'inline' | 'old' | 'new' = 'inline'): string {
  return words
    .map((word) => {
      if (isBreakChange(word)) {
        const keepsBreak = word.op === 'insert' || side === 'old';
        return `${word.op === 'insert' ? ins(BREAK_MARK) : del(BREAK_MARK)}${keepsBreak ? escapeHtml(word.text) : ''}`;
      }
      return word.op === 'delete' ? del(word.text) : word.op === 'insert' ? ins(word.text) : escapeHtml(word.text);
    })
    .join('');
}

const paragraph = (inner: string): string => `<p class="text">${inner}</p>`;

function column(heading: string, inner: string | undefined, absent: string): string {
  const content = inner === undefined ? `<p class="text absent">${escapeHtml(absent)}</p>` : paragraph(inner);
  return `<div class="col"><h4>${escapeHtml(heading)}</h4>${content}</div>`;
}

/** The inline view (one text with deletions and insertions) and the side-by-side view (old | new). */
function views(change: ClauseChange, report: DiffReport): string {
  const { labels, phrases } = report;
  const shape = textShape(change);
  let inline: string;
  let before: string | undefined;
  let after: string | undefined;
  switch (shape.shape) {
    case 'redline':
      inline = paragraph(redline(shape.words));
      before = redline(sideOf(shape.words, 'old'), 'old');
      after = redline(sideOf(shape.words, 'new'), 'new');
      break;
    case 'added':
      inline = paragraph(ins(shape.text));
      after = ins(shape.text);
      break;
    case 'removed':
      inline = paragraph(del(shape.text));
      before = del(shape.text);
      break;
    case 'rewritten':
      inline = `<h4>${escapeHtml(labels.oldText)}</h4>${paragraph(del(shape.old))}<h4>${escapeHtml(labels.newText)}</h4>${paragraph(ins(shape.new))}`;
      before = del(shape.old);
      after = ins(shape.new);
      break;
    case 'unchanged':
      inline = paragraph(escapeHtml(shape.text));
      before = escapeHtml(shape.text);
      after = before;
      break;
  }
  const side = `<div class="side">${column(labels.oldText, before, phrases.absent)}${column(labels.newText, after, phrases.absent)}</div>`;
  return `<div class="inline">${inline}</div>${side}`;
}

function card(change: ClauseChange, report: DiffReport, index: number): string {
  const { labels, phrases } = report;
  const place = placeOf(change, phrases);
  const names = kindNames(change, labels);
  const badges = [
    badge(`sig-${change.significance}`, SIGNIFICANCE_SYMBOLS[change.significance], significanceName(change, labels)),
    ...subjectNames(change, labels).map((name) => badge('kind kind-heading', '§', name)),
    ...change.kinds.map((kind, i) => badge(`kind kind-${kind}`, KIND_SYMBOLS[kind], names[i] ?? kind)),
    ...(change.rewritten ? [badge('kind kind-rewritten', '↺', labels.rewritten)] : []),
    // The clause's ID is for the policy officer (it finds the clause in the source), not the board: small, aside.
    ...(place.ids ? [`<code class="clause-id">${escapeHtml(place.ids)}</code>`] : []),
  ];
  const reasons =
    change.significance === 'substantive' && change.reasons.length > 0
      ? `<div class="reasons"><h4>${escapeHtml(labels.reasons)}</h4><ul>${reasonsOf(change, report)
          .map((reason) => `<li>${escapeHtml(reason)}</li>`)
          .join('')}</ul></div>`
      : '';
  return [
    `<article class="change ${change.significance}" id="change-${index + 1}">`,
    `<header><h3>${place.numbers ? `<span class="num">${escapeHtml(place.numbers)}</span>` : escapeHtml(names.join(' · '))}</h3>`,
    place.path ? `<p class="path">${escapeHtml(place.path)}</p>` : '',
    `<p class="badges">${badges.join(' ')}</p></header>`,
    views(change, report),
    change.invisibleOnly ? `<p class="note">${escapeHtml(labels.invisibleOnly)}</p>` : '',
    ...linkNotesOf(change, report).map((note) => `<p class="note">${escapeHtml(note)}</p>`),
    reasons,
    '</article>',
  ].join('');
}

function summarySection(report: DiffReport): string {
  const { diff, labels } = report;
  const counts = kindCounts(diff).map(
    ([kind, count]) => `<li>${badge(`kind kind-${kind}`, KIND_SYMBOLS[kind], labels.kinds[kind])} ${count}</li>`,
  );
  const significance =
    diff.summary.total === 0
      ? []
      : [
          `<li>${badge('sig-substantive', SIGNIFICANCE_SYMBOLS.substantive, labels.substantive)} ${diff.summary.substantive}</li>`,
          `<li>${badge('sig-editorial', SIGNIFICANCE_SYMBOLS.editorial, labels.editorial)} ${diff.summary.editorial}</li>`,
        ];
  const hidden = hiddenLine(report);
  return [
    `<section class="summary" aria-labelledby="summary-title"><h2 id="summary-title">${escapeHtml(labels.changes)}</h2>`,
    `<p class="summary-line">${escapeHtml(summaryLine(report))}</p>`,
    significance.length + counts.length > 0 ? `<ul class="counts">${[...significance, ...counts].join('')}</ul>` : '',
    hidden ? `<p class="note">${escapeHtml(hidden)}</p>` : '',
    '</section>',
  ].join('');
}

/** The report's title, stylesheet and body, for a page of its own (renderHtml) or inside the HTML report site. */
export function renderHtmlParts(report: DiffReport): {
  title: string;
  lang: string;
  style: string;
  header: string;
  content: string;
} {
  const { diff, labels, phrases } = report;
  const { listed, renumbered } = listedChanges(report);
  const compact = renumberedLine(report, renumbered);
  const title = `${diff.new.title} — ${comparedLine(report)}`;
  const meta =
    diff.meta.length > 0
      ? `<section class="meta"><h2>${escapeHtml(phrases.metadata)}</h2><ul>${diff.meta.map((change) => `<li>${escapeHtml(metaLine(change, labels))}</li>`).join('')}</ul></section>`
      : '';
  const toggle =
    listed.length > 0
      ? `<div class="views" role="group" aria-label="${escapeHtml(phrases.view)}"><span>${escapeHtml(phrases.view)}:</span><label for="view-inline">${escapeHtml(phrases.inline)}</label><label for="view-side">${escapeHtml(phrases.sideBySide)}</label></div>`
      : '';
  const header = `<input class="view-toggle" type="radio" name="view" id="view-inline" checked>
<input class="view-toggle" type="radio" name="view" id="view-side">
<div class="page">
<header>
<h1>${escapeHtml(diff.new.title)}</h1>
${diff.new.organisation ? `<p class="org">${escapeHtml(diff.new.organisation)}</p>` : ''}
<p>${escapeHtml(comparedLine(report))}</p>
<ul class="versions"><li><span aria-hidden="true">−</span> ${escapeHtml(labels.oldText)}: ${escapeHtml(versionLine(diff.old, labels))}</li><li><span aria-hidden="true">+</span> ${escapeHtml(labels.newText)}: ${escapeHtml(versionLine(diff.new, labels))}</li></ul>
</header>`;
  const content = `${summarySection(report)}
${meta}
${toggle}
<section class="changes">
${listed.map((change, index) => card(change, report, index)).join('\n')}
</section>
${compact ? `<p class="renumbered note">${escapeHtml(compact)}</p>` : ''}`;
  return { title, lang: report.lang, style: stylesheet(phrases), header, content };
}

export function renderHtml(report: DiffReport): string {
  const { title, lang, style, header, content } = renderHtmlParts(report);
  return htmlPage(
    withSymbolFontStandAlone({
      lang,
      title,
      csp: "default-src 'none'; style-src 'unsafe-inline'",
      generator: 'clausemark',
      style: `\n${style}\n`,
      // The header opens the page frame (a <div class="page">) that the footer's line closes.
      body: `\n${header}\n<main>\n${content}\n</main>\n<footer>${escapeHtml(report.phrases.generatedBy)}</footer>\n</div>\n`,
    }),
  );
}
