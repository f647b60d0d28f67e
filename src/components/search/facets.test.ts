import { describe, expect, it } from 'vitest';
import { facetOptions, rememberLabels } from './facets';

describe('facet options', () => {
  const known = rememberLabels(new Map(), { district: [{ value: 'amager-oest', label: 'Amager Øst', count: 4 }] });

  it('are sorted the Danish way, with Æ, Ø and Å last', () => {
    const options = facetOptions(
      'district',
      [
        { value: 'oesterbro', label: 'Østerbro', count: 3 },
        { value: 'valby', label: 'Valby', count: 12 },
        { value: 'amager-oest', label: 'Amager Øst', count: 4 },
      ],
      [],
      known,
      'da',
    );
    expect(options.map((o) => o.label)).toEqual(['Amager Øst', 'Valby', 'Østerbro']);
  });

  it('keep a chosen value the results no longer count, at 0, with the label seen before', () => {
    const options = facetOptions('district', [{ value: 'valby', label: 'Valby', count: 2 }], ['amager-oest'], known, 'da');
    expect(options).toContainEqual({ value: 'amager-oest', label: 'Amager Øst', count: 0 });
  });

  it('put weekdays in the order of the week', () => {
    const options = facetOptions(
      'weekday',
      [
        { value: 'SU', label: 'søndag', count: 1 },
        { value: 'MO', label: 'mandag', count: 5 },
        { value: 'WE', label: 'onsdag', count: 2 },
      ],
      [],
      known,
      'da',
    );
    expect(options.map((o) => o.value)).toEqual(['MO', 'WE', 'SU']);
  });
});
