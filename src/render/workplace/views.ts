// The workplace's two views (`clausemark serve`, /werkplek/): the overview of every policy with where it stands and the
// form that brings in a Word or PDF document; one policy with its procedure's steps, its check's findings by article,
// the form that records the next step (a step on record already for this text shown as done, not offered; the outcome
// of an advice or consent chosen) and the form of its front matter fields (each, when its post was refused, as the
// officer filled it in). Pure: the views' data and words are given (src/jobs/serve-workplace.ts).
import { OUTCOMES } from '../../procedure/types.js';
import { choice, esc, field, fieldId, hidden, type Say, type Typed, typedOr } from './page.js';

export interface StepOption {
  right: string;
  body: string;
  part: string;
  done: boolean;
  /** On record for the text as it stands: shown, not offered. */
  recorded?: boolean;
}

export interface PolicyRow {
  file: string;
  title: string;
  version: string;
  organisation: string;
  kind?: string;
  level?: string;
  state: string;
  next?: StepOption;
  review?: string;
  base: string;
  /** Adopted without a hash, where a shallow clone's history is cut: git cannot confirm the state. */
  historyShallow?: true;
  /** Adopted without a hash, where git shows nothing of the words adopted: said beside the state. */
  textUnconfirmed?: true;
}

export interface OverviewData {
  policies: PolicyRow[];
  missing: { organisation: string; kind: string; folder: string }[];
  folders: string[];
  token: string;
  officer: string;
  maxUploadMb: string;
}

export function stepWords(step: StepOption, say: Say): string {
  const right = `${step.right.charAt(0).toUpperCase()}${step.right.slice(1)}`;
  const part = step.part === 'whole' ? '' : ` (${step.part})`;
  return step.right === 'vaststelling' ? say('step-adoption') : `${right} ${step.body}${part}`;
}

function stateWords(row: PolicyRow, say: Say): string {
  const state = say(`state-${row.state}`);
  if (row.state === 'in-procedure' && row.next) return say('state-waits', { state, step: stepWords(row.next, say) });
  const dated = row.state === 'review-due' && row.review ? say('state-review', { state, date: row.review }) : state;
  // Adopted by hand, and git shows nothing of the words adopted: not as sure as a recorded adoption.
  return row.textUnconfirmed ? say('state-unconfirmed', { state: dated }) : dated;
}

function policyLink(file: string): string {
  return `/werkplek/beleid?bestand=${encodeURIComponent(file)}`;
}

export function overviewBody(data: OverviewData, say: Say): string {
  const rows = data.policies.map(
    (row) =>
      `<tr><td><a href="${esc(policyLink(row.file))}">${esc(row.title)}</a></td><td>${esc(row.organisation)}</td><td>${esc(row.version)}</td><td class="state">${esc(stateWords(row, say))}</td></tr>`,
  );
  const table =
    rows.length === 0
      ? `<p>${esc(say('no-policies'))}</p>`
      : `<div class="wide"><table><caption class="hint">${esc(say('policies-caption'))}</caption><thead><tr><th scope="col">${esc(say('col-policy'))}</th><th scope="col">${esc(say('col-organisation'))}</th><th scope="col">${esc(say('col-version'))}</th><th scope="col">${esc(say('col-state'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  const missing =
    data.missing.length === 0
      ? ''
      : `<h2>${esc(say('missing-heading'))}</h2><ul>${data.missing.map((item) => `<li>${esc(say('missing-item', item))}</li>`).join('')}</ul>`;
  const folders = data.folders.filter((folder) => folder !== 'policies');
  const importForm = [
    `<h2>${esc(say('import-heading'))}</h2>`,
    `<form method="post" action="/werkplek/inlezen" enctype="multipart/form-data">`,
    hidden('token', data.token),
    `<label for="${fieldId('inlezen', 'document')}">${esc(say('import-file'))}</label><input type="file" id="${fieldId('inlezen', 'document')}" name="document" accept=".docx,.pdf,.txt,.html" required>`,
    `<p class="hint">${esc(say('import-limit', { size: data.maxUploadMb }))}</p>`,
    choice(
      'inlezen',
      'into',
      say('import-folder'),
      folders.map((folder) => [folder, folder]),
    ),
    field('inlezen', 'officer', say('officer'), data.officer, 'text', true),
    `<button type="submit">${esc(say('import-button'))}</button>`,
    '</form>',
  ].join('');
  return [`<h2>${esc(say('policies-heading'))}</h2>`, shallowNote(data.policies, say), table, missing, importForm]
    .filter(Boolean)
    .join('\n');
}

/**
 * Once, above the table: where a shallow clone cuts the git history of policies adopted without a hash, the state
 * shown ("in werking") is not what git can confirm; the officer is told whom to ask. Empty where none is so.
 */
function shallowNote(policies: readonly PolicyRow[], say: Say): string {
  const count = policies.filter((row) => row.historyShallow).length;
  if (count === 0) return '';
  const words = say(count === 1 ? 'history-shallow-one' : 'history-shallow-many', { count: String(count) });
  return `<div class="warn" role="note"><p>${esc(words)}</p></div>`;
}

export interface PolicyData {
  row: PolicyRow;
  steps: StepOption[];
  findings: { severity: string; where: string; message: string; fix?: string }[];
  token: string;
  officer: string;
  today: string;
  /** What was typed in this page's step or details form when its post was refused. */
  typed?: Typed;
}

function findingsHtml(data: PolicyData, say: Say): string {
  if (data.findings.length === 0) return `<p>✓ ${esc(say('check-clean'))}</p>`;
  const items = data.findings.map((finding) => {
    const where = finding.where ? say('finding-where', { where: finding.where }) : say('finding-whole');
    const fix = finding.fix ? ` <span class="hint">${esc(finding.fix)}</span>` : '';
    return `<li><strong>${esc(say(`severity-${finding.severity}`))}</strong> · ${esc(where)}: ${esc(finding.message)}${fix}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function stepForm(data: PolicyData, say: Say): string {
  if (data.steps.length === 0) return `<p class="hint">${esc(say('no-procedure'))}</p>`;
  const options: [string, string, boolean][] = data.steps.map((step) => [
    [step.right, step.body, step.part].join('|'),
    `${stepWords(step, say)}${step.done || step.recorded ? ` (${say('step-done')})` : ''}`,
    step.recorded === true,
  ]);
  const outcomes = OUTCOMES.map((value): [string, string] => [value, say(`outcome-${value.replace(' ', '-')}`)]);
  const next = data.row.next && [data.row.next.right, data.row.next.body, data.row.next.part].join('|');
  const kept = (name: string, value = ''): string => typedOr(data.typed, 'goedkeuren', name, value);
  return [
    `<form method="post" action="/werkplek/goedkeuren">`,
    hidden('token', data.token),
    hidden('bestand', data.row.file),
    hidden('base', data.row.base),
    choice('goedkeuren', 'step', say('step'), options, kept('step', next)),
    field('goedkeuren', 'name', say('approver-name'), kept('name'), 'text', true),
    field('goedkeuren', 'role', say('approver-role'), kept('role'), 'text', true),
    field('goedkeuren', 'date', say('date'), kept('date', data.today), 'date', true),
    choice('goedkeuren', 'outcome', say('outcome'), outcomes, kept('outcome', 'positief')),
    field('goedkeuren', 'asked', say('asked'), kept('asked'), 'date'),
    field('goedkeuren', 'minutes', say('minutes'), kept('minutes')),
    field('goedkeuren', 'officer', say('officer'), kept('officer', data.officer), 'text', true),
    `<button type="submit">${esc(say('step-button'))}</button>`,
    '</form>',
  ].join('');
}

function detailsForm(data: PolicyData, say: Say): string {
  const { row } = data;
  const kept = (name: string, value: string): string => typedOr(data.typed, 'gegevens', name, value);
  return [
    `<form method="post" action="/werkplek/gegevens">`,
    hidden('token', data.token),
    hidden('bestand', row.file),
    hidden('base', row.base),
    field('gegevens', 'title', say('field-title'), kept('title', row.title)),
    field('gegevens', 'organisation', say('field-organisation'), kept('organisation', row.organisation)),
    field('gegevens', 'version', say('field-version'), kept('version', row.version)),
    field('gegevens', 'kind', say('field-kind'), kept('kind', row.kind ?? '')),
    choice(
      'gegevens',
      'level',
      say('field-level'),
      [
        ['', say('level-unset')],
        ['school', say('level-school')],
        ['bestuur', say('level-bestuur')],
      ],
      kept('level', row.level ?? ''),
    ),
    field('gegevens', 'officer', say('officer'), kept('officer', data.officer), 'text', true),
    `<button type="submit">${esc(say('details-button'))}</button>`,
    '</form>',
  ].join('');
}

export function policyBody(data: PolicyData, say: Say): string {
  const { row } = data;
  const steps = data.steps.map(
    (step) =>
      `<li>${step.done ? '✓' : '○'} ${esc(stepWords(step, say))}${step.done ? '' : ` · ${esc(say('step-open'))}`}</li>`,
  );
  return [
    `<p><span class="state">${esc(stateWords(row, say))}</span> · ${esc(row.organisation)} · ${esc(say('col-version'))} ${esc(row.version)} · <code>${esc(row.file)}</code></p>`,
    `<p><a href="/werkplek/docx?bestand=${esc(encodeURIComponent(row.file))}">${esc(say('download-docx'))}</a></p>`,
    `<h2>${esc(say('check-heading'))}</h2>`,
    findingsHtml(data, say),
    `<h2>${esc(say('procedure-heading'))}</h2>`,
    steps.length > 0 ? `<ul>${steps.join('')}</ul>` : '',
    stepForm(data, say),
    `<h2>${esc(say('details-heading'))}</h2>`,
    detailsForm(data, say),
  ].join('\n');
}
