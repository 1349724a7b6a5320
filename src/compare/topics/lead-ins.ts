// A list's lead-in and its items ("De klachtencommissie neemt geen klacht in behandeling indien blijkt dat:", then
// "a. dezelfde klacht eerder is ingediend …"): each item is a clause of its own, but it ends the lead-in's last
// sentence, so it states what that sentence states (named-clauses.ts; issue 73).
import type { Entry } from '../../match/entries.js';
import { sentencesOnce } from '../read/sentence-memo.js';

/** A list item's marker at the start of a clause, by kind: a letter ("a.", "(b)"), a degree ("1°"), a dash or bullet. */
const MARKERS = [/^\(?[a-z]{1,2}[.)]\s*/u, /^\d{1,2}°\s*/u, /^[-–—•]\s*/u] as const;

/**
 * The kind of item a clause is: the index of its marker in MARKERS, MARKERS.length for a bullet of a Markdown list,
 * undefined for no item. A numbered list's items are not items here: they are an article's members as often, and a
 * member may lead into items of its own.
 */
function itemKind(entry: Entry): number | undefined {
  const marker = MARKERS.findIndex((pattern) => pattern.test(entry.text));
  if (marker >= 0) return marker;
  return entry.clause.list === 'bullet' ? MARKERS.length : undefined;
}

/** How deep a clause id stands: its parts after the section's ("artikel-5.5.1" → 2). */
const depthOf = (id: string): number => id.split('.').length - 1;

/** A lead-in: a clause that ends with a colon. */
const leadsIn = (entry: Entry | undefined): boolean => entry !== undefined && /:\s*$/u.test(entry.text);

/**
 * The entry of the lead-in of the list item at `e`: back over the items before it (and what stands under them) to
 * the clause that ends with a colon. Undefined for a clause that is no item, or for items with no lead-in.
 */
export function leadInOf(entries: readonly Entry[], e: number): number | undefined {
  const item = entries[e];
  const kind = item && itemKind(item);
  if (!item || kind === undefined) return undefined;
  const depth = depthOf(item.clause.id);
  let lead = e - 1;
  // Back over the items of its kind, what stands under them (deeper, or items of another kind that lead into nothing:
  // "1°", "2°" after "e. … waarin worden aangegeven:"), to the first clause that is neither.
  for (; lead >= 0; lead--) {
    const entry = entries[lead] as Entry;
    const at = depthOf(entry.clause.id);
    if (at > depth) continue;
    const other = itemKind(entry);
    if (at < depth || (other !== kind && (other === undefined || leadsIn(entry)))) break;
  }
  return leadsIn(entries[lead]) ? lead : undefined;
}

/** The items the lead-in at `lead` leads into (their entries); none where it is no lead-in. */
export function itemsOf(entries: readonly Entry[], lead: number): number[] {
  if (!leadsIn(entries[lead])) return [];
  const depth = depthOf((entries[lead] as Entry).clause.id);
  const items: number[] = [];
  for (let e = lead + 1; e < entries.length; e++) {
    if (leadInOf(entries, e) === lead) items.push(e);
    else if (depthOf((entries[e] as Entry).clause.id) <= depth) break;
  }
  return items;
}

/**
 * The sentence a lead-in's colon ends: its last sentence as the rest of compare splits them (src/text/sentences.ts,
 * abbreviations kept whole), "De klacht …:" of "… bevestiging. De klacht …:".
 */
export function leadSentence(text: string): string {
  return sentencesOnce(text).findLast((sentence) => sentence.trim() !== '') ?? text;
}
