// The .docx's ZIP container (src/render/docx/zip.ts): the entries read back as written, in their order, stamped with
// the document's date; the same entries give the same bytes; the headers are those fflate's zipSync writes.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip, type ZipEntry } from '../../../src/render/docx/zip.js';

const DATE = new Date('2024-03-01T10:20:30Z');
const encoder = new TextEncoder();

function entries(): ZipEntry[] {
  return [
    { name: '[Content_Types].xml', data: encoder.encode('<Types/>'.repeat(50)) },
    { name: 'word/document.xml', data: encoder.encode('<w:document>Bĳ twijfel — coördinator</w:document>') },
    { name: 'word/média/leeg.bin', data: new Uint8Array(0) },
    { name: 'word/fonts/font1.odttf', data: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251) },
  ];
}

/** Every header field but the compressed sizes and offsets: fflate's zip with its DEFLATE data cut out. */
function headers(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  for (let at = 0; at + 4 <= bytes.length; ) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) {
      const nameLength = view.getUint16(at + 26, true);
      const size = view.getUint32(at + 18, true);
      out.push(
        `local ${[...bytes.subarray(at + 4, at + 14)]} ${view.getUint32(at + 14, true)} ${view.getUint32(at + 22, true)}`,
      );
      at += 30 + nameLength + size;
    } else if (signature === 0x02014b50) {
      const nameLength = view.getUint16(at + 28, true);
      out.push(`central ${[...bytes.subarray(at + 4, at + 16)]} ${[...bytes.subarray(at + 24, at + 42)]}`);
      at += 46 + nameLength;
    } else if (signature === 0x06054b50) {
      out.push(`end ${[...bytes.subarray(at + 4, at + 12)]}`);
      break;
    } else at++;
  }
  return out;
}

describe('the Word package’s ZIP', () => {
  it('reads back as written, in order, and gives the same bytes twice', async () => {
    const bytes = writeZip(entries(), DATE);
    expect(await readZip(bytes)).toEqual(entries());
    expect(Buffer.from(writeZip(entries(), DATE)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('has the headers fflate’s zipSync writes (stamps, UTF-8 names, CRCs, sizes)', () => {
    const mtime = new Date(2024, 2, 1, 10, 20, 30);
    const files = Object.fromEntries(entries().map((entry) => [entry.name, [entry.data, { level: 4, mtime }]]));
    const fflate = zipSync(files as Parameters<typeof zipSync>[0]);
    expect(headers(writeZip(entries(), DATE))).toEqual(headers(fflate));
  });
});
