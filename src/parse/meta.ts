// Frontmatter → PolicyMeta, leniently: whatever is missing or ill-typed falls back to something sensible
// (title from the first heading, id from the file name) and is recorded as inferred; `check` reports it.
import { basename, dirname, extname, resolve, sep } from 'node:path';
import { POLICY_STATUSES, type PolicyMeta, type PolicyStatus, type TitleSource } from '../model/policy.js';
import { NUMBERING_LEVELS, patternProblem, type PolicyNumbering } from '../model/numbering.js';
import { detectLanguage } from '../text/language.js';
import { asApprovals, asStringMap, asText, asTextList, setOwn } from './frontmatter.js';
import { slugify } from './ids.js';
import { DEFAULT_DOCUMENT_LANGUAGE } from '../text/output-language.js';

/**
 * Every frontmatter field clausemark knows, with the shape of its value: the one list of fields (anything else is
 * kept in `extra`; check's unknown-field and field-type rules read it). `text` is one line of text.
 */
const FIELD_SHAPES = {
  id: 'text',
  title: 'text',
  organisation: 'text',
  org: 'text',
  version: 'text',
  status: 'text',
  lang: 'text',
  effective: 'text',
  supersedes: 'text',
  derivedFrom: 'text',
  brand: 'text',
  approvals: 'rows',
  sources: 'other',
  editor: 'text',
  rationale: 'other',
  // The source's own article and clause labels (model/numbering.ts, docs/format.md).
  numbering: 'other',
  // The procedure the policy goes through (src/procedure, docs/procedure.md).
  kind: 'other',
  level: 'other',
  owner: 'other',
  review: 'other',
  // Where this policy is published (schoolgids, website): a recorded fact, beside what its procedure prescribes.
  published: 'other',
  // Sector templates and the policies adapted from them (src/template, docs/templates.md).
  variables: 'other',
  clauses: 'other',
  conflicts: 'other',
} as const satisfies Record<string, 'text' | 'rows' | 'other'>;

type KnownField = keyof typeof FIELD_SHAPES;
type TextField = { [Field in KnownField]: (typeof FIELD_SHAPES)[Field] extends 'text' ? Field : never }[KnownField];

/** The fields clausemark knows, in the order messages list them. */
export const KNOWN_FIELDS = Object.keys(FIELD_SHAPES) as readonly KnownField[];
/**
 * The known fields PolicyMeta does not carry (the procedure's and the templates'): read from the frontmatter as
 * written where they are needed (the diff compares them). The mapping is typed so a field added to FIELD_SHAPES and
 * not to PolicyMeta must be named here.
 */
const UNMODELLED: Record<Exclude<KnownField, keyof PolicyMeta>, true> = {
  kind: true,
  level: true,
  owner: true,
  review: true,
  published: true,
  variables: true,
  clauses: true,
  conflicts: true,
};
export const UNMODELLED_FIELDS = Object.keys(UNMODELLED) as readonly (keyof typeof UNMODELLED)[];

/** The fields whose value is one line of text. */
export const TEXT_FIELDS = KNOWN_FIELDS.filter((field): field is TextField => FIELD_SHAPES[field] === 'text');

/**
 * The folder under policies/ a file sits in, else the folder it sits in, by its name: a file named from its own
 * folder (`social-media.md`, `./social-media.md`) sits in the working directory, not in a folder called ".".
 */
export function orgFromPath(path: string): string {
  const parts = path.split(/[\\/]/);
  const at = parts.lastIndexOf('policies');
  if (at !== -1 && at + 2 < parts.length) return parts[at + 1] ?? '';
  return basename(resolve(dirname(path))).replace(sep, '');
}

/**
 * Other tools' names for clausemark's fields (Jekyll, Hugo, Pelican, pandoc), matched without regard to case
 * (`Title:` header lines). clausemark's own name always wins; the foreign field is also kept in `extra`.
 */
const FOREIGN_NAMES: Record<string, readonly string[]> = {
  // strongdm/comply names its policies `name:` (its documents have several H1s, none of them the title).
  title: ['title', 'name'],
  lang: ['lang', 'language'],
  version: ['version'],
  organisation: ['organisation', 'organization', 'author'],
  effective: ['date'],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;

/** The value of `field`, else of a foreign field meaning the same (a date only when it is a YYYY-MM-DD date). */
function fieldValue(data: Record<string, unknown>, field: string): unknown {
  if (Object.hasOwn(data, field)) return data[field];
  const names = FOREIGN_NAMES[field];
  if (!names) return undefined;
  for (const key of Object.keys(data)) {
    if (!names.includes(key.toLowerCase())) continue;
    const value = asText(data[key])?.trim();
    if (field === 'effective' && !ISO_DATE.test(value?.slice(0, 10) ?? '')) continue;
    if (field === 'lang' && !LANGUAGE_CODE.test(value ?? '')) continue;
    return field === 'effective' ? value?.slice(0, 10) : value;
  }
  return undefined;
}

/** The usable patterns of a `numbering` field; `check` reports the rest (invalid-numbering). */
function ownNumbering(value: unknown): PolicyNumbering | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: PolicyNumbering = {};
  for (const level of NUMBERING_LEVELS) {
    const pattern = (value as Record<string, unknown>)[level];
    if (typeof pattern === 'string' && patternProblem(pattern) === undefined) out[level] = pattern;
  }
  const lists = listPatterns((value as Record<string, unknown>).lists);
  if (lists) out.lists = lists;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The usable patterns of `numbering.lists` (a section's or clause's ID → the pattern of its list). */
function listPatterns(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const usable = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && patternProblem(entry[1]) === undefined,
  );
  return usable.length > 0 ? Object.fromEntries(usable) : undefined;
}

/** The language policies are taken to be in when neither `lang` nor their text says (most are Dutch school rules). */
export const DEFAULT_LANG = DEFAULT_DOCUMENT_LANGUAGE;

/**
 * `lang` and `langSource` of a policy without a written `lang`, as fields that detect the language from `body` when
 * first read (or take what is first written to them) and are plain fields from then on, in their place among the
 * others. A run that never reads them detects nothing: `check` of a civil code spent a twentieth of its time loading
 * franc's tables and asking it for a language no finding uses.
 */
export function detectLangOnFirstRead(meta: PolicyMeta, body: () => string): void {
  const settle = (values: Pick<PolicyMeta, 'lang' | 'langSource'>): void => {
    for (const key of ['lang', 'langSource'] as const)
      Object.defineProperty(meta, key, { value: values[key], writable: true, enumerable: true, configurable: true });
  };
  const detect = (): Pick<PolicyMeta, 'lang' | 'langSource'> => {
    const detected = detectLanguage(body());
    return detected ? { lang: detected, langSource: 'detected' } : { lang: DEFAULT_LANG, langSource: 'default' };
  };
  for (const key of ['lang', 'langSource'] as const)
    Object.defineProperty(meta, key, {
      get: () => {
        const values = detect();
        settle(values);
        return values[key];
      },
      set: (value: never) => {
        const values = detect();
        settle({ ...values, [key]: value });
      },
      enumerable: true,
      configurable: true,
    });
}

/**
 * `body` is the document's text after the frontmatter, for detecting the language when `lang` is not written
 * (src/text/language.ts); read only then, and only when `lang` is first read (detectLangOnFirstRead).
 */
export function buildMeta(
  data: Record<string, unknown>,
  path: string,
  headingTitle: string | undefined,
  body: () => string = () => '',
): PolicyMeta {
  const inferred: string[] = [];
  const text = (field: string): string | undefined => {
    const value = asText(fieldValue(data, field));
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const fallback = (field: string, value: string | undefined, otherwise: () => string): string => {
    if (value !== undefined) return value;
    inferred.push(field);
    return otherwise();
  };
  const fileStem = basename(path, extname(path));
  const org = fallback('org', text('org'), () => slugify(orgFromPath(path)));
  const writtenTitle = text('title');
  const title = fallback('title', writtenTitle, () => headingTitle ?? fileStem);
  const titleSource: TitleSource =
    writtenTitle !== undefined ? 'frontmatter' : headingTitle !== undefined ? 'heading' : 'file';
  const statusText = text('status');
  const status: PolicyStatus = POLICY_STATUSES.includes(statusText as PolicyStatus)
    ? (statusText as PolicyStatus)
    : 'draft';
  if (statusText === undefined) inferred.push('status');
  const writtenLang = text('lang');

  const meta: PolicyMeta = {
    id: fallback('id', text('id'), () => slugify(fileStem) || 'policy'),
    title,
    organisation: fallback('organisation', text('organisation'), () => orgFromPath(path)),
    org,
    version: fallback('version', text('version'), () => ''),
    status,
    lang: fallback('lang', writtenLang, () => DEFAULT_LANG),
    langSource: 'frontmatter',
    titleSource,
    approvals: asApprovals(data.approvals),
    sources: asTextList(data.sources),
    rationale: asStringMap(data.rationale),
    extra: {},
    inferred,
  };
  if (writtenLang === undefined) detectLangOnFirstRead(meta, body);
  for (const field of ['effective', 'supersedes', 'derivedFrom', 'brand', 'editor'] as const) {
    const value = text(field);
    if (value !== undefined) meta[field] = value;
  }
  const numbering = ownNumbering(data.numbering);
  if (numbering) meta.numbering = numbering;
  for (const [key, value] of Object.entries(data)) {
    if (!(KNOWN_FIELDS as readonly string[]).includes(key)) setOwn(meta.extra, key, value);
  }
  return meta;
}
