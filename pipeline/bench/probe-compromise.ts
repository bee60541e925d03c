import { createRequire } from 'node:module';

export interface CompromiseProbe {
  /** Calls to a compromise build (one per tagged sentence and extractor). */
  calls: number;
  /** Distinct texts tagged, so a sentence tagged by two extractors counts once. */
  distinct: Set<string>;
  ms: number;
}

type Fn = (...args: unknown[]) => unknown;

/**
 * Counts what reaches compromise without touching the extractors: the adapter
 * (extractors/nlp/compromise.ts) loads each build lazily through `require`, so
 * swapping the cached export for a counting wrapper before the first article makes
 * the adapter pick the wrapper up. Benchmark child processes only.
 */
export function installCompromiseProbe(builds: readonly string[]): CompromiseProbe {
  const probe: CompromiseProbe = { calls: 0, distinct: new Set(), ms: 0 };
  const require = createRequire(new URL('../../extractors/nlp/compromise.ts', import.meta.url));
  for (const build of builds) {
    const path = require.resolve(build);
    const nlp = require(build) as Fn;
    const cached = require.cache[path];
    if (!cached) continue;
    const wrapped = (...args: unknown[]): unknown => {
      probe.calls++;
      if (typeof args[0] === 'string') probe.distinct.add(args[0]);
      const started = performance.now();
      try {
        return nlp(...args);
      } finally {
        probe.ms += performance.now() - started;
      }
    };
    // The build's own methods (`model()`, `plugin()`) read state through `this`: inherit them.
    Object.setPrototypeOf(wrapped, nlp);
    cached.exports = wrapped;
  }
  return probe;
}
