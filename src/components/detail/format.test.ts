import { describe, expect, it } from 'vitest';
import { ageText, aroundSlot, languageList, openStreetMapUrl, paragraphs, priceText, SLOT, telHref, websiteText, httpHref } from './format';

describe('the detail pages', () => {
  it('link to openstreetmap.org with a marker on the place', () => {
    expect(openStreetMapUrl(55.6645, 12.5023)).toBe(
      'https://www.openstreetmap.org/?mlat=55.66450&mlon=12.50230#map=17/55.66450/12.50230',
    );
  });

  it('dial Danish numbers with the country code', () => {
    expect(telHref('20 00 00 01')).toBe('tel:+4520000001');
    expect(telHref('+45 33 66 33 66')).toBe('tel:+4533663366');
    expect(telHref('0046 8 123 456')).toBe('tel:+468123456');
    expect(telHref('114')).toBe('tel:114');
  });

  it('name the languages in the reader’s language', () => {
    expect(languageList('da', ['da', 'en', 'ar'])).toBe('Dansk, engelsk og arabisk');
    expect(languageList('en', ['da', 'en', 'ar'])).toBe('Danish, English and Arabic');
  });

  it('say the age limits in words', () => {
    expect(ageText('da', 18, null)).toBe('Du skal være mindst 18 år.');
    expect(ageText('da', 13, 17)).toBe('Alder: 13 til 17 år.');
    expect(ageText('en', null, 25)).toBe('You must be 25 or younger.');
    expect(ageText('da', null, null)).toBeNull();
  });

  it('say free, a price in kroner, or to ask', () => {
    expect(priceText('da', { isFree: true, priceOre: null })).toBe('Gratis');
    expect(priceText('da', { isFree: false, priceOre: 2500 })).toBe('25 kr.');
    expect(priceText('en', { isFree: false, priceOre: 2500 })).toBe('DKK 25');
    expect(priceText('da', { isFree: false, priceOre: null })).toBe('Spørg foreningen om prisen.');
  });

  it('show a website by its host', () => {
    expect(websiteText('https://www.gadens-stue.example.dk/om-os')).toBe('gadens-stue.example.dk');
    expect(websiteText('gadens-stue.dk')).toBe('gadens-stue.dk');
  });

  it('keep the paragraphs an association wrote', () => {
    expect(paragraphs('Første afsnit.\n\n  Andet afsnit.\n')).toEqual(['Første afsnit.', 'Andet afsnit.']);
    expect(paragraphs(null)).toEqual([]);
  });
});

describe('aroundSlot', () => {
  it('splits a translated sentence where an element goes', () => {
    expect(aroundSlot(`Fra ${SLOT}`)).toEqual(['Fra ', '']);
    expect(aroundSlot(`Foreningen bekræftede oplysningerne ${SLOT}.`)).toEqual(['Foreningen bekræftede oplysningerne ', '.']);
    expect(aroundSlot('Ingen plads')).toEqual(['Ingen plads', '']);
  });
});

describe('httpHref', () => {
  it('keeps http and https addresses and drops every other scheme', () => {
    expect(httpHref('https://forening.dk/om')).toBe('https://forening.dk/om');
    expect(httpHref('http://forening.dk')).toBe('http://forening.dk');
    expect(httpHref('javascript:alert(1)')).toBeNull();
    expect(httpHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(httpHref('data:text/html,<script>1</script>')).toBeNull();
    expect(httpHref('forening.dk')).toBeNull();
    expect(httpHref(null)).toBeNull();
  });
});
