import { z } from 'zod';
import { zSpan } from './span.ts';
import { zEntityRef } from './entity.ts';
import { zDateValue } from './date.ts';

export const WITHDRAW_ACTIONS = ['terminate_service', 'block_access', 'remove_listing', 'suspend_account'] as const;
export const PROVIDE_ACTIONS = ['provide_service', 'restore_service'] as const;

export const zActionType = z.enum([...WITHDRAW_ACTIONS, ...PROVIDE_ACTIONS]);
export type ActionType = z.infer<typeof zActionType>;

export const zPolarity = z.enum(['withdraw', 'provide']);
export type Polarity = z.infer<typeof zPolarity>;

export function polarityOf(action: ActionType): Polarity {
  return (PROVIDE_ACTIONS as readonly string[]).includes(action) ? 'provide' : 'withdraw';
}

/** A provider doing something to a target, as one sentence of one article says it. */
export const zActionFact = z.object({
  provider: zEntityRef,
  action: zActionType,
  target: zEntityRef,
  date: zDateValue.nullable(),
  negated: z.boolean(),
  hedged: z.boolean(),
  /** The sentence that states it. */
  evidence: zSpan,
  rule: z.string(),
});
export type ActionFact = z.infer<typeof zActionFact>;
