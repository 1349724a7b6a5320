// The body of a kennisname meeting page (issue 72 item 3a), shared by the page of `acknowledge meeting`
// (render/html/acknowledge-page.ts) and the one in `serve`'s workplace (render/workplace/acknowledge.ts): what to read
// (the substantive changes since the version asked before, or the whole text), and each person's name with a button
// to confirm their own acknowledgement. Plain forms, no script: a button posts the person, the session's token and
// the page's own hidden fields; a name shows ✓ only once its record is in the version's file. Every value is escaped.
import { escapeHtml } from './html-escape.js';

export interface AcknowledgePageWords {
  lang: string;
  title: string;
  intro: string;
  changesHeading: string;
  noChanges: string;
  listHeading: string;
  /** The button's words: "Ik ken deze versie". */
  confirm: string;
  /** Said beside a name whose acknowledgement is recorded. */
  done: string;
}

export interface AcknowledgeListData {
  /** The path the form posts to. */
  action: string;
  token: string;
  /** More hidden fields each button's form carries, as [name, value]. */
  fields?: [string, string][];
  changes: { number: string; text: string }[];
  people: { id: string; name: string; where: string; acknowledged: boolean }[];
}

function personItem(
  person: AcknowledgeListData['people'][number],
  data: AcknowledgeListData,
  words: AcknowledgePageWords,
): string {
  const name = `<strong>${escapeHtml(person.name)}</strong> <span class="where">${escapeHtml(person.where)}</span>`;
  if (person.acknowledged)
    return `<li data-person="${escapeHtml(person.id)}">${name} <span class="done">✓ ${escapeHtml(words.done)}</span></li>`;
  const hidden = [['token', data.token], ...(data.fields ?? [])].map(
    ([field, value]) => `<input type="hidden" name="${escapeHtml(field ?? '')}" value="${escapeHtml(value ?? '')}">`,
  );
  return [
    `<li data-person="${escapeHtml(person.id)}"><form method="post" action="${escapeHtml(data.action)}">${name} `,
    ...hidden,
    `<button type="submit" name="person" value="${escapeHtml(person.id)}">${escapeHtml(words.confirm)}</button></form></li>`,
  ].join('');
}

/** The intro, what changed and the list of names: the page's title and notice are the caller's frame. */
export function acknowledgeListBody(words: AcknowledgePageWords, data: AcknowledgeListData): string {
  const changes =
    data.changes.length === 0
      ? [`<p>${escapeHtml(words.noChanges)}</p>`]
      : [
          '<ul>',
          ...data.changes.map((change) => `<li>${escapeHtml(`${change.number} ${change.text}`.trim())}</li>`),
          '</ul>',
        ];
  return [
    `<p>${escapeHtml(words.intro)}</p>`,
    `<h2>${escapeHtml(words.changesHeading)}</h2>`,
    ...changes,
    `<h2>${escapeHtml(words.listHeading)}</h2>`,
    '<ul class="people">',
    ...data.people.map((person) => personItem(person, data, words)),
    '</ul>',
  ].join('\n');
}
