// What the terminal shows around a command's findings: colour only where it is a terminal, a failure as JSON for a
// command run with `--format json`, and a build's warnings once each. The findings themselves are rendered by
// src/render/check/ (text and JSON), the formats of `check` (src/report/formats/check.ts).
import type { Finding } from '../model/diagnostics.js';
import { told, wordMessage } from '../io/messages.js';
import type { TextSink } from '../io/sink.js';
import { inReadingOrder } from '../render/check/json.js';
import { COLOURED, PLAIN, type Palette } from '../render/check/text.js';

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColour(stream: Pick<TextSink, 'isTTY'>): boolean {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return stream.isTTY === true && !noColor;
}

export function paletteFor(stream: Pick<TextSink, 'isTTY'>): Palette {
  return wantsColour(stream) ? COLOURED : PLAIN;
}

/**
 * A command's failure (a ClausemarkError's finding) as JSON, for a command run with `--format json`: its messageId,
 * fixId and params beside the words, in the form of one finding of `findingsJson` (src/render/check/json.ts).
 */
export function failureJson(finding: Finding): string {
  return JSON.stringify({ error: inReadingOrder(finding) }, null, 2);
}

/** The warnings of a build, each once however many policies it concerns (one brand's logo, many PDFs). */
export function buildWarnings(built: readonly { warnings?: readonly Finding[] }[]): string[] {
  const lines = new Set<string>();
  for (const policy of built) {
    const label = wordMessage({ messageId: 'finding.warning', params: {} });
    for (const warning of policy.warnings ?? []) lines.add(`clausemark: ${label}: ${told(warning)}`);
  }
  return [...lines];
}
