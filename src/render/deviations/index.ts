// Outputs of the deviation register: pure functions of the register model (the caller writes files).
export { renderText } from './text.js';
export { renderMarkdown } from './markdown.js';
export { renderJson } from './json.js';
export { renderHtml } from './html.js';
