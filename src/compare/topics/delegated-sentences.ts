// The sentences that hand matters to later rules ("Het bestuur geeft … nadere regels. Deze betreffen in elk geval … de
// geheimhouding."): they name what the later rules will be about and rule none of it, so a notaries' regulation whose
// only word on confidentiality was such a list stood on "Geheimhouding" (issue 73). They carry no topic, and neither do
// those on the rules themselves: right after one, opening by pointing back at them ("Deze betreffen …", "De regels
// worden … bekendgemaakt"), or naming "deze nadere regels" (how they are drafted). A sentence that only mentions later
// rules ("Onverminderd de nadere regels van het bestuur wordt de klacht binnen zes weken afgehandeld") still states its
// own rule. Dutch only: no English document of the labelled sets delegates.

/** A verb that makes or gives rules, before "nadere regels" ("stelt … nadere regels vast", "geeft … nadere regels"). */
const GIVES_RULES =
  /\b(?:stelt|stellen|geeft|geven|formuleert|formuleren)\b[^.;:]{0,80}(?<!\bgeen )\bnadere regels\b/iu;

/**
 * "nadere regels", then the verb that makes them ("kan nadere regels stellen", "nadere regels … formuleren"). Neither
 * pattern takes "geen nadere regels": "Het bestuur stelt geen nadere regels vast" hands nothing on.
 */
const RULES_GIVEN =
  /(?<!\bgeen )\bnadere regels\b[^.;:]{0,40}\b(?:vast|stellen|gesteld|vastgesteld|vaststellen|geven|gegeven|formuleren)\b/iu;

/**
 * A sentence that opens by pointing back at the later rules: "Deze" or "Die" alone as its subject ("Deze betreffen …"),
 * or "De regels …"; "Deze regeling treedt in werking …" is about the regulation itself.
 */
const POINTS_BACK =
  /^(?:(?:de|deze|die) regels|(?:deze|die) (?:betreffen|bevatten|omvatten|regelen|gaan|hebben|gelden|worden|zijn|kunnen|zullen))\b/iu;

/** A sentence on the later rules themselves, how they are made or made known ("Over het ontwerp van deze nadere regels"). */
const ABOUT_THEM = /\bdeze nadere regels\b/iu;

/**
 * Whether a clause's text may hold a sentence that hands matters to later rules: every such sentence, or the one
 * before a sentence pointing back at it, says "nadere regels". Cheap, so the rest need not be split into sentences.
 */
export const mayDelegate = (text: string): boolean => /\bnadere regels\b/iu.test(text);

/** Whether a sentence hands matters to later rules. */
export const delegates = (sentence: string): boolean =>
  GIVES_RULES.test(sentence) || RULES_GIVEN.test(sentence) || ABOUT_THEM.test(sentence);

/** The indexes of a clause's sentences that hand matters to later rules, or continue one that does. */
export function delegatedSentences(sentences: readonly string[]): Set<number> {
  const delegated = new Set<number>();
  sentences.forEach((sentence, n) => {
    if (delegates(sentence) || (delegated.has(n - 1) && POINTS_BACK.test(sentence.trim().replace(/\s+/g, ' '))))
      delegated.add(n);
  });
  return delegated;
}
