/** How much one input may hold before the rest of it becomes a message instead of memory. */
export interface InputLimits {
  /** Decompressed bytes read from one file; the rest is skipped (`ingest/file-too-large`). */
  maxFileBytes: number;
  /**
   * Bytes of one record held whole: a JSON Lines line, a `.txt` file, a `.json` file
   * (`ingest/record-too-large`). Below V8's longest string, so a record always decodes.
   */
  maxRecordBytes: number;
  /** Messages of one rule stored per file; past it they are counted in one message (`ingest/repeated-problem`). */
  maxMessagesPerRule: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxFileBytes: 8 * 1024 ** 3,
  maxRecordBytes: 256 * 1024 ** 2,
  maxMessagesPerRule: 100,
};
