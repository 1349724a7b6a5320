// The clauses of one version, flattened in reading order with what matching and classifying need to know about
// each: its reference for the result, its section, and (computed once, on demand) its normal form and profile.
import type { Clause, Policy, Section } from '../model/policy.js';
import { normalise } from '../text/normalise.js';
import { profileOfNormal, type TextProfile } from '../text/similarity.js';
import type { ClauseRef } from './types.js';

export interface Entry {
  /** Position in reading order (0-based), sub-clauses included. */
  index: number;
  clause: Clause;
  section: Section;
  ref: ClauseRef;
  /** Section titles joined: equal keys mean "under the same heading" even when section ids are synthetic. */
  pathKey: string;
  /** The author wrote the id (it is not synthesised from position), so it may be trusted across versions. */
  explicitId: boolean;
  /**
   * The clause text in Unicode normal form C: what every comparison reads. "é" typed as e + U+0301 and the
   * precomposed "é" look and mean the same, so they are the same text (ref.text is this form too).
   */
  text: string;
}

/**
 * Normal forms and profiles by text, shared by the two sides of a version diff: most clauses of a new version are
 * word for word those of the old one, and each text is normalised and profiled once (both are pure functions of it).
 */
export class TextForms {
  private readonly normals = new Map<string, string>();
  private readonly profiles = new Map<string, TextProfile>();

  normal(text: string): string {
    let normal = this.normals.get(text);
    if (normal === undefined) {
      normal = normalise(text);
      this.normals.set(text, normal);
    }
    return normal;
  }

  profile(normal: string): TextProfile {
    let profile = this.profiles.get(normal);
    if (profile === undefined) {
      profile = profileOfNormal(normal);
      this.profiles.set(normal, profile);
    }
    return profile;
  }
}

export class Side {
  readonly entries: Entry[];
  private readonly normals: (string | undefined)[];
  private readonly profiles: (TextProfile | undefined)[];

  /**
   * `textOf` gives each clause's text; by default its words. A version diff passes readingTexts() (reading-text.ts)
   * so footnotes and link targets count as the clause's, and one TextForms for both versions.
   */
  constructor(
    readonly policy: Policy,
    textOf: (clause: Clause) => string = (clause) => clause.text,
    private readonly forms: TextForms = new TextForms(),
  ) {
    this.entries = collectEntries(policy, textOf);
    this.normals = new Array<string | undefined>(this.entries.length);
    this.profiles = new Array<TextProfile | undefined>(this.entries.length);
  }

  normal(index: number): string {
    let normal = this.normals[index];
    if (normal === undefined) {
      normal = this.forms.normal(this.entries[index]?.text ?? '');
      this.normals[index] = normal;
    }
    return normal;
  }

  profile(index: number): TextProfile {
    let profile = this.profiles[index];
    if (profile === undefined) {
      profile = this.forms.profile(this.normal(index));
      this.profiles[index] = profile;
    }
    return profile;
  }

  entry(index: number): Entry {
    const entry = this.entries[index];
    if (!entry) throw new Error(`no clause at index ${index}`);
    return entry;
  }

  get size(): number {
    return this.entries.length;
  }
}

/**
 * Text of nothing but characters below U+0300, general punctuation (dashes, curly quotes) and currency signs is
 * already in normal form C: none of them decomposes or composes with another (checked pairwise against Node's ICU).
 * Most clause text is, and normalize() copies every string it is given (a civil code's 1.2 MB per version).
 */
const MAY_COMPOSE = /[^\u0000-\u02ff\u2010-\u205e\u20a0-\u20c0]/;
function toNfc(text: string): string {
  return MAY_COMPOSE.test(text) ? text.normalize('NFC') : text;
}

function collectEntries(policy: Policy, textOf: (clause: Clause) => string): Entry[] {
  const entries: Entry[] = [];
  const visitClauses = (clauses: Clause[], section: Section, titles: string[], pathKey: string): void => {
    for (const clause of clauses) {
      const text = toNfc(textOf(clause));
      const ref: ClauseRef = {
        id: clause.id,
        synthetic: clause.synthetic,
        number: clause.number,
        sectionPath: titles,
        sectionId: section.id,
        text,
        line: clause.position.start.line,
      };
      entries.push({
        index: entries.length,
        clause,
        section,
        ref,
        pathKey,
        explicitId: !clause.synthetic && clause.id !== '',
        text,
      });
      visitClauses(clause.children, section, titles, pathKey);
    }
  };
  const visitSections = (sections: Section[], trail: string[]): void => {
    for (const section of sections) {
      const titles = [...trail, section.title];
      visitClauses(section.clauses, section, titles, titles.join('\u0000'));
      visitSections(section.sections, titles);
    }
  };
  visitClauses(policy.preamble.clauses, policy.preamble, [], '');
  visitSections(policy.sections, []);
  return entries;
}
