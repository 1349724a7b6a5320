// Progress for batch builds: a bar that redraws in place on a terminal, nothing until the summary otherwise. It
// draws on the sink the caller gives (the CLI's standard error), never on the process's own streams.
import type { TextSink } from '../io/sink.js';

export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progressBar(total: number, stream: TextSink): Progress {
  if (!stream.isTTY || total < 2) return { tick() {}, done() {} };
  let count = 0;
  const width = 24;
  const draw = (label: string): void => {
    const filled = Math.round((count / total) * width);
    const columns = stream.columns ?? 80;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count}/${total} ${label}`;
    stream.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length))}\u001b[K`);
  };
  draw('');
  return {
    tick(label) {
      count++;
      draw(label);
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}
