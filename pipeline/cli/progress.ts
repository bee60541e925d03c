import cliProgress from 'cli-progress';

export interface Progress {
  /** Starts the line once the inputs are listed and their total size is known. */
  start(totalBytes: number): void;
  addBytes(n: number): void;
  setArticles(n: number): void;
  stop(): void;
}

const SILENT: Progress = { start: () => {}, addBytes: () => {}, setArticles: () => {}, stop: () => {} };

/**
 * A live progress line on stderr (done/total bytes as a bar, articles, rate,
 * ETA) when stderr is a terminal; nothing otherwise, so logs and pipes stay clean.
 */
export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return SILENT;
  const started = performance.now();
  let bytes = 0;
  let total = 0;
  let articles = 0;
  let bar: cliProgress.SingleBar | undefined;
  const payload = (): Record<string, string | number> => {
    const seconds = (performance.now() - started) / 1000;
    return { articles, rate: seconds > 0 ? (articles / seconds).toFixed(1) : '0' };
  };
  return {
    start(totalBytes) {
      if (totalBytes === 0) return;
      total = totalBytes;
      bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: ' {bar} {percentage}% | {articles} articles | {rate} art/s | ETA {eta_formatted}',
          hideCursor: true,
          etaBuffer: 50,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, payload());
    },
    addBytes(n) {
      bytes = Math.min(total, bytes + n);
      bar?.update(bytes, payload());
    },
    setArticles(n) {
      articles = n;
      bar?.update(bytes, payload());
    },
    stop() {
      bar?.stop();
    },
  };
}
