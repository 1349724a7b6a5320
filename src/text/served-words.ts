// The HTML report in out/ is read two ways: opened from disk by whoever keeps the policy files, who runs clausemark's
// commands, and served by `clausemark serve` beside the workplace, to policy officers and boards, who run none. Where
// the two are told a thing differently (a command that settles a question, a field of the front matter), a page
// holds both: the file's words in a <span data-standalone>, the workplace's in a hidden <span data-served>. The
// server (src/io/serve.ts) hands out every page through servedPage, which cuts the first out and shows the second,
// so a served page names no command; a page opened from disk shows the file's words and hides the others.
const STANDALONE = /<span data-standalone>[\s\S]*?<\/span><!--\/standalone-->/g;
const SERVED_HIDDEN = '<span data-served hidden>';

/**
 * Both wordings of one thing, as HTML (escaped by the caller): the file's, and the one served beside the workplace
 * ('' for none: a command served without its words, its buttons beside it). Equal ones once.
 */
export function eitherHtml(standalone: string, served: string): string {
  if (standalone === served) return standalone;
  const own = `<span data-standalone>${standalone}</span><!--/standalone-->`;
  return served === '' ? own : `${own}${SERVED_HIDDEN}${served}</span>`;
}

/** A page of the report as `serve` hands it out: the workplace's words only. */
export function servedPage(html: string): string {
  if (!html.includes('<span data-standalone>')) return html;
  return html.replace(STANDALONE, '').replaceAll(SERVED_HIDDEN, '<span data-served>');
}
