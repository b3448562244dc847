// Progress on the terminal for long loads (the corpus at start, `polgraph ingest`): a bar
// redrawn in place on a TTY; on a pipe or a log file, a plain line every 10% (and at the
// end), so that logs stay readable.
export type ProgressReport = (done: number, total: number, note?: string) => void;

export function progressReporter(stream: NodeJS.WriteStream, label: string): ProgressReport {
  let lastDraw = 0;
  let lastTenth = -1;
  return (done, total, note) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    const tail = `${done}/${total} (${pct}%)${note ? ` ${note}` : ''}`;
    if (stream.isTTY) {
      const now = Date.now();
      if (done < total && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : width;
      stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${tail}\x1b[K${done >= total ? '\n' : ''}`);
    } else {
      const tenth = total ? Math.floor((done / total) * 10) : 10;
      if (tenth === lastTenth && done < total) return;
      lastTenth = tenth;
      stream.write(`${label} ${tail}\n`);
    }
  };
}
