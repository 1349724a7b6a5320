// The workplace's review questions (`clausemark serve`, /werkplek/vragen?soort=KIND): the open questions of a comparison
// as the report's review page groups them (src/render/shared/compare/review-items.ts), each a plain form whose buttons
// are its answers (what `clausemark confirm` takes), so it works without any script; the officer's name goes with each
// answer. Pure: the questions and words are given (src/jobs/serve-workplace.ts).
import type { ReviewGroup } from '../shared/compare/review-items.js';
import { esc, field, hidden, type Say } from './page.js';

export const QUESTIONS_PATH = '/werkplek/vragen';
export const ANSWER_PATH = '/werkplek/vragen/antwoord';

export interface QuestionsView {
  kind: string;
  /** The organisations compared, by name. */
  names: string[];
  groups: ReviewGroup[];
  token: string;
  officer: string;
}

const capital = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** One question: the texts it asks about, and its answers as the buttons of one form. */
function questionForm(item: ReviewGroup['items'][number], index: number, view: QuestionsView, say: Say): string {
  const form = `vraag-${index}`;
  const [asked] = item.buttons;
  const quotes = item.quotes.map(
    (quote) => `<figure><figcaption>${esc(quote.org)}</figcaption><blockquote>${esc(quote.text)}</blockquote></figure>`,
  );
  const answers = item.buttons.map(
    (button) =>
      `<button type="submit" name="verdict" value="${esc(button.verdict)}">${esc(capital(button.label))}</button>`,
  );
  return [
    `<li><form method="post" action="${ANSWER_PATH}">`,
    `<p class="question">${esc(item.question)}${item.note ? ` <span class="hint">${esc(item.note)}</span>` : ''}</p>`,
    quotes.join(''),
    hidden('token', view.token),
    hidden('soort', view.kind),
    hidden('first', asked?.first ?? ''),
    hidden('second', asked?.second ?? ''),
    field(form, 'officer', say('workplace.officer'), view.officer, 'text', true),
    `<fieldset class="answers"><legend>${esc(say('workplace-questions.answer'))}</legend>${answers.join('')}</fieldset>`,
    '</form></li>',
  ].join('');
}

/** The page's body: what it is, the comparison to download, and each topic's questions. */
export function questionsBody(view: QuestionsView, say: Say): string {
  const count = view.groups.reduce((sum, group) => sum + group.items.length, 0);
  const download = `/werkplek/vergelijken?${new URLSearchParams({ soort: view.kind }).toString()}`;
  const parts = [
    `<p>${esc(say('workplace-questions.intro', { names: view.names.join(', ') }))}</p>`,
    `<p class="hint">${esc(say('workplace-questions.count', { count: String(count) }))} <a href="${esc(download)}">${esc(say('workplace-questions.download'))}</a></p>`,
  ];
  if (count === 0) parts.push(`<p>${esc(say('workplace-questions.none'))}</p>`);
  let index = 0;
  for (const group of view.groups) {
    const heading = `vragen-${group.id}`;
    const items = group.items.map((item) => questionForm(item, ++index, view, say));
    parts.push(
      `<section aria-labelledby="${esc(heading)}"><h2 id="${esc(heading)}">${esc(group.name)}</h2>`,
      `<ol class="questions">${items.join('\n')}</ol>`,
      group.more ? `<p class="hint">${esc(group.more)}</p>` : '',
      '</section>',
    );
  }
  return parts.join('\n');
}
