// The page of `acknowledge meeting` (issue 72 item 3a): for a team meeting on a laptop, the version, its changes since
// the version asked before, and each person's name with a button to confirm their own acknowledgement (the body is
// render/shared/acknowledge-list.ts, which `serve`'s workplace shows too). In the one page shell, with its own
// stylesheet and no script.
import {
  type AcknowledgeListData,
  type AcknowledgePageWords,
  acknowledgeListBody,
} from '../shared/acknowledge-list.js';
import { escapeHtml } from '../shared/html-escape.js';
import { htmlPage } from '../shared/html-page.js';
import { withHashedStyle } from '../shared/html-symbols.js';

export type { AcknowledgePageWords };

export interface AcknowledgePageData extends AcknowledgeListData {
  /** What the last post did, when the page follows one. */
  notice?: string;
}

const STYLE =
  'body{font:18px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:50rem;padding:0 1rem}li{margin:.4rem 0}button{font:inherit;padding:.2rem .8rem}.done{color:#1b5e20;font-weight:600}.where{color:#555}.notice{background:#e8f5e9;padding:.5rem 1rem}';

export function renderAcknowledgePage(words: AcknowledgePageWords, data: AcknowledgePageData): string {
  const body = [
    '',
    `<h1>${escapeHtml(words.title)}</h1>`,
    ...(data.notice ? [`<p class="notice" role="status">${escapeHtml(data.notice)}</p>`] : []),
    acknowledgeListBody(words, data),
    '',
  ].join('\n');
  // Its own stylesheet (by hash; data: fonts when it carries the symbol font), and forms that post to this server only.
  const { style, csp } = withHashedStyle(STYLE, ["form-action 'self'"], `${words.title}\n${body}`);
  return htmlPage({ lang: words.lang, title: words.title, csp, style, body });
}
