// `clausemark serve` lets a person settle a possible match from the comparison page: beside each suggested pairing
// (the `clausemark confirm …` command the page shows) it adds "confirm" and "reject" buttons that ask the server to
// record the verdict, exactly as the command would. The server takes such a request only from its own pages: on
// 127.0.0.1, with the Host and Origin of the server itself, as JSON (which a cross-site form cannot send without a
// preflight the server never answers), and with a token that is new for every run and readable only by a page the
// server served. What is recorded is decided by the callback; this module only guards the door.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { wordMessage } from './messages.js';

/** Where the buttons send a verdict (a path no report file can have). */
export const CONFIRM_PATH = '/__clausemark/confirm';
const MAX_BODY = 4096;

/**
 * same / different: two clauses (ORG:CLAUSE-ID each); absent: an organisation and a topic id (ORG, TOPIC); on-topic /
 * off-topic: a clause and a topic id (ORG:CLAUSE-ID, TOPIC).
 */
export type ConfirmVerdict = 'same' | 'different' | 'absent' | 'on-topic' | 'off-topic';

export interface ConfirmEndpoint {
  /** A secret for this run of the server, written into the pages it serves. */
  token: string;
  /**
   * Records the verdict on two clauses (ORG:CLAUSE-ID each), for `absent` that organisation `first` has no rule on
   * topic `second`, for `on-topic` / `off-topic` that clause `first` covers topic `second` or not; returns what to
   * tell the person, or throws.
   */
  record: (verdict: ConfirmVerdict, first: string, second: string) => string;
}

/**
 * Turns each `code.confirm-command[data-first][data-second]` into the command plus two buttons (confirm, reject), or
 * one (confirm absent) when it has `data-absent-label`: then `data-first` is the organisation, `data-second` the topic;
 * or "covers the topic" (and "does not" with `data-topic-no-label`) when it has `data-topic-yes-label`: then
 * `data-first` is the clause, `data-second` the topic.
 */
export function confirmScript(token: string): string {
  return [
    `(function () {`,
    `  var token = ${JSON.stringify(token)};`,
    `  function send(code, verdict, status) {`,
    `    status.textContent = '…';`,
    `    fetch(${JSON.stringify(CONFIRM_PATH)}, { method: 'POST', headers: { 'content-type': 'application/json' },`,
    `      body: JSON.stringify({ token: token, verdict: verdict, first: code.dataset.first, second: code.dataset.second }) })`,
    `      .then(function (response) { return response.json(); })`,
    `      .then(function (answer) { status.textContent = answer.message || answer.error; })`,
    `      .catch(function (error) { status.textContent = String(error); });`,
    `  }`,
    `  document.querySelectorAll('code.confirm-command[data-first][data-second]').forEach(function (code) {`,
    `    var status = document.createElement('span');`,
    `    status.className = 'confirm-status';`,
    `    status.setAttribute('role', 'status');`,
    `    var choices = code.dataset.absentLabel ? [['absent', code.dataset.absentLabel]]`,
    `      : code.dataset.topicYesLabel ? [['on-topic', code.dataset.topicYesLabel]]`,
    `        .concat(code.dataset.topicNoLabel ? [['off-topic', code.dataset.topicNoLabel]] : [])`,
    `      : [['same', code.dataset.confirmLabel || 'confirm'], ['different', code.dataset.rejectLabel || 'reject']];`,
    `    choices.forEach(function (choice) {`,
    `      var button = document.createElement('button');`,
    `      button.type = 'button';`,
    `      button.className = 'confirm-button';`,
    `      button.textContent = choice[1];`,
    `      button.addEventListener('click', function () { send(code, choice[0], status); });`,
    `      code.parentNode.appendChild(document.createTextNode(' '));`,
    `      code.parentNode.appendChild(button);`,
    `    });`,
    `    code.parentNode.appendChild(document.createTextNode(' '));`,
    `    code.parentNode.appendChild(status);`,
    `  });`,
    // The review page's buttons (review.hbs) are on the page already, hidden until this script can send them.
    `  document.querySelectorAll('button.review-button[data-first][data-second][data-verdict]').forEach(function (button) {`,
    `    var status = button.parentNode.querySelector('.confirm-status');`,
    `    button.hidden = false;`,
    `    button.addEventListener('click', function () { send(button, button.dataset.verdict, status); });`,
    `  });`,
    `})();`,
  ].join('\n');
}

/** An answer's words in the run's language (templates/messages/<lang>.yaml, confirm-reply.*). */
function said(messageId: string): string {
  return wordMessage({ messageId });
}

function answer(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(`${JSON.stringify(body)}\n`);
}

function sameToken(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Handles a POST to CONFIRM_PATH: refuses anything that is not this server's own page asking, then records. */
export function handleConfirm(
  request: IncomingMessage,
  response: ServerResponse,
  endpoint: ConfirmEndpoint,
  port: number,
): void {
  const host = request.headers.host ?? '';
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  const origin = request.headers.origin;
  if (!own.includes(host) || (origin !== undefined && !own.some((allowed) => origin === `http://${allowed}`))) {
    answer(response, 403, { error: said('confirm-reply.not-own-page') });
    return;
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    answer(response, 415, { error: said('confirm-reply.send-json') });
    return;
  }
  // The body is capped while it arrives, not after: a declared length over the cap is refused unread, and a body
  // that grows past it (chunked, or longer than declared) is answered at once and its connection closed. Before,
  // a 400 MB body was read into memory before the answer, and a 700 MB one overflowed the string and crashed.
  const tooLarge = (): void => {
    request.removeAllListeners('data');
    response.setHeader('connection', 'close');
    response.on('finish', () => request.destroy());
    answer(response, 413, { error: said('confirm-reply.too-large') });
  };
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY) {
      refused = true;
      return tooLarge();
    }
    chunks.push(chunk);
  });
  request.on('end', () => {
    if (refused) return;
    let parsed: { token?: unknown; verdict?: unknown; first?: unknown; second?: unknown };
    try {
      parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof parsed;
    } catch {
      return answer(response, 400, { error: said('confirm-reply.not-json') });
    }
    if (!sameToken(parsed.token, endpoint.token))
      return answer(response, 403, { error: said('confirm-reply.wrong-token') });
    const { verdict, first, second } = parsed;
    const verdicts: unknown[] = ['same', 'different', 'absent', 'on-topic', 'off-topic'];
    if (!verdicts.includes(verdict) || typeof first !== 'string' || typeof second !== 'string')
      return answer(response, 400, { error: said('confirm-reply.verdict-needed') });
    try {
      answer(response, 200, { message: endpoint.record(verdict as ConfirmVerdict, first, second) });
    } catch (error) {
      answer(response, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  });
}
