// The workplace's endpoint (src/jobs/serve-workplace.ts) in the test's process behind a real HTTP server on a free
// port, in a folder of the test's own: requests as the workplace's own pages send them (its Host and Origin), form
// posts and multipart uploads as a browser sends them. And the draft pestprotocol of Basisschool De Eik (Stichting De
// Linde) that the workplace's form tests post to, in a real git repository with De Linde's procedure.yaml.
import { cpSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { findProject } from '../../src/io/project.js';
import { workplaceEndpoint } from '../../src/jobs/serve-workplace.js';
import { type TempRepo, tempRepo } from './git.js';
import { PROJECT_ROOT } from './paths.js';

/** De Eik's draft pestprotocol (level school: its MR consents), as the form tests find it. */
export const DE_EIK_POLICY = 'policies/linde/de-eik/pestprotocol.md';

export const DE_EIK_DRAFT = `---
id: pestprotocol
title: Pestprotocol
organisation: Basisschool De Eik
org: linde-de-eik
version: "1.0"
status: draft
lang: nl
kind: pestprotocol
level: school
---

# Pestprotocol

## Aanpak {#aanpak}

1. {#aan.melden} Wie pesten ziet, meldt het bij de leerkracht.
`;

/** De Eik's gedragscode, adopted by hand: an approval without the hash `approve` records, so check advises recording
 * the adopted text, with a fix naming the file. */
export const DE_EIK_BY_HAND = 'policies/linde/de-eik/gedragscode.md';
export const DE_EIK_ADOPTED_BY_HAND = `---
id: gedragscode
title: Gedragscode
organisation: Basisschool De Eik
org: linde-de-eik
version: "1.0"
status: approved
lang: nl
kind: gedragscode
level: school
approvals:
  - date: 2025-06-01
    name: J. de Vries
    role: Voorzitter College van Bestuur
    step: vaststelling
---

# Gedragscode

## Omgang {#omgang}

1. {#omg.respect} Wij gaan met respect met elkaar om.
`;

/**
 * De Linde's procedure as the example's policies/linde/procedure.yaml gives it (sector, term, its own review of the
 * klachtenregeling), without the example's declaration of the board and its schools: De Eik is not one of them.
 */
export const LINDE_PROCEDURE = 'sector: po\nterm: 6w\nkinds:\n  klachtenregeling:\n    review: 3y\n';

/** A git repository holding De Linde's procedure (LINDE_PROCEDURE), De Eik's draft and the `more` files, committed once. */
export function deEikRepo(prefix: string, more: Record<string, string> = {}): TempRepo {
  const repo = tempRepo(prefix);
  repo.write('policies/linde/procedure.yaml', LINDE_PROCEDURE);
  repo.write(DE_EIK_POLICY, DE_EIK_DRAFT);
  for (const [file, text] of Object.entries(more)) repo.write(file, text);
  repo.commit('start');
  return repo;
}

export interface Answer {
  status: number;
  html: string;
  /** The body as it came, for a download that is no text (a PDF). */
  data: Buffer;
}

export interface TestWorkplace {
  token: string;
  call(method: string, path: string, body?: string | Buffer, type?: string): Promise<Answer>;
  /** A form post of `fields` with the session's token. */
  post(path: string, fields: Record<string, string>): Promise<Answer>;
  /** A multipart post of `fields` with the session's token, and the file `document` named `name`. */
  upload(path: string, fields: Record<string, string>, name: string, data: Uint8Array): Promise<Answer>;
  close(): Promise<void>;
}

/** The workplace of `folder`, with the officer "A. de Beleidsmedewerker". */
export async function startTestWorkplace(folder: string): Promise<TestWorkplace> {
  const endpoint = workplaceEndpoint({
    folder,
    project: findProject(PROJECT_ROOT),
    officer: 'A. de Beleidsmedewerker',
    maxUploadBytes: 8 * 1024 * 1024,
    postMilliseconds: 10_000,
    reportFolder: join(folder, 'out'),
  });
  let port = 0;
  const server: Server = createServer((req, res) => endpoint.handle(req, res, port));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const call = (
    method: string,
    path: string,
    body: string | Buffer = '',
    type = 'application/x-www-form-urlencoded',
  ): Promise<Answer> => {
    const headers = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': type };
    return new Promise((resolve, reject) => {
      const asked = request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const data = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, html: data.toString('utf8'), data });
        });
      });
      asked.on('error', reject);
      asked.end(body);
    });
  };
  return {
    token: endpoint.token,
    call,
    post: (path, fields) => call('POST', path, new URLSearchParams({ token: endpoint.token, ...fields }).toString()),
    upload: (path, fields, name, data) => {
      const boundary = '----clausemark-test';
      const parts = Object.entries({ token: endpoint.token, ...fields }).map(
        ([key, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`,
      );
      const head = `--${boundary}\r\ncontent-disposition: form-data; name="document"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`;
      const body = Buffer.concat([Buffer.from(parts.join('') + head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
      return call('POST', path, body, `multipart/form-data; boundary=${boundary}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The workplace's notice of what was done on `html`, or of why not, as text between its tags. */
export function noticeOf(html: string, kind: 'done' | 'refused'): string {
  const role = kind === 'done' ? 'status' : 'alert';
  return new RegExp(`<div class="${kind}" role="${role}">(.*?)</div>`, 's').exec(html)?.[1] ?? '';
}

/** The social-media protocols of Aeres MBO and Allure (one kind, two organisations), committed in a repository of
 * the test's own: what the workplace's comparison and review questions need. */
export function socialMediaRepo(): TempRepo {
  const repo = tempRepo();
  for (const org of ['aeres-mbo', 'allure'])
    cpSync(join(PROJECT_ROOT, 'policies', org, 'social-media.md'), join(repo.root, 'policies', org, 'social-media.md'));
  repo.commit('start');
  return repo;
}
