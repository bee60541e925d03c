import type { AreaScore } from '../../schemas/gold.ts';

/** True positives, false positives and false negatives, plus attribute tallies over matched pairs. */
export class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  readonly attributes = new Map<string, { right: number; total: number }>();

  tally(attribute: string, right: boolean): void {
    const entry = this.attributes.get(attribute) ?? { right: 0, total: 0 };
    entry.total++;
    if (right) entry.right++;
    this.attributes.set(attribute, entry);
  }

  add(other: Counts): void {
    this.tp += other.tp;
    this.fp += other.fp;
    this.fn += other.fn;
    for (const [name, value] of other.attributes) {
      const entry = this.attributes.get(name) ?? { right: 0, total: 0 };
      entry.right += value.right;
      entry.total += value.total;
      this.attributes.set(name, entry);
    }
  }

  /** Micro P/R/F1; an empty side scores 1 (nothing to find, nothing wrongly found). */
  toScore(attributeNames: readonly string[]): AreaScore {
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    const p = this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
    const r = this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    const score: AreaScore = { p: round(p), r: round(r), f1: round(f1), tp: this.tp, fp: this.fp, fn: this.fn };
    for (const name of attributeNames) {
      const entry = this.attributes.get(name);
      score[name] = entry && entry.total ? round(entry.right / entry.total) : null;
    }
    return score;
  }
}
