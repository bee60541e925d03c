import { describe, expect, it } from 'vitest';
import { findBylineDate } from '../extractors/dates/find-byline-date.ts';

describe('findBylineDate', () => {
  it.each([
    ['Parler ist offline. (Andreas Proschofsky, 11.1.2021)', '2021-01-11', '11.1.2021'],
    ['Publié le 5 août 2019 à 10h30', '2019-08-05', '5 août 2019'],
    ['Stand: 12.07.2022', '2022-07-12', '12.07.2022'],
    ['Veröffentlicht am 3. März 2020', '2020-03-03', '3. März 2020'],
    ['Veröffentlicht am Montag, 3. März 2020', '2020-03-03', '3. März 2020'],
    ['Mis à jour le 06/08/2019', '2019-08-06', '06/08/2019'],
    ['Publié le 1er août 2019', '2019-08-01', '1er août 2019'],
    ['Aktualisiert am 2022-07-13', '2022-07-13', '2022-07-13'],
    ['Titel\n11.01.2021, 14:30 Uhr\nText', '2021-01-11', '11.01.2021'],
    ['Publié en août 2019', '2019-08', 'août 2019'],
    ['Erschienen: Juli 2020', '2020-07', 'Juli 2020'],
  ])('%s', (text, value, span) => {
    const found = findBylineDate(text);
    expect(found?.value ?? null).toBe(value);
    expect(found ? text.slice(found.start, found.end) : null).toBe(span);
  });

  it('prefers the publication date over an update', () => {
    expect(findBylineDate('Mis à jour le 6 août 2019. Publié le 5 août 2019.')?.value).toBe('2019-08-05');
    expect(findBylineDate('Aktualisiert am 13.07.2022 – Veröffentlicht am 12.07.2022')?.value).toBe('2022-07-12');
  });

  it.each([
    ['Keine Daten: 2019 war ein Jahr.'],
    ['Cloudflare schützt 19 Millionen Seiten.'],
    ['Der Stand der Dinge ist unklar.'],
    ['Sie floh am 12. Juli nach Europa.'],
  ])('finds nothing in %s', (text) => {
    expect(findBylineDate(text)).toBeNull();
  });
});
