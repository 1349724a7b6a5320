// A form as a browser posts it to the workplace (src/io/workplace-guard.ts reads the body, bounded): url-encoded
// fields, or multipart/form-data with files (an uploaded Word or PDF document). Only what a browser's own form sends is
// read: parts with a Content-Disposition name, a file part's bytes as they came.

export interface UploadedFile {
  /** The file's own name as the browser gave it (no folder), for the import's report. */
  filename: string;
  data: Buffer;
}

export interface FormData {
  fields: Map<string, string>;
  files: Map<string, UploadedFile>;
}

function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** Reads `body` as the form `contentType` says it is; a malformed multipart body gives the parts that were whole. */
export function parseForm(body: Buffer, contentType: string): FormData {
  const form: FormData = { fields: new Map(), files: new Map() };
  const boundary = contentType.toLowerCase().startsWith('multipart/form-data') ? boundaryOf(contentType) : undefined;
  if (!boundary) {
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) form.fields.set(key, value);
    return form;
  }
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter has no line break before it: read the body as if it had one.
  const text = Buffer.concat([Buffer.from('\r\n'), body]);
  let start = text.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (text.subarray(partStart, partStart + 2).toString() === '--') break;
    const end = text.indexOf(delimiter, partStart);
    if (end === -1) break;
    const part = text.subarray(partStart + 2, end);
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = part.subarray(0, split).toString('utf8');
      const data = part.subarray(split + 4);
      const name = /\bname="([^"]*)"/i.exec(head)?.[1];
      const filename = /\bfilename="([^"]*)"/i.exec(head)?.[1];
      if (name !== undefined && filename !== undefined) {
        const base = filename.split(/[\\/]/).pop() ?? '';
        if (base !== '') form.files.set(name, { filename: base, data: Buffer.from(data) });
      } else if (name !== undefined) form.fields.set(name, data.toString('utf8'));
    }
    start = end;
  }
  return form;
}
