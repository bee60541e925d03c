import type { EntityFact, EntityType, Mention } from '../../schemas/entity.ts';
import { normalizeName } from '../text/normalize-name.ts';
import type { Candidate } from './candidate.ts';
import { entityIdFor } from './entity-id.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import { ClusterIndex } from './cluster-index.ts';

interface Cluster {
  name: string;
  type: EntityType;
  wikidataId: string | null;
  keys: Set<string>;
  mentions: Mention[];
}

const digitsOf = (s: string): string => s.replace(/\D/gu, '');

/**
 * True when `a` is a misspelling of `b`: one edit apart, both at least six
 * characters, same first letter, same digits (`Cloudfare` ~ `Cloudflare`, never
 * `8chan` ~ `4chan` or `Apple` ~ `Apply`).
 */
export function isNearMiss(a: string, b: string): boolean {
  if (a === b || a.length < 6 || b.length < 6 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  return digitsOf(a) === digitsOf(b) && isOneEditApart(a, b);
}

/**
 * Edit distance exactly 1, in one pass: the two strings agree but for one
 * substitution, insertion, deletion or swap of neighbours (`Cloudfare`). This
 * check runs for every unknown name against every known one; natural's
 * Damerau-Levenshtein builds the whole matrix, and says 0 for `aa`/`aaa`.
 */
export function isOneEditApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i === short.length) return long.length === short.length + 1;
  if (long.length > short.length) return short.slice(i) === long.slice(i + 1);
  if (short.slice(i + 1) === long.slice(i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
}

/** The name part of a one-label domain (`google.fr` → `google`), or undefined. */
function domainLabel(key: string): string | undefined {
  const parts = key.split('.');
  return parts.length === 2 && (parts[0]?.length ?? 0) >= 3 ? parts[0] : undefined;
}

const LEGAL_FORM = /\s+(?:GmbH|AG|SE|KG|KGaA|Inc\.?|Ltd\.?|LLC|SA|SAS|SARL|Sàrl|Corp\.?|plc|PLC|NV|BV|AB)$/u;

/** Groups candidates into canonical entities, one EntityFact each, in order of first mention. */
export function resolveEntities(candidates: readonly Candidate[], gazetteer: Gazetteer): EntityFact[] {
  const clusters = new Map<string, Cluster>();
  const index = new ClusterIndex<Cluster>();
  const byKey = index.byKey;

  const add = (cluster: Cluster, c: Candidate, rule = c.rule): void => {
    cluster.mentions.push({ start: c.start, end: c.end, text: c.text, rule });
    const key = normalizeName(c.text);
    cluster.keys.add(key);
    index.addKey(key, cluster);
  };
  const open = (name: string, type: EntityType, wikidataId: string | null, forms: readonly string[]): Cluster => {
    const id = entityIdFor(name);
    let cluster = clusters.get(id);
    if (!cluster) {
      cluster = { name, type, wikidataId, keys: new Set(), mentions: [] };
      clusters.set(id, cluster);
      index.addCluster(cluster);
      for (const form of [name, ...forms]) {
        const key = normalizeName(form);
        cluster.keys.add(key);
        index.addKey(key, cluster);
      }
    }
    return cluster;
  };
  // A short form an article uses alone (`Epic` after `Epic Games`) joins the full entry.
  const openEntry = (entry: GazetteerEntry): Cluster => open(entry.name, entry.type, entry.wikidataId ?? null, [...entry.forms, ...entry.shortForms]);

  const findExisting = (c: Candidate): { cluster: Cluster; rule?: string } | undefined => {
    const key = normalizeName(c.text.replace(/^@/u, ''));
    const direct = byKey.get(key);
    if (direct) return { cluster: direct };
    // `google.fr`, `libgen.io`: a site's own domain under another top-level domain.
    const label = c.rule === 'entities/domain' ? domainLabel(key) : undefined;
    const site = label ? byKey.get(label) : undefined;
    if (site) return { cluster: site, rule: 'entities/domain-of-name' };
    // `@realDonaldTrump`, `@TwitterSafety`: the handle holds the full name, maybe after a prefix.
    const named = c.strength === 'handle' ? index.clusterInHandle(key) : undefined;
    if (named) return { cluster: named };
    // A place is nobody's surname (`in Chemnitz` after `Pro Chemnitz`).
    if (!key.includes(' ') && c.type !== 'location') {
      // A surname alone, or after a title: the article's person with that last name.
      const person = index.personBySurname(key);
      if (person) return { cluster: person, rule: 'entities/surname' };
      // A first name alone (`Neil` after `Neil Young`) when one person of the article has it.
      const byFirst = index.personByFirstName(key);
      if (byFirst) return { cluster: byFirst, rule: 'entities/first-name' };
    }
    // A word only guessed common joins by its exact form or as a surname, never as a misspelling.
    if (c.rule === 'entities/guessed-common') return undefined;
    const near = index.nearMiss(key, isNearMiss);
    return near ? { cluster: near, rule: 'entities/near-miss' } : undefined;
  };

  const findInGazetteer = (c: Candidate): GazetteerEntry | undefined => {
    const key = normalizeName(c.text.replace(/^@/u, ''));
    const label = c.rule === 'entities/domain' ? domainLabel(key) : undefined;
    const site = label ? gazetteer.byKey.get(label)?.[0] : undefined;
    if (site && !site.ambiguous && site.type !== 'location' && site.type !== 'person') return site;
    if (key.length < 6) return undefined;
    return gazetteer.fuzzyForms.find((f) => isNearMiss(key, f.key) || (c.strength === 'handle' && f.compact === key))?.entry;
  };

  // Order: gazetteer names first, then longer pattern names, so surnames and
  // misspellings find the full entity they belong to.
  const rank = (c: Candidate): number => ({ gazetteer: 0, provisional: 1, strong: 2, weak: 3, handle: 4 })[c.strength];
  const ordered = [...candidates].sort((a, b) => rank(a) - rank(b) || b.tokens - a.tokens || a.start - b.start);
  for (const c of ordered) {
    if (c.strength === 'gazetteer' && c.entry) {
      add(openEntry(c.entry), c);
      continue;
    }
    if (c.strength === 'provisional') {
      // An ambiguous word at sentence start counts only when the article names it elsewhere.
      const cluster = c.entry ? clusters.get(c.entry.entityId) : undefined;
      if (cluster) add(cluster, c);
      continue;
    }
    const existing = findExisting(c);
    if (existing) {
      add(existing.cluster, c, existing.rule ?? c.rule);
      continue;
    }
    if (c.strength === 'weak') continue;
    const entry = findInGazetteer(c);
    if (entry) {
      add(openEntry(entry), c, c.strength === 'handle' ? c.rule : 'entities/near-miss');
      continue;
    }
    // `Nordwind GmbH` is also `Nordwind` later in the article.
    const bare = c.type === 'organization' ? (c.name ?? c.text).replace(LEGAL_FORM, '') : undefined;
    add(open(c.name ?? c.text, c.type, null, bare && bare !== (c.name ?? c.text) ? [bare] : []), c);
  }

  joinShortForms(clusters, gazetteer);
  const facts: EntityFact[] = [];
  for (const [id, cluster] of clusters) {
    const mentions = dedupe(cluster.mentions);
    if (mentions.length > 0) facts.push({ id, name: cluster.name, type: cluster.type, wikidataId: cluster.wikidataId, mentions });
  }
  return facts.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** A short name (`Amazon`) joins the full entry that lists it when the article names both. */
function joinShortForms(clusters: Map<string, Cluster>, gazetteer: Gazetteer): void {
  for (const [id, cluster] of clusters) {
    for (const short of gazetteer.byId.get(id)?.shortForms ?? []) {
      const shortId = entityIdFor(short);
      const other = clusters.get(shortId);
      if (!other || shortId === id) continue;
      cluster.mentions.push(...other.mentions.map((m) => ({ ...m, rule: 'entities/short-form' })));
      clusters.delete(shortId);
    }
  }
}

function dedupe(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}
