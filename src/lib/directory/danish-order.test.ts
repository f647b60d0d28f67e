import { describe, expect, it } from 'vitest';
import { compareDanish, sortByDanishName } from './danish-order';

describe('Danish order', () => {
  it('puts æ, ø and å after z, in that order', () => {
    const names = ['Åbent Hus', 'Østerbro Besøgsvenner', 'Zoneterapeuterne', 'Ældresagen', 'Amager Hjælpende Hænder'];
    expect([...names].sort(compareDanish)).toEqual([
      'Amager Hjælpende Hænder',
      'Zoneterapeuterne',
      'Ældresagen',
      'Østerbro Besøgsvenner',
      'Åbent Hus',
    ]);
  });

  it('reads a double a as å', () => {
    expect(['Aabenraa Frivilligcenter', 'Åbent Hus', 'Zoneterapeuterne', 'Abildgården'].sort(compareDanish)).toEqual([
      'Abildgården',
      'Zoneterapeuterne',
      'Aabenraa Frivilligcenter',
      'Åbent Hus',
    ]);
  });

  it('ignores the case of letters', () => {
    expect(['baglandet', 'Amager', 'Café Klare'].sort(compareDanish)).toEqual(['Amager', 'baglandet', 'Café Klare']);
  });

  it('orders numbers by value', () => {
    expect(['Klub 10', 'Klub 9'].sort(compareDanish)).toEqual(['Klub 9', 'Klub 10']);
  });

  it('sorts records by name without changing the input', () => {
    const rows = [{ name: 'Ø' }, { name: 'A' }];
    expect(sortByDanishName(rows).map((r) => r.name)).toEqual(['A', 'Ø']);
    expect(rows.map((r) => r.name)).toEqual(['Ø', 'A']);
  });
});
