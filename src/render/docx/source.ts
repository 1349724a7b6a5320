// The Markdown a Word document is built from, carried inside it (src/model/word-source.ts says why): its hash and
// frontmatter as custom properties, the text itself as a custom XML part. The carried text leaves out the source's
// HTML comments (src/render/shared/published-source.ts). Base64 inside the part, so no tool that rewrites XML can
// change a byte of it.
import type { Policy } from '../../model/policy.js';
import { frontmatterProperties, SOURCE_HASH_PROPERTY, SOURCE_NAMESPACE, sourceHash } from '../../model/word-source.js';
import { publishedSource } from '../shared/published-source.js';
import type { ZipEntry } from './zip.js';

const encoder = new TextEncoder();

/** The frontmatter block as written (`---` lines included), or '' when the source has none. */
function frontmatterText(policy: Policy): string {
  const end = policy.frontmatter?.span.end.offset;
  return end === undefined ? '' : policy.source.slice(0, end);
}

/** The custom properties that carry the source's hash and frontmatter. */
export function sourceProperties(policy: Policy): { name: string; value: string }[] {
  return [
    { name: SOURCE_HASH_PROPERTY, value: sourceHash(policy.source) },
    ...frontmatterProperties(frontmatterText(policy)),
  ];
}

const CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/** A GUID made from the hash: the same source gives the same part, byte for byte. */
function itemId(hash: string): string {
  const hex = hash.replace(/^sha256:/, '').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

/**
 * The package with the source part added: the part, its properties part, the relationship from the document to it
 * and its content type. `texts` holds the package's XML parts by name and is changed in place.
 */
export function addSourcePart(texts: Map<string, string>, policy: Policy): ZipEntry[] {
  const hash = sourceHash(policy.source);
  const body = Buffer.from(publishedSource(policy), 'utf8').toString('base64');
  const item =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<source xmlns="${SOURCE_NAMESPACE}" hash="${hash}" encoding="base64">${body}</source>`;
  const props =
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>' +
    `<ds:datastoreItem ds:itemID="${itemId(hash)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${SOURCE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;
  const itemRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${CUSTOM_XML_PROPS}" Target="itemProps1.xml"/></Relationships>`;
  const rels = texts.get('word/_rels/document.xml.rels');
  if (rels !== undefined)
    texts.set(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdSource1" Type="${CUSTOM_XML}" Target="../customXml/item1.xml"/></Relationships>`,
      ),
    );
  const types = texts.get('[Content_Types].xml');
  if (types !== undefined)
    texts.set(
      '[Content_Types].xml',
      types.replace('</Types>', `<Override ContentType="${PROPS_TYPE}" PartName="/customXml/itemProps1.xml"/></Types>`),
    );
  return [
    { name: 'customXml/item1.xml', data: encoder.encode(item) },
    { name: 'customXml/itemProps1.xml', data: encoder.encode(props) },
    { name: 'customXml/_rels/item1.xml.rels', data: encoder.encode(itemRels) },
  ];
}
