import { polarityOf, type ActionType } from '../../schemas/action.ts';
import type { ExportArticle, ExportClaim } from '../../schemas/export.ts';
import type { GoldArticle } from '../../schemas/gold.ts';
import { normalizeName } from '../../extractors/text/normalize-name.ts';
import { Counts } from './counts.ts';
import { indexGoldNames, resolveGoldName, tokenize } from './match-names.ts';

export type Finding = { area: string; article: string; kind: 'fp' | 'fn' | 'wrong'; text: string };
type Explain = (finding: Omit<Finding, 'area'>) => void;

/** Entities: per article, system entity names against gold names and aliases, one to one. */
export function scoreEntities(gold: GoldArticle, system: ExportArticle | undefined, explain: Explain): Counts {
  const counts = new Counts();
  const index = indexGoldNames([gold]);
  const matched = new Set<string>();
  for (const entity of system?.entities ?? []) {
    const canonical = index.get(normalizeName(entity.name));
    if (canonical && !matched.has(canonical)) {
      matched.add(canonical);
      counts.tp++;
    } else {
      counts.fp++;
      explain({ article: gold.article, kind: 'fp', text: `${entity.name} (${entity.type})${canonical ? ` — again ${canonical}` : ''}` });
    }
  }
  for (const entity of gold.entities) {
    if (matched.has(entity.name)) continue;
    counts.fn++;
    explain({ article: gold.article, kind: 'fn', text: `${entity.name} (${entity.type})` });
  }
  return counts;
}

// Within one key, the most specific action value wins (GOLD-FORMAT.md).
const SPECIFICITY: Record<ActionType, number> = {
  terminate_service: 0, provide_service: 0, block_access: 1, remove_listing: 2, suspend_account: 2, restore_service: 1,
};

type ActionLike = { provider: string; target: string; action: ActionType; negated: boolean; date: string | null; evidence: string };

/** One action per (provider, polarity, target, negated), as gold lists them. */
function dedupeActions(actions: readonly ActionLike[]): ActionLike[] {
  const byKey = new Map<string, ActionLike>();
  for (const action of actions) {
    const key = [action.provider, polarityOf(action.action), action.target, action.negated].join('|');
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, action);
    else {
      const better = SPECIFICITY[action.action] > SPECIFICITY[seen.action] ? action : seen;
      byKey.set(key, { ...better, date: better.date ?? seen.date ?? action.date });
    }
  }
  return [...byKey.values()];
}

/** Actions: provider, target, polarity and negation must agree; then type and date accuracy. */
export function scoreActions(gold: GoldArticle, system: ExportArticle | undefined, explain: Explain): Counts {
  const counts = new Counts();
  const index = indexGoldNames([gold]);
  const found = dedupeActions((system?.actions ?? []).map((a) => ({
    provider: resolveGoldName(index, a.provider.name), target: resolveGoldName(index, a.target.name),
    action: a.action, negated: a.negated, date: a.date, evidence: a.evidence.text,
  })));
  const open = [...gold.actions];
  for (const action of found) {
    const i = open.findIndex((g) => g.provider === action.provider && g.target === action.target && polarityOf(g.action) === polarityOf(action.action) && g.negated === action.negated);
    const describe = `${action.provider} ${action.negated ? 'NOT ' : ''}${action.action} ${action.target} [${action.date}] «${action.evidence}»`;
    if (i === -1) {
      counts.fp++;
      explain({ article: gold.article, kind: 'fp', text: describe });
      continue;
    }
    const [g] = open.splice(i, 1);
    counts.tp++;
    counts.tally('actionAccuracy', g!.action === action.action);
    counts.tally('dateAccuracy', g!.date === action.date);
    if (g!.action !== action.action || g!.date !== action.date) explain({ article: gold.article, kind: 'wrong', text: `${describe} — gold ${g!.action} [${g!.date}]` });
  }
  for (const g of open) {
    counts.fn++;
    explain({ article: gold.article, kind: 'fn', text: `${g.provider} ${g.negated ? 'NOT ' : ''}${g.action} ${g.target} [${g.date}] «${g.evidence}»` });
  }
  return counts;
}

/** Share of the shorter text's tokens that the other one has too. */
function tokenOverlap(a: string, b: string): number {
  const ta = new Set(tokenize(a));
  const tb = new Set(tokenize(b));
  const shorter = Math.min(ta.size, tb.size);
  if (shorter === 0) return 0;
  let shared = 0;
  for (const token of ta) if (tb.has(token)) shared++;
  return shared / shorter;
}

/** Quotes: texts overlapping by at least half of the shorter one's tokens; then speaker accuracy. */
export function scoreQuotes(gold: GoldArticle, system: ExportArticle | undefined, explain: Explain): Counts {
  const counts = new Counts();
  const index = indexGoldNames([gold]);
  const open = [...(system?.quotes ?? [])];
  for (const g of gold.quotes) {
    let best = -1;
    let bestOverlap = 0.5 - 1e-9;
    open.forEach((q, i) => {
      const overlap = tokenOverlap(q.text, g.text);
      if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
    });
    if (best === -1) {
      counts.fn++;
      explain({ article: gold.article, kind: 'fn', text: `[${g.speaker}] «${g.text}»` });
      continue;
    }
    const [q] = open.splice(best, 1);
    counts.tp++;
    const speaker = q!.speaker ? resolveGoldName(index, q!.speaker.name) : null;
    counts.tally('speakerAccuracy', speaker === g.speaker);
    if (speaker !== g.speaker) explain({ article: gold.article, kind: 'wrong', text: `speaker ${speaker} for «${g.text.slice(0, 80)}» — gold ${g.speaker}` });
  }
  counts.fp += open.length;
  for (const q of open) explain({ article: gold.article, kind: 'fp', text: `[${q.speaker?.name ?? null}] «${q.text}»` });
  return counts;
}

// Words too common to make two date expressions overlap on their own.
const FUNCTION_WORDS = new Set(['am', 'im', 'an', 'in', 'vor', 'seit', 'der', 'die', 'das', 'den', 'dem', 'des', 'le', 'la', 'les', 'en', 'de', 'du', 'au', 'il', 'y', 'a', 'à', 'l']);

function datesOverlap(a: string, b: string): boolean {
  const na = a.toLowerCase().replace(/[’']/gu, "'");
  const nb = b.toLowerCase().replace(/[’']/gu, "'");
  if (na.includes(nb) || nb.includes(na)) return true;
  const ta = new Set(tokenize(na).filter((t) => !FUNCTION_WORDS.has(t)));
  return tokenize(nb).some((t) => !FUNCTION_WORDS.has(t) && ta.has(t));
}

/** Dates: texts overlap, matched in document order; then value accuracy. */
export function scoreDates(gold: GoldArticle, system: ExportArticle | undefined, explain: Explain): Counts {
  const counts = new Counts();
  const found = [...(system?.dates ?? [])].sort((a, b) => a.start - b.start);
  const used = new Set<number>();
  let cursor = 0;
  for (const g of gold.dates) {
    const pick = (from: number, to: number): number => {
      for (let i = from; i < to; i++) if (!used.has(i) && datesOverlap(found[i]!.text, g.text)) return i;
      return -1;
    };
    let i = pick(cursor, found.length);
    if (i === -1) i = pick(0, cursor);
    if (i === -1) {
      counts.fn++;
      explain({ article: gold.article, kind: 'fn', text: `${g.text} = ${g.value}` });
      continue;
    }
    used.add(i);
    cursor = i + 1;
    counts.tp++;
    const d = found[i]!;
    counts.tally('valueAccuracy', d.value === g.value);
    if (d.value !== g.value) explain({ article: gold.article, kind: 'wrong', text: `${d.text} = ${d.value} — gold ${g.value}` });
  }
  found.forEach((d, i) => {
    if (used.has(i)) return;
    counts.fp++;
    explain({ article: gold.article, kind: 'fp', text: `${d.text} = ${d.value}` });
  });
  return counts;
}

/** Claims: distinct (provider, polarity, target) over all articles; then whether every asserting article is a source. */
export function scoreClaims(gold: readonly GoldArticle[], claims: readonly ExportClaim[], explain: Explain): Counts {
  const counts = new Counts();
  const index = indexGoldNames(gold);
  const goldArticles = new Set(gold.map((g) => g.article));
  const expected = new Map<string, Set<string>>();
  for (const article of gold) {
    for (const a of article.actions) {
      const key = [a.provider, polarityOf(a.action), a.target].join(' | ');
      expected.set(key, (expected.get(key) ?? new Set()).add(article.article));
    }
  }
  const found = new Map<string, Set<string>>();
  for (const claim of claims) {
    const articles = claim.sources.map((s) => s.article).filter((a) => goldArticles.has(a));
    if (articles.length === 0) continue;
    const key = [resolveGoldName(index, claim.provider.name), claim.polarity, resolveGoldName(index, claim.target.name)].join(' | ');
    const set = found.get(key) ?? new Set();
    for (const a of articles) set.add(a);
    found.set(key, set);
  }
  for (const [key, articles] of found) {
    const want = expected.get(key);
    if (!want) {
      counts.fp++;
      explain({ article: [...articles].join(', '), kind: 'fp', text: key });
      continue;
    }
    counts.tp++;
    const missing = [...want].filter((a) => !articles.has(a));
    counts.tally('sourceCompleteness', missing.length === 0);
    if (missing.length) explain({ article: missing.join(', '), kind: 'wrong', text: `${key}: source missing` });
  }
  for (const [key, articles] of expected) {
    if (found.has(key)) continue;
    counts.fn++;
    explain({ article: [...articles].join(', '), kind: 'fn', text: key });
  }
  return counts;
}
