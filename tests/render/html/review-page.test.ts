// The review page of a comparison (src/render/html/review-page.ts, review.hbs; issue 42 item 6): the open questions
// grouped by topic, each quoting the texts it asks about, with no clause ids and no scores on the page, a handful per
// topic, and buttons carrying exactly what `clausemark confirm` takes. "Confirm absent" only where no clause comes
// near; where one does, the answer is about that clause.
import { describe, expect, it } from 'vitest';
import type { Alignment, TopicCoverage } from '../../../src/compare/read/types.js';
import { REVIEW_PER_TOPIC, reviewGroups } from '../../../src/render/html/review-page.js';
import { renderTemplate } from '../../../src/wording/engine.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { alignment } from '../../compare/review-fixture.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const labels = loadLabels('nl', { root: PROJECT_ROOT });

function page(of: Alignment): string {
  const groups = reviewGroups(of, labels);
  const context = { labels, intro: labels.reviewIntro, groups, compareHref: 'x.html', count: '' };
  return renderTemplate('html/review', context, { root: '' });
}

const visible = (html: string): string => html.replace(/<[^>]+>/g, ' ');
const buttons = (html: string) =>
  [...html.matchAll(/data-first="([^"]*)" data-second="([^"]*)" data-verdict="([^"]*)"/g)].map((match) =>
    match.slice(1).join(' '),
  );

describe('review page', () => {
  it('groups the questions by topic, in the topic list\u2019s order, with the texts quoted', () => {
    const groups = reviewGroups(alignment, labels);
    expect(groups.map((group) => group.id)).toEqual(['fotos', 'privacy', 'klacht']);
    const html = page(alignment);
    expect(html).toContain('<blockquote>tekst van beeld</blockquote>');
    expect(html).toContain('<figcaption>b</figcaption>');
    // The law's requirement is named with the question.
    expect(visible(html)).toContain('WPO art. 14');
  });

  it('shows no clause ids and no scores, but its buttons send what confirm takes', () => {
    const html = page(alignment);
    const text = visible(html);
    for (const id of ['a:foto', 'b:beeld', 'c:plaatjes', 'score']) expect(text).not.toContain(id);
    for (const score of ['0.25', '0,25', '0.21', '0,21', '0.375', '0,38']) expect(text).not.toContain(score);
    expect(buttons(html)).toEqual([
      // Foto's: b has a clause near the topic (covers it or not), then the possible match and the link in other words.
      'b:beeld fotos on-topic',
      'b:beeld fotos off-topic',
      'a:foto fotos on-topic',
      'a:foto fotos off-topic',
      // Not c's weak assignment: c covers the topic by more, so the cell says covered whatever the answer.
      'a:foto c:plaatjes same',
      'a:foto c:plaatjes different',
      'a:foto b:beeld same',
      'a:foto b:beeld different',
      'b:beeld privacy on-topic',
      'b:beeld privacy off-topic',
      // Required by law and nothing near: absent? Only here.
      'b klacht absent',
      'c klacht absent',
    ]);
  });

  it('asks a handful of questions per topic and counts the rest', () => {
    const fotos = alignment.topics?.[0] as TopicCoverage;
    const first = alignment.provisions[0] as Alignment['provisions'][number];
    // Nine provisions on the topic, each with a possible match at c: nine questions of one topic.
    const provisions = Array.from({ length: 9 }, (_, index) => ({
      ...first,
      label: `Foto’s ${index}`,
      members: {
        a: [{ ...(first.members.a?.[0] as NonNullable<typeof first.members.a>[number]), id: `foto${index}` }],
      },
      absent: ['b', 'c'],
      suggestions: { c: { id: `plaatjes${index}`, text: 'x', line: 3, score: 0.19, shared: ['foto', 'leerling'] } },
    }));
    const crowded: Alignment = {
      ...alignment,
      provisions,
      topics: [{ ...fotos, provisions: provisions.map((_, index) => index) }],
    };
    const [group] = reviewGroups(crowded, labels);
    expect(group?.items).toHaveLength(REVIEW_PER_TOPIC);
    expect(group?.more).toMatch(/\b6 vragen/);
    expect(page(crowded)).toContain(group?.more as string);
  });
});
