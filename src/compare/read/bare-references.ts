// A provision that only declares other provisions applicable ("Artikel 11, tweede en vierde lid, is van
// overeenkomstige toepassing."): it says nothing a reader can check on a topic by its own words, and the articles it
// points to are named on their own. It stood under its article's title and took that topic, and the two readers of
// the named clauses read each such clause as telling nothing (issue 73). It carries no topic; unlike a closing line
// it is a rule, so a comparison still aligns it. Recognised by its shape, Dutch and English.

/** What a bare reference points to: articles, members or "the preceding members", up to a short list of them. */
const POINTED = String.raw`(?:het bepaalde (?:in|bij) )?(?:de )?(?:artikel(?:en)?|art\.|lid|leden|de voorgaande leden|het vorige lid)(?: [^.;:]{0,80})?`;

const BARE_DUTCH = new RegExp(String.raw`^${POINTED} (?:is|zijn) van (?:overeenkomstige )?toepassing\.?$`, 'iu');

const BARE_ENGLISH =
  /^(?:articles?|sections?|paragraphs?|the preceding paragraphs)(?: [^.;:]{0,80})? (?:applies|apply) (?:mutatis mutandis|accordingly)\.?$/iu;

/** Whether a clause's whole text only declares other provisions applicable. */
export function onlyAppliesOthers(text: string): boolean {
  // Asked of every clause: most hold neither closing word, and are passed over by a look at their letters.
  const lower = text.toLowerCase();
  if (!lower.includes('toepassing') && !lower.includes('appl')) return false;
  const line = lower.replace(/\s+/g, ' ').trim();
  return BARE_DUTCH.test(line) || BARE_ENGLISH.test(line);
}
