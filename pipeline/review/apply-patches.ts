import type { Patch } from '../../schemas/patch.ts';
import { RECORD_SCHEMAS, type ClaimRecord, type RecordKind, type ReviewRecord } from '../../schemas/review-record.ts';
import { polarityOf } from '../../schemas/action.ts';
import { prepareCached, type Sqlite } from '../db/open-db.ts';
import { describeIssues, loadPatches, type PatchFile } from './load-patches.ts';
import { patchRecord } from './patch-record.ts';
import { findKind, readRecord } from './read-record.ts';
import { ReviewError } from './review-error.ts';
import { writeRecord } from './write-record.ts';
import { NEW_CLAIM, newClaimBase } from './new-claim.ts';
import { isSameValue } from './same-value.ts';

export type ReviewStatus = 'applied' | 'unchanged' | 'stale' | 'rejected';

export interface ReviewOutcome {
  file: string;
  target: string | null;
  status: ReviewStatus;
  message: string | null;
  resultId: string | null;
}

export interface ApplyOptions {
  dir: string;
  runId: number | null;
  /** The time recorded in `reviews.applied_at` (injected: nothing here reads the clock). */
  now: string;
}

type Attempt = { status: 'applied'; kind: RecordKind; before: ReviewRecord | undefined; resultId: string; after: ReviewRecord } | { status: 'stale' | 'rejected'; kind: RecordKind | null; before: ReviewRecord | undefined; message: string };

function json(record: ReviewRecord | undefined): string | null {
  return record === undefined ? null : JSON.stringify(record);
}

/**
 * Skipped when it was applied with the same bytes and nothing undid it: the
 * record it produced is as the last patch applied to that record left it
 * (several patches may target one record: each is unchanged while the last one's
 * result stands), no patch before it in this pass changed that record, and the
 * target has not been re-created by a re-extraction (a claim moved away, an
 * entity merged away).
 */
function isUnchanged(db: Sqlite, file: PatchFile, target: string, touched: ReadonlySet<string>): boolean {
  const mine = prepareCached(db, `SELECT result_id FROM reviews WHERE file = ? AND sha256 = ? AND status = 'applied' ORDER BY id DESC LIMIT 1`)
    .get(file.file, file.sha256) as { result_id: string } | undefined;
  if (!mine || touched.has(mine.result_id) || touched.has(target)) return false;
  const last = prepareCached(db, `SELECT kind, after FROM reviews WHERE result_id = ? AND status = 'applied' ORDER BY id DESC LIMIT 1`)
    .get(mine.result_id) as { kind: RecordKind; after: string } | undefined;
  if (!last || !isSameValue(readRecord(db, last.kind, mine.result_id), JSON.parse(last.after))) return false;
  return target === NEW_CLAIM || target === mine.result_id || findKind(db, target) === undefined;
}

/** Any error while applying a patch rejects that patch alone, with the reason. */
function attempt(db: Sqlite, patch: Patch): Attempt {
  try {
    return tryAttempt(db, patch);
  } catch (error) {
    return { status: 'rejected', kind: null, before: undefined, message: `cannot apply: ${(error as Error).message}` };
  }
}

function tryAttempt(db: Sqlite, patch: Patch): Attempt {
  const isNew = patch.target === NEW_CLAIM;
  if (patch.target.startsWith('new:') && !isNew) return { status: 'rejected', kind: null, before: undefined, message: `target "${patch.target}": only "${NEW_CLAIM}" creates a record` };
  const kind = isNew ? 'claim' : findKind(db, patch.target);
  if (!kind) return { status: 'rejected', kind: null, before: undefined, message: `target "${patch.target}": no claim, quote, entity or article has this id` };
  const before = isNew ? undefined : readRecord(db, kind, patch.target);
  const patched = patchRecord(before ?? newClaimBase(), patch.ops);
  if (!patched.ok) return { status: patched.status, kind, before, message: patched.message };
  const doc = patched.document as Record<string, unknown>;
  // Polarity follows the action; it is not the reviewer's to set.
  if (kind === 'claim' && typeof doc.action === 'string' && (RECORD_SCHEMAS.claim.shape.action.options as readonly string[]).includes(doc.action)) {
    doc.polarity = polarityOf(doc.action as ClaimRecord['action']);
  }
  const parsed = RECORD_SCHEMAS[kind].safeParse(doc);
  if (!parsed.success) return { status: 'rejected', kind, before, message: `the patched ${kind} fails the schema: ${describeIssues(parsed.error.issues)}` };
  try {
    const resultId = db.transaction(() => writeRecord(db, kind, before, parsed.data))();
    const after = readRecord(db, kind, resultId);
    if (!after) throw new ReviewError(`the ${kind} is gone after writing`);
    return { status: 'applied', kind, before, resultId, after };
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    return { status: 'rejected', kind, before, message: error.message };
  }
}

function record(db: Sqlite, file: PatchFile, attempt: Attempt, options: ApplyOptions): void {
  const message = attempt.status === 'applied' ? null : attempt.message;
  if (attempt.status !== 'applied') {
    // A patch that keeps failing the same way is recorded once, not once per run.
    const last = prepareCached(db, 'SELECT status, message FROM reviews WHERE file = ? AND sha256 = ? ORDER BY id DESC LIMIT 1').get(file.file, file.sha256) as { status: string; message: string | null } | undefined;
    if (last && last.status === attempt.status && last.message === message) return;
  }
  const p = file.patch;
  prepareCached(db, `INSERT INTO reviews (file, sha256, target, result_id, kind, author, reason, created, status, message, before, after, run_id, applied_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    file.file, file.sha256, p?.target ?? null, attempt.status === 'applied' ? attempt.resultId : null, attempt.kind, p?.author ?? null, p?.reason ?? null,
    p?.created ?? null, attempt.status, message, json(attempt.before), attempt.status === 'applied' ? json(attempt.after) : null, options.runId, options.now,
  );
}

/**
 * Applies every patch in the folder, in order, in one transaction; each patch
 * in a savepoint of its own, so a bad one changes nothing and the rest apply.
 */
export function applyPatches(db: Sqlite, options: ApplyOptions): ReviewOutcome[] {
  const files = loadPatches(options.dir);
  // Records a patch changed in this pass: a later patch on one of them applies again, in order.
  const touched = new Set<string>();
  return db.transaction(() => files.map((file): ReviewOutcome => {
    if (!file.patch) {
      const failed: Attempt = { status: 'rejected', kind: null, before: undefined, message: file.error ?? 'unreadable' };
      record(db, file, failed, options);
      return { file: file.file, target: null, status: 'rejected', message: failed.message, resultId: null };
    }
    const target = file.patch.target;
    if (isUnchanged(db, file, target, touched)) return { file: file.file, target, status: 'unchanged', message: null, resultId: null };
    const result = attempt(db, file.patch);
    if (result.status === 'applied') touched.add(target).add(result.resultId);
    record(db, file, result, options);
    return {
      file: file.file, target, status: result.status,
      message: result.status === 'applied' ? null : result.message, resultId: result.status === 'applied' ? result.resultId : null,
    };
  }))();
}
