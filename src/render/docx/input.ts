// What the Word renderer is given: the same resolved input as the PDF renderer (policy, brand, wording rendered
// from the templates in the policy's language), so the .docx says exactly what the PDF says, cover and adoption
// line included. Rendering is a pure function of this input.
import type { Brand } from '../../brand/types.js';
import type { Policy } from '../../model/policy.js';
import type { PdfTexts } from '../shared/document-texts.js';
import type { HeadingPages } from '../shared/contents.js';

export interface DocxTexts extends PdfTexts {
  /** The raw page label with its placeholders ("Pagina {{page}} van {{pages}}"): Word fills them with fields. */
  pageLabel: string;
  /** "Versie" / "Version", for the document property. */
  versionLabel: string;
}

export interface DocxOptions {
  /** Written into the document properties and the ZIP entries: from the policy's dates or SOURCE_DATE_EPOCH. */
  creationDate: Date;
  /** Tool name and version (the document's "last modified by"). */
  producer: string;
  /**
   * The DEFLATE stream of an embedded font's part prepared with the build, by the font's SHA-256, or undefined
   * (src/build/font-streams.ts): used in place of compressing the font, which gives the same bytes.
   */
  preparedFontStream?: (fontSha256: string) => Uint8Array | undefined;
}

export interface DocxInput {
  policy: Policy;
  brand: Brand;
  texts: DocxTexts;
  options: DocxOptions;
  /**
   * The page each heading starts on in the PDF of the same policy (its layout, src/build/policy.ts): written into
   * the contents, so a reader that does not update fields (LibreOffice) shows page numbers. Without it the entries
   * have none until Word updates the field.
   */
  headingPages?: HeadingPages;
}
