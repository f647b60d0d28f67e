import { describe, expect, it } from 'vitest';
import { tooManyJson, waitInWords } from './too-many';

describe('the wait in words', () => {
  it('says seconds under a minute, in the reader’s language', () => {
    expect(waitInWords('da', 1)).toBe('1 sekund');
    expect(waitInWords('da', 42)).toBe('42 sekunder');
    expect(waitInWords('en', 42)).toBe('42 seconds');
  });

  it('rounds up to whole minutes, so that the wait is never shorter than said', () => {
    expect(waitInWords('da', 60)).toBe('1 minut');
    expect(waitInWords('da', 61)).toBe('2 minutter');
    expect(waitInWords('en', 15 * 60)).toBe('15 minutes');
    expect(waitInWords('da', 3600)).toBe('60 minutter');
  });

  it('says hours for long waits', () => {
    expect(waitInWords('da', 2 * 3600)).toBe('2 timer');
    expect(waitInWords('en', 24 * 3600)).toBe('24 hours');
  });
});

describe('the JSON answer of an API', () => {
  it('is 429 with Retry-After, never cached, and says how long to wait', async () => {
    const response = tooManyJson('en', { retryAfterSeconds: 37 });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('37');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { error: { code: string; message: string }; retryAfterSeconds: number };
    expect(body.retryAfterSeconds).toBe(37);
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain('37 seconds');
  });
});
