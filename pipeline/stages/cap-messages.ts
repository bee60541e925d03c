import type { Message } from '../../schemas/message.ts';

/** Messages of one rule kept per article; past it one message counts the rest. */
export const MAX_ARTICLE_MESSAGES_PER_RULE = 100;

/**
 * Keeps the first `max` messages of each rule and adds, for a rule that fired
 * more often, one message of that rule saying how many more there were: an
 * article of 100,000 stray quotation marks stores a hundred and one rows, not
 * 100,000.
 */
export function capMessages(messages: readonly Message[], max = MAX_ARTICLE_MESSAGES_PER_RULE): Message[] {
  const fired = new Map<string, { n: number; first: Message }>();
  const kept: Message[] = [];
  for (const message of messages) {
    const seen = fired.get(message.ruleId) ?? { n: 0, first: message };
    seen.n++;
    fired.set(message.ruleId, seen);
    if (seen.n <= max) kept.push(message);
  }
  for (const [ruleId, { n, first }] of fired) {
    if (n <= max) continue;
    kept.push({ ...first, ruleId, place: null, fatal: false, reason: `${n - max} more like the above (${ruleId} fired ${n} times in this article; the first ${max} are kept)` });
  }
  return kept;
}
