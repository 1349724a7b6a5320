// `clausemark serve --open`: the address handed to the system's own opener (xdg-open, open, start), detached, so the
// officer's browser shows the workplace. Whether a browser came up cannot be known: the address is always printed
// too, and a failure to start the opener is reported so the officer copies it into a browser themself.
import { spawn } from 'node:child_process';

function opener(): [string, string[]] {
  if (process.platform === 'darwin') return ['open', []];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""']];
  return ['xdg-open', []];
}

/** Starts the opener for `url`; `failed` is called when it could not be started or said it failed. */
export function openInBrowser(url: string, failed: () => void): void {
  const [command, args] = opener();
  try {
    const child = spawn(command, [...args, url], { detached: true, stdio: 'ignore' });
    child.once('error', failed);
    child.once('exit', (code) => code !== 0 && code !== null && failed());
    child.unref();
  } catch {
    failed();
  }
}
