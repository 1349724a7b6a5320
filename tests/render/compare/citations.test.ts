// The comparison cites a clause as the board pack's tables do (src/model/printed-number.ts citeClause), in the
// comparison's language, in every format: "Artikel 2, onder f" and "Artikel 3, lid 2" in a Dutch comparison, "Article
// 2, point f" and "Article 3, paragraph 2" in an English one (the labels' citeArticle, citeMember and citePoint),
// never the two numbers side by side ("Artikel 2 f.", "3 2."). The Markdown and the text give the ID `confirm` takes
// beside it; the JSON keeps the IDs, with the citations beside them (documents[].citations).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareJob } from '../../../src/jobs/compare.js';
import { readPdf } from '../../support/pdf.js';
import { PROJECT_ROOT } from '../../support/paths.js';

interface Words {
  lang: string;
  title: string;
  sections: [string, string];
  items: string[];
  steps: [string, string];
}

const DUTCH: Words = {
  lang: 'nl',
  title: 'Pestprotocol',
  sections: ['Aanpak', 'Melden'],
  items: [
    'De leerkracht signaleert het pesten.',
    'De mentor praat met de leerling.',
    'De ouders worden ingelicht.',
    'De directie beslist over maatregelen.',
    'De vertrouwenspersoon wordt betrokken.',
    'Het incident wordt in het leerlingdossier geregistreerd.',
  ],
  steps: ['Een leerling meldt pesten bij de mentor.', 'De mentor legt de melding binnen een week vast.'],
};

const ENGLISH: Words = {
  lang: 'en',
  title: 'Anti-bullying protocol',
  sections: ['Approach', 'Reporting'],
  items: [
    'The teacher notices the bullying.',
    'The mentor talks with the pupil.',
    'The parents are informed.',
    'The head decides on measures.',
    'The confidential adviser is involved.',
    'The incident is recorded in the pupil file.',
  ],
  steps: ['A pupil reports bullying to the mentor.', 'The mentor records the report within a week.'],
};

/** A policy of articles: "a." to "f." in article 2, "1." and "2." in article 3, as import writes them. */
function policy(words: Words, org: string): string {
  const [approach, reporting] = words.sections;
  return [
    '---',
    'id: pestprotocol',
    `title: ${words.title}`,
    `organisation: ${org}`,
    `org: ${org}`,
    `lang: ${words.lang}`,
    'numbering:',
    `  sections: ${words.lang === 'en' ? 'Article' : 'Artikel'} %1`,
    '  lists:',
    '    approach: "%a."',
    '    reporting: "%2."',
    '---',
    '',
    `# ${words.title}`,
    '',
    '## Doel {#purpose}',
    '',
    `{#purpose.scope} ${org}: ${words.title}.`,
    '',
    `## ${approach} {#approach}`,
    '',
    ...words.items.map((item, index) => `${index + 1}. {#approach.item-${index + 1}} ${item}`),
    '',
    `## ${reporting} {#reporting}`,
    '',
    ...words.steps.map((step, index) => `${index + 1}. {#reporting.step-${index + 1}} ${step}`),
    '',
  ].join('\n');
}

const spaced = (text: string): string => text.replace(/\s+/g, ' ');

/** The comparison of two organisations' copies of the policy, in `format`, as text a reader sees. */
async function compared(words: Words, format: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-citations-'));
  const paths = ['north', 'south'].map((org) => {
    const path = join(root, `${org}.md`);
    // The south's copy leaves out the last item: a provision only the north holds, with a cell that names nothing.
    const text = policy(org === 'south' ? { ...words, items: words.items.slice(0, 5) } : words, org);
    writeFileSync(path, text);
    return path;
  });
  const rendered = await compareJob(paths, { root: PROJECT_ROOT, format });
  if (format === 'pdf') return spaced((await readPdf(rendered as Uint8Array)).pages.join(' '));
  const text = String(rendered);
  return format === 'html' ? spaced(text.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>|<[^>]+>/g, ' ')) : text;
}

const CASES = [
  { words: DUTCH, point: 'Artikel 2, onder f', member: 'Artikel 3, lid 2', side: ['Artikel 2 f.', '3 2.'] },
  { words: ENGLISH, point: 'Article 2, point f', member: 'Article 3, paragraph 2', side: ['Article 2 f.', '3 2.'] },
];

describe('the comparison cites each clause as the board pack does, in its language', () => {
  for (const { words, point, member, side } of CASES)
    it.each(['html', 'pdf', 'md', 'text', 'json'])(`${words.lang}: %s`, { timeout: 60_000 }, async (format) => {
      const text = await compared(words, format);
      if (format === 'json') {
        const json = JSON.parse(text) as { documents: { citations: Record<string, string> }[] };
        expect(json.documents[0]?.citations).toMatchObject({ 'approach.item-6': point, 'reporting.step-2': member });
        return;
      }
      if (format === 'md') {
        expect(text).toContain(`${point} \`approach.item-6\``);
        expect(text).toContain(`${member} \`reporting.step-2\``);
      } else if (format === 'text') {
        // The terminal's text gives the ID `confirm` takes beside the citation, in brackets, never the ID alone. (The
        // shared step is named only where a topic lists it: the Dutch topics do.)
        expect(text).toContain(`${point} [approach.item-6]`);
        if (words.lang === 'nl') expect(text).toContain(`${member} [reporting.step-2]`);
        expect(text).not.toMatch(/(^|[ ,:(])(approach\.item|reporting\.step)-\d/m);
      } else {
        expect(text).toContain(point);
        expect(text).toContain(member);
      }
      for (const numbers of side) expect(text).not.toContain(numbers);
      // The Dutch words are the law's alone ("WPO art. 4c lid 1 onder a"), quoted as it has them.
      if (words.lang === 'en') for (const dutch of ['Artikel 2', 'Artikel 3']) expect(text).not.toContain(dutch);
    });
});
