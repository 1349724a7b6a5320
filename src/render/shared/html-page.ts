// The one frame of every HTML page clausemark writes (the report's pages, `diff --format html`, `deviations
// --format html`, `compare --format html`): doctype, language, the head with its Content-Security-Policy, one inline
// stylesheet and, for the report, its one inline script. A page differs from another only in these parameters, so a
// fix to the frame (a meta tag, the policy's placement) reaches every page at once.
//
// The title and the attributes are escaped as the report's Handlebars layouts escape ({{…}}), so every page reads the
// same way and the report's pages keep their bytes.
import Handlebars from 'handlebars';

export interface HtmlPage {
  /** The page's language (BCP 47), plain text. */
  lang: string;
  /** The page's title, plain text. */
  title: string;
  /** The Content-Security-Policy, plain text (e.g. "default-src 'none'; style-src 'unsafe-inline'"). */
  csp: string;
  /** What the generator meta names ("clausemark 0.1.0"); no generator meta when absent. */
  generator?: string;
  /** True to send no referrer with any request the page makes (the report, whose pages link to one another). */
  noReferrer?: boolean;
  /** The page's stylesheet: CSS clausemark made, placed between <style> and </style> as it is. */
  style: string;
  /** The page's script (the report's), placed last in <body>; no <script> when absent. */
  script?: string;
  /** HTML clausemark made (every piece of policy text in it already escaped), placed between <body> and </body>. */
  body: string;
}

const escape = Handlebars.Utils.escapeExpression;

export function htmlPage(page: HtmlPage): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(page.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escape(page.csp)}">`,
    ...(page.noReferrer ? ['<meta name="referrer" content="no-referrer">'] : []),
    ...(page.generator === undefined ? [] : [`<meta name="generator" content="${escape(page.generator)}">`]),
    `<title>${escape(page.title)}</title>`,
    `<style>${page.style}</style>`,
    '</head>',
    `<body>${page.body}${page.script === undefined ? '' : `<script>${page.script}</script>\n`}</body>`,
    '</html>',
    '',
  ].join('\n');
}
