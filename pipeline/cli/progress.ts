import cliProgress from 'cli-progress';

export interface Progress {
  addBytes(n: number): void;
  setArticles(n: number): void;
  stop(): void;
}

/**
 * A live progress line on stderr (done/total bytes as a bar, articles, rate,
 * ETA) when stderr is a terminal; nothing otherwise, so logs and pipes stay clean.
 */
export function createProgress(totalBytes: number, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY || totalBytes === 0) {
    return { addBytes: () => {}, setArticles: () => {}, stop: () => {} };
  }
  const started = performance.now();
  let bytes = 0;
  let articles = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {bar} {percentage}% | {articles} articles | {rate} art/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { articles: 0, rate: '0' });
  const payload = (): Record<string, string | number> => {
    const seconds = (performance.now() - started) / 1000;
    return { articles, rate: seconds > 0 ? (articles / seconds).toFixed(1) : '0' };
  };
  return {
    addBytes(n) {
      bytes = Math.min(totalBytes, bytes + n);
      bar.update(bytes, payload());
    },
    setArticles(n) {
      articles = n;
      bar.update(bytes, payload());
    },
    stop() {
      bar.stop();
    },
  };
}
