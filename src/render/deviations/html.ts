// The deviation register as one self-contained HTML file (in the one page shell, render/shared/html-page.ts): the
// overview as a table (symbols as well as colours), then per school each deviation with its redline and reason.
// Every piece of text from a template or a policy is escaped, and a Content-Security-Policy forbids scripts and
// remote loads: the page needs neither.
import type { WordOp } from '../../diff/types.js';
import { escapeHtml } from '../shared/html-escape.js';
import { htmlPage } from '../shared/html-page.js';
import { withSymbolFontStandAlone } from '../shared/html-symbols.js';
import type { ClauseDeviation, DeviationRegister, LocalAddition, PolicyDeviations } from '../../template/deviations.js';
import type { SectorLabels } from '../../template/labels.js';
import {
  cell,
  columnNames,
  countsLine,
  isDeviation,
  labelsFor,
  movedNote,
  provenance,
  schoolName,
  STATUS_SYMBOLS,
  valuesLine,
} from './shared.js';

const STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --del-bg: #ffebe9; --del-ink: #82071e;
  --ins-bg: #dafbe1; --ins-ink: #116329; --bad: #cf222e; --warn: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Source Sans 3", Arial, sans-serif; }
.page { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; } h3 { font-size: 1rem; margin: 0; }
.muted { color: var(--muted); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: 0 .25em; border-radius: .25rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
td.cell { text-align: center; white-space: nowrap; }
td.modified { background: #fff8c5; } td.dropped { background: var(--del-bg); } td.violation { color: var(--bad); font-weight: 700; }
.entry { border: 1px solid var(--line); border-left-width: .4rem; border-radius: .5rem; padding: .7rem 1rem; margin: 0 0 .8rem; }
.entry.violation { border-left-color: var(--bad); } .entry.unexplained { border-left-color: var(--warn); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .4rem 0; }
del { background: var(--del-bg); color: var(--del-ink); } ins { background: var(--ins-bg); color: var(--ins-ink); }
.rationale { margin: .3rem 0 0; } .none { color: var(--muted); font-style: italic; }
@media print { .entry { break-inside: avoid; } }
`;

const esc = escapeHtml;
const del = (text: string): string => (text === '' ? '' : `<del>${esc(text)}</del>`);
const ins = (text: string): string => (text === '' ? '' : `<ins>${esc(text)}</ins>`);

function redline(words: readonly WordOp[]): string {
  return words
    .map((word) => (word.op === 'delete' ? del(word.text) : word.op === 'insert' ? ins(word.text) : esc(word.text)))
    .join('');
}

function rationale(text: string | undefined, labels: SectorLabels): string {
  const value = text === undefined ? `<span class="none">${esc(labels.noRationale)}</span>` : esc(text);
  return `<p class="rationale"><strong>${esc(labels.rationale)}:</strong> ${value}</p>`;
}

function entryClass(violation: boolean, unexplained: boolean): string {
  return `entry${violation ? ' violation' : unexplained ? ' unexplained' : ''}`;
}

function deviation(entry: ClauseDeviation, labels: SectorLabels): string {
  const title = `${STATUS_SYMBOLS[entry.status]} ${entry.number ? `${esc(entry.number)} ` : ''}<code>${esc(entry.id)}</code>`;
  const facts = [
    labels.markers[entry.marker],
    labels.status[entry.status],
    ...movedNote(entry, labels),
    ...(entry.line !== undefined ? [`${labels.line} ${entry.line}`] : []),
  ]
    .map(esc)
    .join(' · ');
  const violation = entry.violation ? ` · <strong>${esc(labels.violations[entry.violation])}</strong>` : '';
  const text = entry.status === 'modified' && entry.words ? redline(entry.words) : del(entry.templateText);
  return `<article class="${entryClass(entry.violation !== undefined, entry.rationale === undefined)}"><h3>${title}</h3><p class="muted">${facts}${violation}</p><p class="text">${text}</p>${rationale(entry.rationale, labels)}</article>`;
}

function addition(entry: LocalAddition, labels: SectorLabels): string {
  const title = `+ ${entry.number ? `${esc(entry.number)} ` : ''}${entry.synthetic ? '' : `<code>${esc(entry.id)}</code>`}`;
  return `<article class="${entryClass(false, entry.rationale === undefined)}"><h3>${title}</h3><p class="muted">${esc(labels.status.added)} · ${esc(labels.line)} ${entry.line}</p><p class="text">${ins(entry.text)}</p>${rationale(entry.rationale, labels)}</article>`;
}

function school(policy: PolicyDeviations, labels: SectorLabels, index: number): string {
  const parts = [
    `<section id="school-${index + 1}"><h2>${esc(schoolName(policy))}</h2>`,
    `<p class="muted"><code>${esc(policy.path)}</code>${provenance(policy, labels) ? ` — ${esc(provenance(policy, labels))}` : ''}</p>`,
    `<p>${esc(countsLine(policy, labels))}</p>`,
  ];
  if (Object.keys(policy.values).length > 0)
    parts.push(`<p class="muted">${esc(labels.values)}: ${esc(valuesLine(policy))}</p>`);
  if (policy.missingValues.length > 0)
    parts.push(
      `<p>${esc(labels.missingValues)}: ${policy.missingValues.map((name) => `<code>${esc(name)}</code>`).join(', ')}</p>`,
    );
  const deviations = policy.clauses.filter(isDeviation);
  if (deviations.length === 0 && policy.additions.length === 0) parts.push(`<p>${esc(labels.noDeviations)}</p>`);
  parts.push(
    ...deviations.map((entry) => deviation(entry, labels)),
    ...policy.additions.map((entry) => addition(entry, labels)),
    '</section>',
  );
  return parts.join('\n');
}

function overview(register: DeviationRegister, labels: SectorLabels): string {
  const head = columnNames(register)
    .map((name, index) => `<th scope="col"><a href="#school-${index + 1}">${esc(name)}</a></th>`)
    .join('');
  const rows = register.clauses.map((clause) => {
    const cells = register.policies
      .map((policy) => {
        const entry = policy.clauses.find((item) => item.id === clause.id);
        const classes = ['cell', entry?.status ?? '', entry?.violation ? 'violation' : ''].filter(Boolean).join(' ');
        return `<td class="${classes}">${esc(cell(entry))}</td>`;
      })
      .join('');
    return `<tr><th scope="row">${clause.number ? `${esc(clause.number)} ` : ''}<code>${esc(clause.id)}</code></th><td>${esc(labels.markers[clause.marker])}</td>${cells}</tr>`;
  });
  const added = register.policies
    .map((policy) => `<td class="cell">${policy.additions.length > 0 ? `+${policy.additions.length}` : ''}</td>`)
    .join('');
  rows.push(`<tr><th scope="row">${esc(labels.additions)}</th><td></td>${added}</tr>`);
  return `<h2>${esc(labels.overview)}</h2><table><thead><tr><th scope="col">${esc(labels.clause)}</th><th scope="col">${esc(labels.marker)}</th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table><p class="muted">${esc(labels.legend)}</p>`;
}

/** The register's title, stylesheet and content, for a page of its own (renderHtml) or inside the HTML report site. */
export function renderHtmlParts(register: DeviationRegister): {
  title: string;
  lang: string;
  style: string;
  content: string;
} {
  const labels = labelsFor(register);
  const { template } = register;
  const title = `${labels.register}: ${template.title}`;
  const content = `<h1>${esc(title)}</h1>
<p class="muted"><code>${esc(`${template.id}@${template.version}`)}</code> · <code>${esc(template.path)}</code></p>
${overview(register, labels)}
${register.policies.map((policy, index) => school(policy, labels, index)).join('\n')}`;
  return { title, lang: template.lang, style: STYLE, content };
}

export function renderHtml(register: DeviationRegister): string {
  const { title, lang, style, content } = renderHtmlParts(register);
  return htmlPage(
    withSymbolFontStandAlone({
      lang,
      title,
      csp: "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      style,
      body: `<main class="page">\n${content}\n</main>`,
    }),
  );
}
