import type { Patch, PatchOperation } from '../../schemas/patch.ts';
import type { RecordKind, ReviewRecord } from '../../schemas/review-record.ts';
import { NEW_CLAIM, newClaimOps } from './new-claim.ts';

/** The fields whose current values a skeleton tests, per kind: what the correction relies on. */
const TESTED: Record<RecordKind, readonly string[]> = {
  claim: ['provider', 'action', 'target', 'negated', 'date', 'status'],
  quote: ['text', 'speaker', 'status'],
  entity: ['name', 'type', 'aliases'],
  article: ['published', 'language'],
};

/** A patch skeleton: `test` ops for the current values, to which the reviewer adds the corrections and a reason. */
export function makeSkeleton(target: string, kind: RecordKind | undefined, record: ReviewRecord | undefined, author: string, created: string): Patch {
  if (target === NEW_CLAIM || !kind || !record) return { target: NEW_CLAIM, author, reason: '', created, ops: newClaimOps() };
  const values = record as unknown as Record<string, unknown>;
  const ops: PatchOperation[] = TESTED[kind].map((field) => ({ op: 'test', path: `/${field}`, value: values[field] }));
  return { target, author, reason: '', created, ops };
}

/** A file name that sorts by time and says what it corrects. */
export function skeletonFileName(target: string, created: string): string {
  return `${created.replace(/[:.]/g, '-')}-${target.replace(/[^A-Za-z0-9_-]+/g, '-')}.json`;
}
