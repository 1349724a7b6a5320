// Terms and review intervals are written short ("6w", "3m", "2y", "10d") in procedure files and front matter; the
// dates they give are calendar dates, so a month from 31 January is the last day of February, not 3 March.
import type { MessageParam } from '../model/diagnostics.js';

const DURATION = /^(\d{1,3})([dwmy])$/;

export function isDuration(text: string): boolean {
  return DURATION.test(text.trim());
}

/** `date` (YYYY-MM-DD) plus `duration`; undefined when the duration cannot be read. */
export function addDuration(date: string, duration: string): string | undefined {
  const match = DURATION.exec(duration.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (match[2] === 'd' || match[2] === 'w') {
    const days = match[2] === 'd' ? amount : amount * 7;
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
  }
  const months = match[2] === 'm' ? amount : amount * 12;
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

/** A cycle ("2y") as a message's word: "2 jaar" / "2 years"; a cycle that cannot be read stays as written. */
export function cycleWords(cycle: string): MessageParam {
  const match = /^(\d+)([ymwd])$/.exec(cycle);
  if (!match) return cycle;
  const unit = ({ y: 'year', m: 'month', w: 'week', d: 'day' } as const)[match[2] as 'y' | 'm' | 'w' | 'd'];
  return match[1] === '1'
    ? { messageId: `school-overview.cycle-${unit}` }
    : { messageId: `school-overview.cycle-${unit}s`, params: { count: match[1]! } };
}
