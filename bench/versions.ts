// Version pairs with a known edit script: a generated policy and its next version, changed by a seeded list of
// edits (clauses reworded, removed, added, moved to another chapter), so a diff can be timed and its result checked
// against what was done.
import { generateSections, prng, renderGenerated, type GeneratedClause, type GeneratedSection } from './corpus.js';

export interface EditScript {
  modified: number;
  removed: number;
  added: number;
  moved: number;
}

export interface VersionPair {
  label: string;
  clauses: number;
  old: string;
  new: string;
  edits: EditScript;
}

// Words for clauses that did not exist before: new text, so no diff engine can mistake it for an old clause.
const NEW_WORDS = [
  'de',
  'school',
  'draagt',
  'zorg',
  'voor',
  'een',
  'jaarlijkse',
  'evaluatie',
  'van',
  'dit',
  'protocol',
  'met',
  'medezeggenschapsraad',
  'en',
  'leerlingenraad',
  'waarbij',
  'ervaringen',
  'klachten',
  'incidenten',
  'besproken',
  'worden',
  'nieuwe',
  'afspraken',
  'vastgelegd',
  'gepubliceerd',
  'website',
];
// Rewordings a reader would call substantive (modal verbs) or editorial (a word added).
const REWORDINGS: [RegExp, string][] = [
  [/\bmag\b/, 'moet'],
  [/\bkan\b/, 'zal'],
  [/\bworden\b/, 'blijven'],
  [/\.$/, ', zo spoedig mogelijk.'],
];

function newSentence(random: () => number): string {
  const words = Array.from(
    { length: 14 + Math.floor(random() * 10) },
    () => NEW_WORDS[Math.floor(random() * NEW_WORDS.length)] ?? 'de',
  );
  const text = words.join(' ');
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
}

function reword(text: string): string {
  for (const [pattern, replacement] of REWORDINGS) if (pattern.test(text)) return text.replace(pattern, replacement);
  return `${text} Dit geldt ook buiten schooltijd.`;
}

/** The next version of a generated policy: about `share` of its clauses edited, evenly over the four kinds. */
export function versionPair(clauses: number, share = 0.04, seed = clauses): VersionPair {
  const random = prng(seed);
  const before = generateSections(clauses);
  const after: GeneratedSection[] = before.map((section) => ({
    ...section,
    clauses: section.clauses.map((clause) => ({ ...clause })),
  }));
  const edits: EditScript = { modified: 0, removed: 0, added: 0, moved: 0 };
  const count = Math.max(4, Math.round(clauses * share));
  const touched = new Set<string>();
  const pick = (): { section: GeneratedSection; index: number; clause: GeneratedClause } | undefined => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const section = after[Math.floor(random() * after.length)];
      const index = Math.floor(random() * (section?.clauses.length ?? 0));
      const clause = section?.clauses[index];
      if (section && clause && !touched.has(clause.id)) {
        touched.add(clause.id);
        return { section, index, clause };
      }
    }
    return undefined;
  };
  for (let edit = 0; edit < count; edit++) {
    const kind = (['modified', 'removed', 'added', 'moved'] as const)[edit % 4]!;
    if (kind === 'added') {
      const section = after[Math.floor(random() * after.length)]!;
      const id = `n${edit}`;
      touched.add(id);
      section.clauses.splice(Math.floor(random() * (section.clauses.length + 1)), 0, {
        id,
        text: newSentence(random),
        numbered: false,
      });
      edits.added++;
      continue;
    }
    const target = pick();
    if (!target) continue;
    if (kind === 'modified') {
      target.clause.text = reword(target.clause.text);
      edits.modified++;
    } else if (kind === 'removed') {
      target.section.clauses.splice(target.index, 1);
      edits.removed++;
    } else if (after.length > 1) {
      // Moved to the end of another chapter, as a paragraph, so its number does not shift its neighbours'.
      target.section.clauses.splice(target.index, 1);
      const others = after.filter((section) => section !== target.section);
      others[Math.floor(random() * others.length)]!.clauses.push({ ...target.clause, numbered: false });
      edits.moved++;
    }
  }
  return {
    label: `${clauses} clauses`,
    clauses,
    old: renderGenerated(before, { id: 'generated', version: '1.0' }),
    new: renderGenerated(after, { id: 'generated', version: '2.0' }),
    edits,
  };
}

/** What the diff reported, by the same four kinds (a moved and reworded clause would count in both). */
export function recoveredEdits(summary: Record<string, number>): EditScript {
  return {
    modified: summary.modified ?? 0,
    removed: summary.removed ?? 0,
    added: summary.added ?? 0,
    moved: summary.moved ?? 0,
  };
}
