// The pages of policies in force on a date that `build --at DATE` wrote into the output folder
// (in-force-<date>.html), so the report's index links each one that exists, and none that does not.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarDate } from '../../model/dates.js';

const PAGE = /^in-force-(\d{4}-\d{2}-\d{2})\.html$/;

/** Each in-force page in `outDir`, oldest date first. */
export function inForcePages(outDir: string): { date: string; path: string }[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir)
    .flatMap((name) => {
      const date = PAGE.exec(name)?.[1];
      return date && isCalendarDate(date) ? [{ date, path: join(outDir, name) }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date, 'en'));
}
