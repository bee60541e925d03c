import type { EntityType } from '../../schemas/entity.ts';
import type { GazetteerEntry } from './gazetteer.ts';

/**
 * A possible mention before resolution. `strong` candidates may found a new
 * entity; `weak` ones (a lone capitalised word with no cue) only join an entity
 * the article already has (`Prince` after `Matthew Prince`).
 */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  rule: string;
  strength: 'gazetteer' | 'provisional' | 'strong' | 'weak' | 'handle';
  type: EntityType;
  tokens: number;
  entry?: GazetteerEntry;
  /** The name an entity founded on this mention gets, when the mention is inflected (`Landesamtes für …` → `Landesamt für …`). */
  name?: string;
}
