// The workplace's review questions page body (src/render/workplace/questions.ts) over the questions the report's review
// page asks (tests/compare/review-fixture.ts): one plain form per question, posting to the answer's address with the
// token, the kind and what `clausemark confirm` takes, its answers as submit buttons (no script); every field's id its
// own; every value escaped.
import { describe, expect, it } from 'vitest';
import { reviewGroups } from '../../../src/render/shared/compare/review-items.js';
import { ANSWER_PATH, questionsBody } from '../../../src/render/workplace/questions.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { alignment } from '../../compare/review-fixture.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const say = (id: string, params: Record<string, string> = {}): string => `[${id}${params.count ?? ''}]`;
const groups = reviewGroups(alignment, loadLabels('nl', { root: PROJECT_ROOT }));
const view = { kind: 'social-media', names: ['a', 'b', 'c'], groups, token: 'geheim', officer: 'A. de Beleid' };

const forms = (html: string): string[] => [...html.matchAll(/<form [^>]*>.*?<\/form>/gs)].map((match) => match[0]);
const valueOf = (form: string, name: string): string | undefined =>
  new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(form)?.[1];

describe('questionsBody', () => {
  it('makes each question one form whose buttons post what confirm takes, with the token and the kind', () => {
    const html = questionsBody(view, say);
    const items = groups.flatMap((group) => group.items);
    expect(items.length).toBeGreaterThan(2);
    const made = forms(html);
    expect(made).toHaveLength(items.length);
    made.forEach((form, index) => {
      const item = items[index]!;
      expect(form).toContain(`<form method="post" action="${ANSWER_PATH}">`);
      expect(valueOf(form, 'token')).toBe('geheim');
      expect(valueOf(form, 'soort')).toBe('social-media');
      expect(valueOf(form, 'first')).toBe(item.buttons[0]!.first);
      expect(valueOf(form, 'second')).toBe(item.buttons[0]!.second);
      const verdicts = [...form.matchAll(/<button type="submit" name="verdict" value="([^"]*)">/g)].map((m) => m[1]);
      expect(verdicts).toEqual(item.buttons.map((button) => button.verdict));
    });
    // The answers of every kind confirm knows are offered somewhere on the page.
    expect(new Set(items.flatMap((item) => item.buttons.map((button) => button.verdict)))).toEqual(
      new Set(['same', 'different', 'on-topic', 'off-topic', 'absent']),
    );
    expect(html).not.toContain('<script');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes the texts and names it shows, and says when nothing is open', () => {
    const hostile = groups.map((group) => ({
      ...group,
      items: group.items.map((item) => ({ ...item, quotes: [{ org: '<b>x</b>', text: 'a & "b" <script>' }] })),
    }));
    const html = questionsBody({ ...view, names: ['<i>S</i>'], groups: hostile, officer: '"><x' }, say);
    expect(html).not.toMatch(/<script|<b>|<i>|"><x/);
    expect(html).toContain('a &amp; &quot;b&quot; &lt;script&gt;');
    const none = questionsBody({ ...view, groups: [] }, say);
    expect(none).toContain('[workplace-questions.none]');
    expect(forms(none)).toEqual([]);
  });
});
