// Diff outputs: each a pure function of a DiffReport (the CLI decides where the result goes).
export { prepareReport, hasDifferences, type DiffReport, type ReportOptions } from './report.js';
export { renderText, type TextOptions } from './text.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { renderJson, toDiffJson, JSON_SCHEMA_VERSION, type DiffJson } from './json.js';
export { renderTextconv } from './textconv.js';
