// The notes clausemark prints beside "Vastgesteld" on a cover and in a colophon where an adoption records no hash
// (src/wording/adoption-note.ts: "tekst niet vastgelegd bij de vaststelling …", "gewijzigd na vaststelling (volgens
// git) …", "vastgestelde tekst volgens git (commit …)"). On a clausemark PDF brought back from its pages they are
// clausemark's words about the text, not the text: the cover does not end at them (meta.ts), and they are left out
// with the cover's lines they stand among.
import YAML from 'yaml';
import { labelFileTexts } from './label-files.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

/**
 * The label keys of those notes (templates/labels/<lang>.yaml), each with the corrected row's words after it where
 * it may have them ("…; rij later verbeterd in commit …").
 */
// The cut histories' notes first: they begin with the words of the plain one, which would leave their reason behind;
// so does a note with its row's correction, before the note alone.
const NOTE_LABELS = [
  ['adoptionTextUnrecordedShallow'],
  ['adoptionTextUnrecordedNotFollowed'],
  ['adoptionTextUnrecorded'],
  ['adoptionChangedPerGit', 'adoptionRowCorrected'],
  ['adoptionChangedPerGit'],
  ['adoptedTextPerGit', 'adoptionRowCorrected'],
  ['adoptedTextPerGit'],
] as const;

const normal = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nl');

/** A label as a pattern of its printed text: each {{placeholder}} (a commit, a date) a few words of any kind. */
function printed(label: string): RegExp {
  const parts = normal(label)
    .split(/\{\{[^}]*\}\}/u)
    .map(escapeRegExp);
  return new RegExp(`(?:^|\\s)${parts.join('.{1,40}?')}(?=\\s|$)`, 'u');
}

let notes: RegExp[] | undefined;
function notePatterns(): RegExp[] {
  notes ??= labelFileTexts().flatMap((text) => {
    let labels: Record<string, unknown> | null;
    try {
      labels = YAML.parse(text) as Record<string, unknown> | null;
    } catch {
      return []; // a label file that is no YAML holds no note
    }
    return NOTE_LABELS.flatMap((keys) => {
      const parts = keys.map((key) => labels?.[key]);
      return parts.every((part) => typeof part === 'string') ? [printed(parts.join('; '))] : [];
    });
  });
  return notes;
}

/**
 * `text` (a paragraph of a page, its lines joined) without the one of clausemark's notes on an adoption it holds
 * whole ("Versie 1.0 Status: Vastgesteld tekst niet vastgelegd … Ingangsdatum: …" gives "versie 1.0 status:
 * vastgesteld ingangsdatum: …"; the note alone gives ""), in lower case; undefined when it holds none.
 */
export function withoutOwnAdoptionNote(text: string): string | undefined {
  const said = normal(text);
  for (const pattern of notePatterns()) {
    const found = pattern.exec(said);
    if (found)
      return `${said.slice(0, found.index)} ${said.slice(found.index + found[0].length)}`.replace(/\s+/gu, ' ').trim();
  }
  return undefined;
}
