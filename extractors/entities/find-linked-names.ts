import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import type { Candidate } from './candidate.ts';
import { isListedWord, type Lexicon } from './lexicon.ts';
import { isCapitalised, type Token } from './tokenize.ts';

const zLinkedNameFile = z.object({
  description: z.string(),
  rows: z.array(zLexiconRow.extend({ kind: z.enum(['head', 'club', 'link']), word: z.string().min(1) })),
});

interface LinkedNameLexicon {
  /** Head word as written → row id. */
  heads: Map<string, string>;
  /** Club heads: a capitalised word follows them with no link (`Borussia Dortmund`). */
  clubs: Set<string>;
  /** Lower-case links (`für`, `de`, `d` for `d'`). */
  links: Set<string>;
  /** Links that name what the institution is for (`für`, `pour`): the noun after them may be common. */
  purposeLinks: Set<string>;
  /** French names may hold lower-case words too (`de grande instance`); German ones only links. */
  freeLowerWords: number;
}

const lexicons = new Map<string, LinkedNameLexicon>();

export function getLinkedNames(lang: string): LinkedNameLexicon {
  let lexicon = lexicons.get(lang);
  if (lexicon) return lexicon;
  const rows = loadData(`entities/linked-names.${lang === 'fr' ? 'fr' : 'de'}.json`, zLinkedNameFile).rows;
  lexicon = {
    heads: new Map(rows.filter((r) => r.kind !== 'link').map((r) => [r.word, r.id])),
    clubs: new Set(rows.filter((r) => r.kind === 'club').map((r) => r.word)),
    links: new Set(rows.filter((r) => r.kind === 'link').map((r) => r.word)),
    purposeLinks: new Set(['für', 'zur', 'zum', 'gegen', 'pour', 'contre', 'de', 'du', 'des', 'd', 'l', 'la', 'le', 'les']),
    freeLowerWords: lang === 'fr' ? 3 : 0,
  };
  lexicons.set(lang, lexicon);
  return lexicon;
}

const COORDINATORS = new Set(['und', 'et']);

/** At most this many tokens after the head: keeps the scan linear. */
const WINDOW = 9;

const wordOf = (t: Token): string => (t.kind === 'elision' ? t.text.slice(0, -1).toLowerCase() : t.text);

/**
 * Finds institutional names whose words are joined by lower-case links, which a
 * run of capitals cannot see: a head (`Landesamt`, `Tribunal`), links and words,
 * ending on a capitalised word (`Landesamt für Verfassungsschutz Sachsen`,
 * `Tribunal de grande instance de Paris`), or a head and a place (`Landgericht Köln`).
 * A gazetteer name inside gives way; one that starts at the head wins.
 */
export function findLinkedNames(text: string, tokens: readonly Token[], found: Candidate[], claimed: boolean[], lexicon: Lexicon): void {
  const names = getLinkedNames(lexicon.lang);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    // The genitive head names the same body: `des Landesamtes für …` is `Landesamt für …`.
    const bare = head?.text.replace(/e?s$/u, '');
    const id = head && !claimed[i] && head.kind === 'word' ? (names.heads.get(head.text) ?? (bare ? names.heads.get(bare) : undefined)) : undefined;
    if (!head || !id) continue;
    const headName = names.heads.has(head.text) ? head.text : (bare ?? head.text);
    let end = -1;
    let link: string | undefined;
    let lowerRun = 0;
    for (let j = i + 1; j < tokens.length && j <= i + WINDOW; j++) {
      const t = tokens[j];
      if (!t) break;
      const word = wordOf(t);
      if ((t.kind === 'word' || t.kind === 'elision') && names.links.has(word)) {
        // `und`/`et` coordinate within the link before (`für Bildung und Forschung`).
        if (!COORDINATORS.has(word) || link === undefined) link = word;
        continue;
      }
      if (t.kind === 'word' && isCapitalised(t.text) && !lexicon.functionWords.has(t.text.toLowerCase())) {
        // A capitalised word follows a link (`für Verfassungsschutz`), or is a place
        // (`Landgericht Köln`, `… Verfassungsschutz Sachsen`); `Zentrum der Stadt` is no name:
        // after a genitive link the word must not be a listed common noun.
        const afterLink = (link !== undefined && tokens[j - 1] !== tokens[end]) || (names.clubs.has(head.text) && end === -1);
        const purpose = link !== undefined && names.purposeLinks.has(link);
        if (!isPlaceAt(found, t) && !(afterLink && (purpose || !isListedWord(lexicon, t.text)))) break;
        end = j;
        lowerRun = 0;
        continue;
      }
      // A club's number (`Schalke 04`, `München 1860`).
      if (t.kind === 'word' && /^\d+$/u.test(t.text) && end === j - 1 && names.clubs.has(head.text)) {
        end = j;
        continue;
      }
      // French names take adjectives after the head too (`Tribunal judiciaire de Lyon`).
      if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (link !== undefined || end === -1) && ++lowerRun <= names.freeLowerWords) continue;
      break;
    }
    const last = tokens[end];
    if (!last) continue;
    for (let k = found.length - 1; k >= 0; k--) {
      const c = found[k];
      if (c && c.start >= head.start && c.end <= last.end) found.splice(k, 1);
    }
    const surface = text.slice(head.start, last.end);
    const candidate: Candidate = { start: head.start, end: last.end, text: surface, rule: `entities/linked-name:${id}`, strength: 'strong', type: 'organization', tokens: end - i + 1 };
    if (headName !== head.text) candidate.name = headName + surface.slice(head.text.length);
    found.push(candidate);
    for (let k = i; k <= end; k++) claimed[k] = true;
    i = end;
  }
}

function isPlaceAt(found: readonly Candidate[], t: Token): boolean {
  return found.some((c) => c.start === t.start && c.type === 'location');
}
