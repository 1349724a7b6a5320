// What a clausemark Word document carries about the Markdown it was built from, so that `import` can bring an edited
// copy back into that Markdown clause by clause (docs/word-rondgang.md): the source's hash (to find the version it
// was built from in the source file or its git history), its frontmatter in the document's custom properties (Word
// and LibreOffice show them under File > Properties, and keep them), and the source itself in a custom XML part
// (kept by Word and LibreOffice, never shown). The writer (src/render/docx/source.ts) and the reader
// (src/import/readers/docx-parts.ts) share these names; nothing here reads or writes a file.
import { createHash } from 'node:crypto';

/** The custom XML part's namespace: a part whose root element is in it holds the source. */
export const SOURCE_NAMESPACE = 'urn:clausemark:source:1';

/** Custom property with "sha256:<hex>" of the source text the document was built from. */
export const SOURCE_HASH_PROPERTY = 'ClausemarkSourceHash';

/** Custom properties holding the frontmatter block in pieces: "ClausemarkFrontmatter", "… 2", "… 3" … */
export const FRONTMATTER_PROPERTY = 'ClausemarkFrontmatter';

/** Word's properties dialog edits text values of up to 255 characters: longer frontmatter is split over several. */
const PROPERTY_CHARS = 255;

/** The hash a document records of its source text (the text as parsed: no BOM, \n line endings). */
export function sourceHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The frontmatter text as properties, in order; each value at most 255 characters (split inside a surrogate pair never). */
export function frontmatterProperties(frontmatter: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const characters = Array.from(frontmatter);
  for (let at = 0; at < characters.length; at += PROPERTY_CHARS) {
    const name = out.length === 0 ? FRONTMATTER_PROPERTY : `${FRONTMATTER_PROPERTY} ${out.length + 1}`;
    out.push({ name, value: characters.slice(at, at + PROPERTY_CHARS).join('') });
  }
  return out;
}

/** The frontmatter text back from the document's custom properties, or undefined when they hold none. */
export function frontmatterFromProperties(properties: ReadonlyMap<string, string>): string | undefined {
  const first = properties.get(FRONTMATTER_PROPERTY);
  if (first === undefined) return undefined;
  const parts = [first];
  for (let index = 2; properties.has(`${FRONTMATTER_PROPERTY} ${index}`); index++)
    parts.push(properties.get(`${FRONTMATTER_PROPERTY} ${index}`) ?? '');
  return parts.join('');
}
