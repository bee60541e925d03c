import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { AnyExtractor } from '../extractors/types.ts';

/** `name.de.json` holds German data, `name.json` data for every language. */
const LANGUAGE_OF_FILE = /\.([a-z]{2})\.json$/u;

/**
 * A hash, per language, of the data files under `folders` of `dataDir` that an
 * extractor reading those folders loads for that language: its own-language
 * files and the language-neutral ones. A changed German cue list changes the
 * German hash only, so only German articles are extracted again.
 */
export function hashDataFolders(dataDir: string, folders: readonly string[], languages: readonly string[]): Record<string, string> {
  const files = folders.flatMap((folder) =>
    readdirSync(`${dataDir}${folder}`).filter((name) => name.endsWith('.json')).map((name) => `${folder}/${name}`),
  );
  const hashes: Record<string, string> = {};
  for (const lang of languages) {
    const hash = createHash('sha256');
    for (const file of files.filter((f) => (LANGUAGE_OF_FILE.exec(f)?.[1] ?? lang) === lang).sort()) {
      hash.update(`${file}\0`).update(readFileSync(`${dataDir}${file}`)).update('\0');
    }
    hashes[lang] = hash.digest('hex').slice(0, 12);
  }
  return hashes;
}

/** `1.0.0` and `{de: 'ab12…', fr: 'cd34…'}` → `1.0.0+de.ab12…+fr.cd34…` (no spaces: versions are joined by spaces). */
export function formatVersion(code: string, dataHashes: Record<string, string>): string {
  return [code, ...Object.entries(dataHashes).map(([lang, hash]) => `${lang}.${hash}`)].join('+');
}

interface ParsedVersion {
  code: string;
  data: Map<string, string>;
}

function parseVersion(version: string): ParsedVersion {
  const [code = '', ...parts] = version.split('+');
  return { code, data: new Map(parts.map((part) => [part.slice(0, part.indexOf('.')), part.slice(part.indexOf('.') + 1)])) };
}

/** The run's version as stored with each article: `program@0.1.0 entities@1.0.0+de.…+fr.… dates@…`. */
export function describeExtractorVersion(programVersion: string, extractors: readonly Pick<AnyExtractor, 'id' | 'version'>[]): string {
  return [`program@${programVersion}`, ...extractors.map((e) => `${e.id}@${e.version}`)].join(' ');
}

function parseRunVersion(version: string): Map<string, ParsedVersion> {
  return new Map(version.split(' ').map((part) => [part.slice(0, part.indexOf('@')), parseVersion(part.slice(part.indexOf('@') + 1))]));
}

/** What the store knows of an article extracted before. */
export interface StoredArticle {
  extractorVersion: string;
  status: string;
  language: string | null;
}

/**
 * Why a stored article must be extracted again, or [] when it need not be.
 * A new program version re-extracts everything, as before. Otherwise an
 * extractor whose code or whose data for the article's language changed
 * re-extracts the articles it touched: stored as extracted (or failed), in one
 * of its languages. A skipped article never reached an extractor.
 */
export function findReextractReasons(stored: StoredArticle, programVersion: string, extractors: readonly AnyExtractor[]): string[] {
  const before = parseRunVersion(stored.extractorVersion);
  const program = before.get('program')?.code;
  if (program !== programVersion) return [`program ${program ?? '?'} → ${programVersion}`];
  if (stored.status === 'skipped' || stored.language === null) return [];
  const lang = stored.language;
  const reasons: string[] = [];
  for (const extractor of extractors) {
    if (!extractor.languages.includes(lang)) continue;
    const now = parseVersion(extractor.version);
    const then = before.get(extractor.id);
    if (!then) reasons.push(`${extractor.id}: new extractor`);
    else if (then.code !== now.code) reasons.push(`${extractor.id}: code ${then.code} → ${now.code}`);
    else if (then.data.get(lang) !== now.data.get(lang)) reasons.push(`${extractor.id}: ${lang} data changed`);
  }
  const current = new Set(extractors.map((e) => e.id));
  for (const id of before.keys()) if (id !== 'program' && !current.has(id)) reasons.push(`${id}: removed`);
  return reasons;
}
