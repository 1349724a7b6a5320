// A form as a browser posts it to the workplace (src/io/form-data.ts): url-encoded fields, or multipart with a file
// whose bytes come back as sent, even where they hold a line break and two dashes.
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/io/form-data.js';

const FORM = 'application/x-www-form-urlencoded';

describe('parseForm', () => {
  it('reads url-encoded fields', () => {
    const form = parseForm(Buffer.from('token=t&title=Pest%20protocol&kind=pestprotocol'), FORM);
    expect(Object.fromEntries(form.fields)).toEqual({ token: 't', title: 'Pest protocol', kind: 'pestprotocol' });
  });

  it('reads a browser’s multipart form: fields, and a file’s bytes as sent with its name alone', () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0d, 0x0a, 0x2d, 0x2d, 0xff]);
    const body = Buffer.concat([
      Buffer.from('--B\r\nContent-Disposition: form-data; name="token"\r\n\r\nt\r\n'),
      Buffer.from('--B\r\nContent-Disposition: form-data; name="document"; filename="C:\\stukken\\pest.docx"\r\n'),
      Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
      bytes,
      Buffer.from('\r\n--B--\r\n'),
    ]);
    const form = parseForm(body, 'multipart/form-data; boundary=B');
    expect(form.fields.get('token')).toBe('t');
    expect(form.files.get('document')?.filename).toBe('pest.docx');
    expect(form.files.get('document')?.data.equals(bytes)).toBe(true);
  });
});
