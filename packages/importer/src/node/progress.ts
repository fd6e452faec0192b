/** A progress bar on stderr, only when stderr is a terminal (never in pipes, logs or CI). */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

export async function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Promise<Progress | null> {
  if (!stream.isTTY) return null;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar({ stream, format: `${label} [{bar}] {value}/{total}`, clearOnComplete: true, hideCursor: true, etaBuffer: 20 }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
