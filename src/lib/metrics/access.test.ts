import { describe, expect, it } from 'vitest';
import { mayReadMetrics } from './access';

const TOKEN = 'scrape-token-0123456789abcdef';

describe('mayReadMetrics', () => {
  it('lets in a scraper with the configured bearer token', () => {
    expect(mayReadMetrics({ authorization: `Bearer ${TOKEN}`, role: undefined, token: TOKEN })).toBe(true);
    expect(mayReadMetrics({ authorization: `bearer ${TOKEN}`, role: undefined, token: TOKEN })).toBe(true);
  });

  it('lets in a logged-in administrator', () => {
    expect(mayReadMetrics({ authorization: null, role: 'admin', token: undefined })).toBe(true);
  });

  it('refuses a wrong, partial or missing token, and other roles', () => {
    expect(mayReadMetrics({ authorization: 'Bearer wrong', role: undefined, token: TOKEN })).toBe(false);
    expect(mayReadMetrics({ authorization: `Bearer ${TOKEN.slice(0, -1)}`, role: undefined, token: TOKEN })).toBe(false);
    expect(mayReadMetrics({ authorization: `Basic ${TOKEN}`, role: undefined, token: TOKEN })).toBe(false);
    expect(mayReadMetrics({ authorization: null, role: 'coordinator', token: TOKEN })).toBe(false);
  });

  it('refuses every token when none is configured', () => {
    expect(mayReadMetrics({ authorization: 'Bearer ', role: undefined, token: undefined })).toBe(false);
    expect(mayReadMetrics({ authorization: 'Bearer undefined', role: undefined, token: undefined })).toBe(false);
  });
});
