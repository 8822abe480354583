/** A progress bar on stderr: redrawn in place on a terminal, a line per tenth when stderr is a file or a pipe. */
import type { CliIo } from './context.js';

export function progressBar(
  io: CliIo,
  label: string,
  total: number,
): { update(done: number): void; end(): void } {
  const width = 30;
  const tty = Boolean(io.stderr.isTTY);
  let lastTenth = -1;
  const render = (done: number) => {
    const f = total ? done / total : 1;
    const filled = Math.round(f * width);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.round(f * 100)}%`;
  };
  return {
    update(done) {
      if (tty) {
        io.stderr.write(`\r${render(done)}`);
        return;
      }
      const tenth = Math.floor((total ? done / total : 1) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        io.stderr.write(`${render(done)}\n`);
      }
    },
    end() {
      if (tty) io.stderr.write('\n');
    },
  };
}
