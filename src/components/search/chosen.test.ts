import { describe, expect, it } from 'vitest';
import { chosenFilters } from './chosen';
import { rememberLabels } from './facets';
import { searchTexts } from './pick-texts';
import { formatter } from './texts';

const fmt = formatter('da', searchTexts('da'));
const known = rememberLabels(new Map(), { district: [{ value: 'valby', label: 'Valby', count: 12 }] });

describe('chosen filters', () => {
  it('are named by their labels and link to the search without them', () => {
    const params = new URLSearchParams('q=ensom&district=valby&free=true');
    expect(chosenFilters('/soeg', params, known, 'da', fmt)).toEqual([
      { name: 'district', value: 'valby', label: 'Valby', href: '/soeg?q=ensom&free=true' },
      { name: 'free', value: 'true', label: 'Kun gratis', href: '/soeg?q=ensom&district=valby' },
    ]);
  });

  it('say how near, and to what', () => {
    const [near] = chosenFilters('/soeg', new URLSearchParams('postalCode=2500&radiusKm=2'), known, 'da', fmt);
    expect(near?.label).toBe('Inden for 2 km fra 2500');
    const [position] = chosenFilters('/soeg', new URLSearchParams('lat=55.66&lng=12.5'), known, 'da', fmt);
    expect(position?.label).toBe('Inden for 5 km fra din position');
  });

  it('show an unknown value as it was written rather than hide it', () => {
    const [unknown] = chosenFilters('/soeg', new URLSearchParams('category=strik'), known, 'da', fmt);
    expect(unknown?.label).toBe('strik');
  });

});
