import { describe, expect, it } from 'vitest';
import { da, en, type Message } from './messages';

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : [message.one, message.other];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')))].sort();
};

describe('message catalogue', () => {
  it('has the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(da[key]));
    }
  });

  it('uses a plural form in English wherever Danish has one', () => {
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(typeof en[key], key).toBe(typeof da[key]);
    }
  });

  it('has no empty texts', () => {
    for (const [key, message] of Object.entries({ ...da, ...en })) {
      const texts = typeof message === 'string' ? [message] : [message.one, message.other];
      for (const text of texts) expect(text.trim(), key).not.toBe('');
    }
  });
});
