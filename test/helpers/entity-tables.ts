import { expect } from 'vitest';
import { createEntityExtractor } from '../../extractors/entities/create-entity-extractor.ts';
import type { EntityFact } from '../../schemas/entity.ts';
import { makeDoc } from './make-doc.ts';

const extractor = createEntityExtractor();

export function extractFrom(text: string, lang: 'de' | 'fr'): EntityFact[] {
  return extractor.extract(makeDoc(text, lang));
}

/** `Name:type` of every entity, sorted. */
export function entitiesOf(text: string, lang: 'de' | 'fr'): string[] {
  return extractFrom(text, lang).map((e) => `${e.name}:${e.type}`).sort();
}

/** The entity named `expected` (`Name:type`) is found, offsets slice-exact. */
export function expectEntity(text: string, lang: 'de' | 'fr', expected: string): void {
  const found = extractFrom(text, lang);
  expect(found.map((e) => `${e.name}:${e.type}`)).toContain(expected);
  for (const m of found.flatMap((e) => e.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
}

/** No entity has this name (any type). */
export function expectNoName(text: string, lang: 'de' | 'fr', name: string): void {
  expect(extractFrom(text, lang).map((e) => e.name)).not.toContain(name);
}
