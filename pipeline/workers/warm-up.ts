import type { PipelineConfig } from '../pipeline-config.ts';
import { ingest } from '../stages/ingest.ts';
import { tryProcessArticle } from '../process-article.ts';

// One short article per language, in the constructions the extractors look for (a dated
// announcement, a quotation, a named provider), so every lexicon and compromise build loads.
const WARM_UP_TEXTS: Record<string, string> = {
  de: 'Der Anbieter Beispielnetz hat am Montag, dem 4. Januar 2021, den Dienst für die Plattform beendet. „Wir dulden das nicht“, sagte ein Sprecher in Berlin.',
  fr: "L'hébergeur Exemplenet a mis fin lundi 4 janvier 2021 au service de la plateforme. « Nous ne le tolérons pas », a déclaré un porte-parole à Paris.",
};

/**
 * Processes one article per extracted language and throws the result away:
 * compromise builds and lexicons load lazily, and that loading should not be
 * charged to the first real article's time budget.
 */
export function warmUp(config: Pick<PipelineConfig, 'extractors' | 'languages'>): void {
  for (const lang of config.languages.extract) {
    const text = WARM_UP_TEXTS[lang];
    if (!text) continue;
    tryProcessArticle(
      ingest({ ref: { file: 'warm-up', line: null, source: 'warm-up' }, text, url: null, title: null, published: null, publishedFrom: null, declaredLanguage: lang, outlet: null }),
      config,
    );
  }
}
