import type { ReviewOutcome } from './apply-patches.ts';

/**
 * One line per stale or rejected patch, naming the file and the operation,
 * then a count line (left out when `problemsOnly`). Empty when there is nothing to say.
 */
export function formatOutcomes(outcomes: readonly ReviewOutcome[], problemsOnly = false): string {
  if (outcomes.length === 0) return '';
  const lines = outcomes.filter((o) => o.status === 'stale' || o.status === 'rejected').map((o) => `patch ${o.file}: ${o.status}: ${o.message ?? ''}`);
  if (!problemsOnly) {
    const count = (s: ReviewOutcome['status']): number => outcomes.filter((o) => o.status === s).length;
    lines.push(`patches: ${count('applied')} applied, ${count('unchanged')} unchanged, ${count('stale')} stale, ${count('rejected')} rejected`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
