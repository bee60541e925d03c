import jsonpatch from 'fast-json-patch';
import type { PatchOperation } from '../../schemas/patch.ts';

export type PatchResult = { ok: true; document: unknown } | { ok: false; status: 'stale' | 'rejected'; message: string };

const READABLE: Record<string, string> = {
  OPERATION_PATH_UNRESOLVABLE: 'the path does not exist in the record',
  OPERATION_PATH_CANNOT_ADD: 'the parent of the path does not exist in the record',
  OPERATION_FROM_UNRESOLVABLE: '`from` does not exist in the record',
  OPERATION_PATH_ILLEGAL_ARRAY_INDEX: 'not an array index',
  OPERATION_VALUE_OUT_OF_BOUNDS: 'array index out of bounds',
  OPERATION_PATH_INVALID: 'the path is not a JSON Pointer',
  OPERATION_VALUE_REQUIRED: 'the operation needs a value',
};

function describeOp(index: number, op: PatchOperation | undefined): string {
  return `op ${index} (${op?.op ?? '?'} ${op?.path ?? '?'})`;
}

/** Applies the operations to a copy of the record; a failed `test` makes the patch stale, any other failure rejects it. */
export function patchRecord(record: unknown, ops: readonly PatchOperation[]): PatchResult {
  // One operation at a time: the library's own error index is not reliable for every failure.
  let document = jsonpatch.deepClone(record) as unknown;
  let index = 0;
  try {
    for (; index < ops.length; index++) document = jsonpatch.applyOperation(document, ops[index] as jsonpatch.Operation, true, true, true, index).newDocument;
    return { ok: true, document };
  } catch (error) {
    const op = ops[index];
    // fast-json-patch throws a plain TypeError for some paths (`/__proto__`, a `move` into its own child).
    if (!(error instanceof jsonpatch.JsonPatchError)) return { ok: false, status: 'rejected', message: `${describeOp(index, op)}: ${(error as Error).message}` };
    if (error.name === 'TEST_OPERATION_FAILED' && op?.op === 'test') {
      let current: unknown;
      try {
        current = jsonpatch.getValueByPointer(document, op.path);
      } catch {
        current = undefined;
      }
      return { ok: false, status: 'stale', message: `${describeOp(index, op)}: the record changed: expected ${JSON.stringify(op.value)}, now ${current === undefined ? 'absent' : JSON.stringify(current)}` };
    }
    return { ok: false, status: 'rejected', message: `${describeOp(index, op)}: ${READABLE[error.name] ?? error.name}` };
  }
}
