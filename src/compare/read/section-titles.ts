// The titles a clause stands under, as a reader sees them: its section headings, and the headings a document writes
// as text. Regulations converted from other formats often have their article titles in paragraphs of their own
// ("####Klachtrecht", "###§ 2", an underlined reStructuredText title), which Markdown does not read as headings; a
// reader does, so they title the clauses after them until the next title of their level or above. A heading that is
// only a number ("Artikel 3", "§ 2", "Bijlage", "Hoofdstuk 1") names no subject: it is never a title, and it does not
// end the title above it (an article under "§ 3 Nevenwerkzaamheden" is still about nevenwerkzaamheden).
import type { Entry } from '../../match/entries.js';
import type { Policy } from '../../model/policy.js';
import { normalise } from '../../text/normalise.js';
import { linksWithinDocument, titlesContents } from './contents-entries.js';

/**
 * A heading that numbers instead of naming: a numbering word with or without its number, or a bare number. Roman
 * numerals and letter suffixes count ("Artikel 1a", "Hoofdstuk IV", "Bijlage 2").
 */
const NUMBERING =
  /^(?:(?:artikel|art|hoofdstuk|paragraaf|par|afdeling|titel|bijlage|deel|sectie|onderdeel|section|article|chapter|part|annex|appendix|schedule|§)\.?\s*)?(?:[0-9]+[a-z]?|[ivxlcdm]+)?(?:\.[0-9]+)*\.?$/i;

export function isNumberingOnly(title: string): boolean {
  const text = title.replace(/\s+/g, ' ').trim();
  return text === '' || NUMBERING.test(text);
}

/** A clause that is a heading written as text: its level (fewer is higher) and its words. */
export function textHeading(text: string): { level: number; title: string } | undefined {
  const hashes = /^(#{1,6})\s*(\S.*)$/.exec(text.trim());
  if (hashes) return { level: (hashes[1] as string).length, title: (hashes[2] as string).trim() };
  // reStructuredText: a title followed by a line of = - ~ ^, which a Markdown reader joins into one paragraph.
  const underline = /^(\S.{1,100}?)\s+([=~^-])\2{3,}$/.exec(text.trim());
  if (underline) {
    const mark = underline[2] as string;
    return { level: mark === '=' ? 2 : mark === '-' ? 3 : 4, title: (underline[1] as string).trim() };
  }
  return undefined;
}

/**
 * A clause whose first line is a heading written as text and whose lines after it say more: an export's "####Titel"
 * with its table in the same block, which a reader sees as a title over the table. The heading and the text under it.
 */
export function leadingHeading(text: string): { heading: { level: number; title: string }; body: string } | undefined {
  const match = /^\s*(#{1,6}[^\n]*)\n\s*(\S[\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const heading = textHeading(match[1] as string);
  return heading ? { heading, body: (match[2] as string).trimEnd() } : undefined;
}

/**
 * What a clause's text states: its body under a heading it opens with, nothing for a heading written as text alone (a
 * title line, which clauseTitles calls `isTitle`), else the text itself.
 */
export function statedText(text: string): string | undefined {
  const leading = leadingHeading(text);
  if (leading) return leading.body;
  return textHeading(text) === undefined ? text : undefined;
}

export interface ClauseTitles {
  /** The titles above the clause, outermost first: section headings, then headings written as text. */
  titles: string[];
  /**
   * The clause is itself a heading written as text, or an entry of a table of contents (contents-entries.ts): it
   * titles others and states no provision.
   */
  isTitle: boolean;
  /** The clause's text without a heading on its first line (leadingHeading): what it states under that heading. */
  body?: string;
}

/** For each entry (in reading order), the titles it stands under. */
export function clauseTitles(policy: Policy, entries: readonly Entry[]): ClauseTitles[] {
  const documentTitle = normalise(policy.meta.title ?? '');
  const named = (title: string): boolean => !isNumberingOnly(title) && normalise(title) !== documentTitle;
  let written: { level: number; title: string }[] = [];
  let section: Entry['section'] | undefined;
  // Under a heading "Inhoudsopgave", up to the next heading of any kind, each line is an entry of the contents.
  let inContents = false;
  return entries.map((entry) => {
    if (entry.section !== section) {
      section = entry.section;
      inContents = titlesContents(section.title);
      // A named heading of the document's own starts a new subject; a number alone does not.
      if (named(section.title)) written = [];
    }
    const leading = leadingHeading(entry.text);
    const heading = leading?.heading ?? textHeading(entry.text);
    const above = () => [...entry.ref.sectionPath.filter(named), ...written.map((title) => title.title)];
    if (heading) inContents = titlesContents(heading.title) && !leading;
    else if (inContents || linksWithinDocument(entry.clause)) return { titles: above(), isTitle: true };
    // A heading written as text stands under the titles above it, not under itself; the text under a leading heading
    // stands under it.
    const titles = above();
    if (heading && !isNumberingOnly(heading.title)) {
      written = [...written.filter((title) => title.level < heading.level), heading];
    }
    if (leading) return { titles: above(), isTitle: false, body: leading.body };
    return { titles, isTitle: heading !== undefined };
  });
}
