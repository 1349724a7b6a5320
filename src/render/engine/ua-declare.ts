// The PDF/UA-1 claim (pdfuaid:part 1 in the XMP metadata), written only when the file passes our self-check
// (ua-check.ts). The metadata stream is written with a slot of XMP padding (whitespace, which XMP allows) exactly
// as long as the declaration, so filling it in afterwards moves no byte offset and the cross-reference table stays
// right.

/** The XMP that declares PDF/UA-1; under PDF/A the pdfuaid schema must itself be described (an extension schema). */
function declaration(pdfa: boolean): string {
  const part =
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>';
  if (!pdfa) return part;
  return [
    part,
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
    '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
    '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
    '<pdfaProperty:name>part</pdfaProperty:name>',
    '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
    '<pdfaProperty:category>internal</pdfaProperty:category>',
    '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
    '</rdf:li></rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
  ].join('\n');
}

/** Where the declaration may go: the marker line and as much padding as the declaration needs. */
const MARKER = '<!-- pdfua -->';

export function declarationSlot(pdfa: boolean): string {
  return `${MARKER}\n${' '.repeat(Buffer.byteLength(declaration(pdfa), 'latin1'))}`;
}

/** `bytes` with the PDF/UA-1 declaration in its slot, when `accessible`; else unchanged (the padding stays). */
export function declarePdfUa(bytes: Uint8Array, pdfa: boolean, accessible: boolean): Uint8Array {
  if (!accessible) return bytes;
  const text = Buffer.from(bytes).toString('latin1');
  const slot = declarationSlot(pdfa);
  const at = text.indexOf(slot);
  if (at < 0) return bytes;
  const filled = `${MARKER}\n${declaration(pdfa)}`;
  return new Uint8Array(Buffer.from(text.slice(0, at) + filled + text.slice(at + slot.length), 'latin1'));
}
