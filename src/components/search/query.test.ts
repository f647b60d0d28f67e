import { describe, expect, it } from 'vitest';
import { cleanParams, clearFiltersHref, countFilters, hasNear, href, pageHref, tidyHref, withoutHref } from './query';

const params = (query: string) => cleanParams(new URLSearchParams(query));

describe('the search address', () => {
  it('leaves out the empty fields an unfilled form sends', () => {
    expect(params('q=ensom&kind=&postalCode=&district=valby').toString()).toBe('q=ensom&district=valby');
  });

  it('drops the radius when there is no place to measure from', () => {
    expect(params('q=ensom&radiusKm=2').toString()).toBe('q=ensom');
    expect(params('q=ensom&postalCode=2500&radiusKm=2').toString()).toBe('q=ensom&postalCode=2500&radiusKm=2');
  });

  it('forgets the browser position when the reader has typed a postal code', () => {
    expect(params('lat=55.66&lng=12.5&postalCode=2100&radiusKm=1').toString()).toBe('postalCode=2100&radiusKm=1');
  });

  it('never writes page 1', () => {
    expect(params('q=ensom&page=1').toString()).toBe('q=ensom');
  });

  it('trims what the reader typed', () => {
    expect(params('q=%20besøgsven%20').get('q')).toBe('besøgsven');
  });

  it('knows when the search is near a place', () => {
    expect(hasNear(params('postalCode=2500'))).toBe(true);
    expect(hasNear(params('lat=55.6&lng=12.5'))).toBe(true);
    expect(hasNear(params('lat=55.6'))).toBe(false);
  });
});

describe('the tidy address', () => {
  it('is where a form submitted without JavaScript is sent on to', () => {
    const sent = new URL('http://x/soeg?q=ensom&kind=&postalCode=&radiusKm=5&free=true');
    expect(tidyHref(sent)).toBe('/soeg?q=ensom&free=true');
  });

  it('is not needed for an address that is tidy already', () => {
    expect(tidyHref(new URL('http://x/en/soeg?q=ensom&district=valby'))).toBeNull();
    expect(tidyHref(new URL('http://x/soeg'))).toBeNull();
  });
});

describe('links from the search page', () => {
  const query = params('q=ensom&district=valby&district=noerrebro&free=true&page=3');

  it('go to another page keeping query and filters', () => {
    expect(pageHref('/soeg', query, 4)).toBe('/soeg?q=ensom&district=valby&district=noerrebro&free=true&page=4');
    expect(pageHref('/soeg', query, 1)).toBe('/soeg?q=ensom&district=valby&district=noerrebro&free=true');
  });

  it('remove one chosen value and go back to page 1', () => {
    expect(withoutHref('/soeg', query, 'district', 'valby')).toBe('/soeg?q=ensom&district=noerrebro&free=true');
  });

  it('remove "near me" as one filter', () => {
    const near = params('q=ensom&postalCode=2500&radiusKm=2');
    expect(withoutHref('/en/soeg', near, 'near')).toBe('/en/soeg?q=ensom');
  });

  it('clear every filter but keep the words', () => {
    expect(clearFiltersHref('/soeg', query)).toBe('/soeg?q=ensom');
    expect(clearFiltersHref('/soeg', params('district=valby'))).toBe('/soeg');
  });

  it('have no question mark when nothing is asked', () => {
    expect(href('/soeg', new URLSearchParams())).toBe('/soeg');
  });

  it('count each chosen value, and "near me" once', () => {
    expect(countFilters(query)).toBe(3);
    expect(countFilters(params('q=x&postalCode=2500&radiusKm=5&kind=offer'))).toBe(2);
  });
});
