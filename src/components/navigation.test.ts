import { describe, expect, it } from 'vitest';
import { menuState } from './navigation';

describe('menuState', () => {
  it('marks the item of the current page', () => {
    expect(menuState('/', '/')).toBe('page');
    expect(menuState('/foreninger', '/foreninger')).toBe('page');
    expect(menuState('/foreninger/', '/foreninger')).toBe('page');
  });

  it('marks the section of a page below an item', () => {
    expect(menuState('/foreninger/baglandet', '/foreninger')).toBe('section');
  });

  it('never marks the home page as the section of every page', () => {
    expect(menuState('/foreninger', '/')).toBeUndefined();
  });

  it('does not mistake a longer name for a page below', () => {
    expect(menuState('/foreningerne', '/foreninger')).toBeUndefined();
  });
});
