// A link's address written another way is not a change of substance: http → https, with or without "www.", a
// trailing slash, the host in capitals. Called where the significance of a text change is judged (classify.ts),
// before the word-level lexicon: the redline of "https://www.ggd.nl" → "https://ggd.nl/" would otherwise read as
// text removed and added.
import { normalise } from '../text/normalise.js';

/** A web address in running text: with a scheme, or starting with "www.". Ends before closing punctuation. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'\u201c\u201d]*[^\s<>()"'\u201c\u201d.,;:!?]/giu;

const HAS_URL = /\b(?:https?:\/\/|www\.)/i;

/** The address without what does not change where it leads: scheme, "www.", a trailing slash, the host's case. */
export function urlForm(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const slash = bare.indexOf('/');
  const host = (slash === -1 ? bare : bare.slice(0, slash)).toLowerCase();
  const path = slash === -1 ? '' : bare.slice(slash).replace(/\/+$/, '');
  return `${host}${path}`;
}

function withUrlForms(text: string): string {
  return text.replace(URL, (url) => urlForm(url));
}

/** The two texts differ, but only in how their web addresses are written (and in what normalise ignores). */
export function differsOnlyInUrlForms(oldText: string, newText: string): boolean {
  if (!HAS_URL.test(oldText) && !HAS_URL.test(newText)) return false;
  return normalise(withUrlForms(oldText)) === normalise(withUrlForms(newText));
}
