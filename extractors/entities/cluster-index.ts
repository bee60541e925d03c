import { normalizeName } from '../text/normalize-name.ts';

/** At most this many known names of one first letter and length are compared for a misspelling. */
const NEAR_MISS_BUCKET = 64;

/** What the index needs of a cluster. */
export interface IndexedCluster {
  name: string;
  type: string;
}

/**
 * Lookups resolution makes for every candidate, kept in maps so that each costs
 * a constant however many entities the article has (an article of 4,000
 * distinct names resolves in linear time).
 */
export class ClusterIndex<C extends IndexedCluster> {
  readonly byKey = new Map<string, C>();
  private readonly byCompact = new Map<string, C>();
  private readonly personsByLast = new Map<string, C[]>();
  private readonly personsByFirst = new Map<string, C[]>();
  private readonly nearBuckets = new Map<string, Array<{ key: string; cluster: C }>>();

  /** Records a normalised form of `cluster`; the first cluster to claim a form keeps it. */
  addKey(key: string, cluster: C): void {
    if (this.byKey.has(key)) return;
    this.byKey.set(key, cluster);
    const compact = key.replace(/[\s.]/gu, '');
    if (!this.byCompact.has(compact)) this.byCompact.set(compact, cluster);
    const bucket = this.nearBuckets.get(bucketOf(key)) ?? [];
    if (bucket.length < NEAR_MISS_BUCKET) bucket.push({ key, cluster });
    this.nearBuckets.set(bucketOf(key), bucket);
  }

  /** Records a new cluster's name parts when it is a person named in full. */
  addCluster(cluster: C): void {
    if (cluster.type !== 'person' || !cluster.name.includes(' ')) return;
    const words = normalizeName(cluster.name).split(' ');
    push(this.personsByLast, words[words.length - 1] ?? '', cluster);
    push(this.personsByFirst, words[0] ?? '', cluster);
  }

  /** The first person named in full whose last word is `word`. */
  personBySurname(word: string): C | undefined {
    return this.personsByLast.get(word)?.[0];
  }

  /** The one person named in full whose first word is `word`; none when two share it. */
  personByFirstName(word: string): C | undefined {
    const found = this.personsByFirst.get(word);
    return found?.length === 1 ? found[0] : undefined;
  }

  /** A cluster whose letters a handle holds whole, or at its start or end (`realdonaldtrump`). */
  clusterInHandle(handle: string): C | undefined {
    const exact = this.byCompact.get(handle);
    if (exact) return exact;
    for (let cut = 1; handle.length - cut >= 8; cut++) {
      const found = this.byCompact.get(handle.slice(cut)) ?? this.byCompact.get(handle.slice(0, handle.length - cut));
      if (found) return found;
    }
    return undefined;
  }

  /** A cluster with a form one edit from `key` (see isNearMiss). */
  nearMiss(key: string, isNearMiss: (a: string, b: string) => boolean): C | undefined {
    for (const delta of [0, -1, 1]) {
      const bucket = this.nearBuckets.get(`${key[0] ?? ''}:${key.length + delta}`);
      const hit = bucket?.find((b) => isNearMiss(key, b.key));
      if (hit) return hit.cluster;
    }
    return undefined;
  }
}

function bucketOf(key: string): string {
  return `${key[0] ?? ''}:${key.length}`;
}

function push<C>(map: Map<string, C[]>, key: string, value: C): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}
