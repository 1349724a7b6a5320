// The shipped label files' texts (templates/labels, every language and format): what clausemark prints around a
// policy's text. Import reads them to know clausemark's own words on a page it made (pdf-attachment.ts, own-notes.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/root.js';

let labelTexts: string[] | undefined;
/**
 * The label files' texts, read once. Empty without them: every label word then counts as the page's own, and a page
 * is imported as it stands, never taken for clausemark's.
 */
export function labelFileTexts(): string[] {
  if (labelTexts) return labelTexts;
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(dir, entry.name));
      else if (entry.name.endsWith('.yaml')) found.push(readFileSync(join(dir, entry.name), 'utf8'));
    }
  };
  try {
    visit(join(PACKAGE_ROOT, 'templates', 'labels'));
  } catch {
    // The files read so far are kept.
  }
  labelTexts = found;
  return found;
}
