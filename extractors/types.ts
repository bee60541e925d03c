import type { ArticleDoc, Facts, FactKind } from '../schemas/article-doc.ts';
import type { Message } from '../schemas/message.ts';

/** A problem an extractor notes about the document; the extract stage adds source, file, line and fatal: false. */
export type ExtractorMessage = Pick<Message, 'reason' | 'ruleId' | 'place'>;
export type ReportMessage = (message: ExtractorMessage) => void;

/**
 * An extractor, split like a unified attacher: `createXExtractor(data)` validates
 * and compiles its lexicons once and returns this object; `extract` is then a
 * pure function of the document (no I/O, no clock, no globals).
 */
export interface Extractor<K extends FactKind = FactKind> {
  /** Stable id, recorded on every fact source (`entities`, `dates`, …). */
  readonly id: string;
  /**
   * The code version: bump when the code's output for the same input can change. The
   * pipeline appends a hash of the data it loads (pipeline/extractors.ts); re-extraction keys on both.
   */
  readonly version: string;
  /** The fact kind it fills in `doc.facts`. */
  readonly provides: K;
  /** Fact kinds that must be filled before it runs. */
  readonly requires: readonly FactKind[];
  /** ISO 639-1 codes it handles; other articles are not passed to it. */
  readonly languages: readonly string[];
  /** `report` receives messages (`quotes/unclosed`): they reach `doc.messages` and the database. */
  extract(doc: ArticleDoc, report?: ReportMessage): Facts[K];
}

export type AnyExtractor = { [K in FactKind]: Extractor<K> }[FactKind];
