// Raw HTML inside a policy (`<div class="note">Let op: …</div>`, `<details>`, a `<p>` pasted from a web page) is
// text a reader of the web page saw. It used to vanish from the PDF and from the diff; now its readable text —
// tags stripped, entities decoded, styles and scripts left out — is part of the clause, shown and compared as
// plain text (never as markup: nothing from it is ever run or rendered as HTML).

/**
 * Named references policies use (Dutch accents, quotes, dashes, spaces). An unknown name stays as written: visible
 * and honest, rather than guessed. (Not the full HTML table: that would be a dependency for a handful of pages.)
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  para: '¶',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  euml: 'ë',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  auml: 'ä',
  acirc: 'â',
  iacute: 'í',
  iuml: 'ï',
  icirc: 'î',
  oacute: 'ó',
  ouml: 'ö',
  ocirc: 'ô',
  uacute: 'ú',
  uuml: 'ü',
  ucirc: 'û',
  ccedil: 'ç',
  ntilde: 'ñ',
  szlig: 'ß',
  Euml: 'Ë',
  Iuml: 'Ï',
  Ouml: 'Ö',
  Uuml: 'Ü',
};

/** Elements whose content is not text a reader sees. */
const HIDDEN_ELEMENTS = /<(script|style|template|head|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![A-Za-z][^>]*>|<\?[\s\S]*?\?>/g;
/** Tags that sit inside a line of text: removed without a space ("<b>altijd</b>." stays "altijd."). */
const INLINE_TAG =
  /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr|del|ins|font)\b[^>]*>/gi;
/** Every other tag separates words. */
const ANY_TAG = /<\/?[A-Za-z][^<>]*>/g;
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      return NAMED[name] ?? whole;
    }
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Whether raw HTML is nothing but author's notes (`<!-- … -->`, docs/format.md): never shown to a reader, in any
 * output that publishes the policy, inline or as a block.
 */
export function isAuthorNote(html: string): boolean {
  return /^\s*<!--/.test(html) && html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() === '';
}

/** The text an HTML block shows a reader, on one line; '' for a tag without text (`<div>`, `<br>`, a comment). */
export function htmlBlockText(html: string): string {
  const visible = html
    .replace(COMMENTS, ' ')
    .replace(HIDDEN_ELEMENTS, ' ')
    .replace(INLINE_TAG, '')
    .replace(ANY_TAG, ' ');
  return decodeReferences(visible).replace(/\s+/g, ' ').trim();
}
