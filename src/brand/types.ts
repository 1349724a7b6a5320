// A brand is an organisation's house style: colours, logo, fonts, numbering and footer. Loaded from
// templates/brands/<name>.yaml; renderers receive it fully resolved (files read, paths checked).
import type { NumberStyle, PolicyNumbering } from '../model/numbering.js';

export interface BrandColours {
  /** Headings, cover band, table header: the organisation's main colour (#rrggbb). */
  primary: string;
  /** Rules, links, highlights. */
  accent: string;
  /** Body text. */
  text: string;
  /** Secondary text: header/footer, captions. */
  muted: string;
}

export interface BrandFonts {
  /** TTF or OTF bytes; WOFF/WOFF2 are refused when the brand is loaded. */
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

export interface BrandLogo {
  kind: 'svg' | 'png';
  data: Uint8Array;
  /** Where it came from, for messages. */
  path: string;
}

export interface Brand {
  name: string;
  /** The YAML file the brand was read from ('' for the built-in fallback). */
  file: string;
  colours: BrandColours;
  fonts: BrandFonts;
  /** Font file paths, for the content hash of incremental builds and for messages. */
  fontPaths: Record<keyof BrandFonts, string>;
  logo?: BrandLogo;
  /** Ordered-list styles by nesting depth, e.g. ['decimal', 'lower-alpha', 'lower-roman']. */
  numbering: NumberStyle[];
  /**
   * Label patterns for sections, clauses and items ("Artikel %1", "%1.%2", "%a)"), the same as a policy's own
   * `numbering` field: a policy without one is printed with these instead of the styles above.
   */
  labels?: PolicyNumbering;
  /** Extra footer text (e.g. "Stichting Allure · www.example.nl"); may be ''. */
  footer: string;
}
