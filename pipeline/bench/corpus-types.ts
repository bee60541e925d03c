/** One article of a benchmark corpus, as read from its folder (never copied into the project). */
export interface BenchArticle {
  id: string;
  text: string;
  language: 'de' | 'fr';
}

export type BenchLang = 'de' | 'fr' | 'all';
