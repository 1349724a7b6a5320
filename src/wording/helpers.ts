// The few helpers templates may call. Kept small on purpose: wording templates are edited by policy officers, and
// every helper is one more thing that can surprise them. Errors carry the helper call's location.
import type { HelperOptions } from 'handlebars';
import { type MessageIds, wordMessage } from '../io/messages.js';
import { formatDate } from '../text/format-date.js';
import { DEFAULT_DOCUMENT_LANGUAGE, intlLocale } from '../text/output-language.js';

/**
 * Thrown by a helper, named by its entries in templates/messages/en.yaml; the engine turns it into a
 * ClausemarkError at the template's line and column.
 */
export class HelperError extends Error {
  constructor(
    readonly ids: MessageIds,
    readonly loc: hbs.AST.SourceLocation | undefined,
  ) {
    super(wordMessage(ids));
    this.name = 'HelperError';
  }
}

function rootLang(options: HelperOptions): string {
  const root: unknown = options.data?.root;
  const lang = root && typeof root === 'object' && 'lang' in root ? (root as { lang: unknown }).lang : undefined;
  return typeof lang === 'string' ? lang : DEFAULT_DOCUMENT_LANGUAGE;
}

function locOf(options: HelperOptions): hbs.AST.SourceLocation | undefined {
  return (options as HelperOptions & { loc?: hbs.AST.SourceLocation }).loc;
}

/** `{{date policy.effective}}` in the context's `lang`, or `{{date value lang="en"}}`. */
function dateHelper(value: unknown, options: HelperOptions): string {
  const hashLang: unknown = options.hash?.lang;
  const lang = typeof hashLang === 'string' ? hashLang : rootLang(options);
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const formatted = typeof iso === 'string' ? formatDate(iso, lang) : undefined;
  if (formatted === undefined) {
    throw new HelperError(
      { messageId: 'layout-error.date-not-a-date', fixId: 'layout-error.pass-date', params: { value: String(value) } },
      locOf(options),
    );
  }
  return formatted;
}

function upperHelper(value: unknown, options: HelperOptions): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new HelperError(
      {
        messageId: 'layout-error.upper-not-text',
        fixId: 'layout-error.pass-text',
        params: {
          got: value === null ? { messageId: 'layout-error.nothing' } : typeof value,
          example: '{{upper policy.title}}',
        },
      },
      locOf(options),
    );
  }
  return String(value).toLocaleUpperCase(intlLocale(rootLang(options)));
}

/** Helpers we register, by name. Their path arguments are looked up strictly: a misspelt name is an error. */
export const HELPERS: Record<string, (value: unknown, options: HelperOptions) => string> = {
  date: dateHelper,
  upper: upperHelper,
};

/** Handlebars' own block helpers that templates may use; their arguments may be missing (that is what `if` is for). */
export const BLOCK_HELPERS: readonly string[] = ['if', 'unless', 'each', 'with'];
