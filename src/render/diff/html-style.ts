// The stylesheet of the HTML change report, inlined so the file stands alone (mail it, open it offline). The view
// toggle is two radio buttons and sibling selectors: it needs no script, and without CSS both views simply show.
import type { Phrases } from '../shared/phrases.js';

/** A CSS string literal: quotes and backslashes escaped, line breaks and '<' written as escapes. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\n\r<>]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

export function stylesheet(phrases: Phrases): string {
  return `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --soft: #f6f8fa;
  --del-bg: #ffebe9; --del-ink: #82071e; --ins-bg: #dafbe1; --ins-ink: #116329; --accent: #0969da; --warn: #9a6700; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Source Sans 3", Arial, sans-serif; }
.page { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 0; }
h4 { font-size: .8rem; margin: 0 0 .25rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.org, .versions, .path, .note { color: var(--muted); }
.versions { margin: .5rem 0 0; padding: 0; list-style: none; font-size: .9rem; overflow-wrap: anywhere; }
.summary-line { font-size: 1.15rem; font-weight: 600; margin: 0 0 .5rem; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: .5rem; padding: .25rem .6rem; background: var(--soft); }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 1rem; padding: 0 .55rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.badge .sym { display: inline-block; min-width: 1em; text-align: center; }
.sig-substantive { color: var(--warn); background: #fff8c5; }
.sig-editorial { color: var(--muted); }
.kind { color: var(--accent); }
.change { border: 1px solid var(--line); border-left-width: .4rem; border-radius: .5rem; padding: .9rem 1rem; margin: 0 0 1rem; }
.change.substantive { border-left-color: var(--warn); }
.change header { margin-bottom: .6rem; }
.change .badges { margin: .35rem 0 0; display: flex; flex-wrap: wrap; gap: .35rem; align-items: baseline; }
.clause-id { margin-left: auto; font-size: .75rem; color: var(--muted); background: none; }
.path { margin: .15rem 0 0; font-size: .9rem; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: 0 .25em; border-radius: .25rem; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through; text-decoration-thickness: 2px; }
ins { background: var(--ins-bg); color: var(--ins-ink); text-decoration: underline; text-decoration-thickness: 2px; }
del::before, del::after, ins::before, ins::after { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
del::before { content: ${cssString(` ${phrases.deletionStart} `)}; }
del::after { content: ${cssString(` ${phrases.deletionEnd} `)}; }
ins::before { content: ${cssString(` ${phrases.insertionStart} `)}; }
ins::after { content: ${cssString(` ${phrases.insertionEnd} `)}; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
.side .col { background: var(--soft); border-radius: .35rem; padding: .5rem .65rem; min-width: 0; }
.absent { color: var(--muted); font-style: italic; }
.reasons { margin-top: .75rem; }
.reasons ul { margin: 0; padding-left: 1.25rem; }
.meta ul, .renumbered { margin: 0; }
.view-toggle { position: absolute; opacity: 0; pointer-events: none; }
.views { display: flex; gap: .5rem; align-items: center; margin: 1.5rem 0 1rem; flex-wrap: wrap; }
.views label { cursor: pointer; border: 1px solid var(--line); border-radius: .4rem; padding: .3rem .75rem; }
#view-inline:checked ~ .page label[for="view-inline"], #view-side:checked ~ .page label[for="view-side"] { background: var(--ink); color: var(--paper); border-color: var(--ink); }
#view-inline:focus-visible ~ .page label[for="view-inline"], #view-side:focus-visible ~ .page label[for="view-side"] { outline: 3px solid var(--accent); outline-offset: 2px; }
#view-inline:checked ~ .page .side { display: none; }
#view-side:checked ~ .page .inline { display: none; }
footer { margin-top: 2.5rem; font-size: .8rem; color: var(--muted); }
@media (max-width: 40rem) {
  .page { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.35rem; }
  .side { grid-template-columns: 1fr; }
}
@media print {
  body { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .views { display: none; }
  .side { display: none !important; }
  .inline { display: block !important; }
  .change { break-inside: avoid; }
  del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
}
