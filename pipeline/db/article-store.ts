import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { SourceRef } from '../../schemas/article-input.ts';
import type { Message } from '../../schemas/message.ts';
import { openSqlite, prepareCached, type Sqlite } from './open-db.ts';
import { writeFacts } from './write-facts.ts';
import type { StoredArticle } from '../extractor-version.ts';
import { claimDatabase } from './live-runs.ts';
import { applyPatches, type ReviewOutcome } from '../review/apply-patches.ts';

export type WriteItem =
  | { kind: 'doc'; doc: ArticleDoc; extractorVersion: string }
  | { kind: 'source'; articleId: string; ref: SourceRef }
  | { kind: 'message'; message: Message; articleId: string | null };

export interface RunCounts {
  read: number;
  new: number;
  duplicate: number;
  skipped: number;
  problems: number;
}

/**
 * The pipeline's write side: one connection, on one thread, writing batches
 * in single transactions so a killed run leaves whole articles or none.
 */
export class ArticleStore {
  readonly #db: Sqlite;
  readonly #runId: number;
  readonly #now: string;
  #finished = false;

  private constructor(db: Sqlite, runId: number, now: string) {
    this.#db = db;
    this.#runId = runId;
    this.#now = now;
  }

  /**
   * Opens the database and records a new run; runs left `running` by a killed
   * process become `interrupted`. Throws DatabaseInUseError while another live
   * run writes to it: one writer per database.
   */
  static open(path: string, run: { startedAt: string; programVersion: string; inputs: readonly string[] }): ArticleStore {
    const db = openSqlite(path);
    try {
      return new ArticleStore(db, claimDatabase(db, run), run.startedAt);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  get runId(): number {
    return this.#runId;
  }

  /** The extractor version, status and language an article was stored with, or undefined when it is new. */
  findStored(articleId: string): StoredArticle | undefined {
    return prepareCached(this.#db, 'SELECT extractor_version AS extractorVersion, status, language FROM articles WHERE id = ?').get(articleId) as
      | StoredArticle
      | undefined;
  }

  writeBatch(items: readonly WriteItem[]): void {
    if (items.length === 0) return;
    this.#db.transaction(() => {
      for (const item of items) {
        if (item.kind === 'doc') this.#writeDoc(item.doc, item.extractorVersion);
        else if (item.kind === 'source') this.#writeSource(item.articleId, item.ref);
        else this.#writeMessage(item.message, item.articleId);
      }
    })();
  }

  #writeDoc(doc: ArticleDoc, extractorVersion: string): void {
    const { meta } = doc;
    const replacing = prepareCached(this.#db, 'SELECT 1 FROM articles WHERE id = ?').get(doc.id) !== undefined;
    prepareCached(this.#db, 
        `INSERT INTO articles (id, text, url, title, outlet, published, published_granularity, published_from,
           language, confidence, declared_language, status, error, extractor_version, created_at, updated_at, first_run, last_run)
         VALUES (@id, @text, @url, @title, @outlet, @published, @granularity, @from, @language, @confidence, @declared,
           @status, @error, @version, @now, @now, @run, @run)
         ON CONFLICT(id) DO UPDATE SET url = coalesce(articles.url, excluded.url), title = coalesce(articles.title, excluded.title),
           outlet = coalesce(articles.outlet, excluded.outlet), published = excluded.published,
           published_granularity = excluded.published_granularity, published_from = excluded.published_from,
           language = excluded.language, confidence = excluded.confidence, declared_language = excluded.declared_language,
           status = excluded.status, error = excluded.error, extractor_version = excluded.extractor_version,
           updated_at = excluded.updated_at, last_run = excluded.last_run`,
      )
      .run({
        id: doc.id,
        text: doc.text,
        url: meta.url,
        title: meta.title,
        outlet: meta.outlet,
        published: meta.published?.value ?? null,
        granularity: meta.published?.granularity ?? null,
        from: meta.published?.from ?? null,
        language: meta.language?.code ?? null,
        confidence: meta.language?.confidence ?? null,
        declared: meta.language?.declared ?? null,
        status: doc.status,
        error: doc.reason,
        version: extractorVersion,
        now: this.#now,
        run: this.#runId,
      });
    for (const ref of meta.sources) this.#writeSource(doc.id, ref);
    writeFacts(this.#db, doc, extractorVersion, replacing);
    // Messages of an earlier extraction of this article are replaced by this one's.
    if (replacing) prepareCached(this.#db, 'DELETE FROM messages WHERE article_id = ?').run(doc.id);
    for (const message of doc.messages) this.#writeMessage(message, doc.id);
  }

  #writeSource(articleId: string, ref: SourceRef): void {
    prepareCached(this.#db, 'INSERT OR IGNORE INTO article_sources (article_id, file, line, source, run_id) VALUES (?, ?, ?, ?, ?)')
      .run(articleId, ref.file, ref.line, ref.source, this.#runId);
  }

  #writeMessage(message: Message, articleId: string | null): void {
    prepareCached(this.#db, 
        `INSERT INTO messages (run_id, article_id, file, line, rule_id, source, reason, fatal, start, "end")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(this.#runId, articleId, message.file, message.line, message.ruleId, message.source, message.reason,
        message.fatal ? 1 : 0, message.place?.start ?? null, message.place?.end ?? null);
  }

  /** Applies the reviewer patches in `dir` after the last batch, so corrections survive re-extraction. */
  applyReviews(dir: string, appliedAt: string): ReviewOutcome[] {
    return applyPatches(this.#db, { dir, runId: this.#runId, now: appliedAt });
  }

  finishRun(status: 'completed' | 'failed', finishedAt: string, counts: RunCounts, summary: unknown): void {
    prepareCached(this.#db, 
        `UPDATE runs SET status = ?, finished_at = ?, articles_read = ?, articles_new = ?, articles_duplicate = ?,
           articles_skipped = ?, problems = ?, summary = ? WHERE id = ?`,
      )
      .run(status, finishedAt, counts.read, counts.new, counts.duplicate, counts.skipped, counts.problems, JSON.stringify(summary), this.#runId);
    this.#finished = true;
  }

  /** Closes the connection; a run closed without being finished is over all the same, so it becomes `interrupted`. */
  close(): void {
    try {
      if (!this.#finished) prepareCached(this.#db, `UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'`).run(this.#runId);
    } catch {
      // A database that cannot be written any more: the next run marks this one interrupted.
    }
    this.#db.close();
  }
}
