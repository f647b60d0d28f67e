import { describe, expect, it } from 'vitest';
import { resendableFields } from './resend';

function form(entries: Array<[string, string | Blob]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('a sent form on the 429 page', () => {
  it('comes back field by field, repeated fields and the CSRF token included', () => {
    const sent = form([['_csrf', 'abc'], ['message', 'Hej æøå'], ['terms', 'a'], ['terms', 'b']]);
    expect(resendableFields(sent)).toEqual([['_csrf', 'abc'], ['message', 'Hej æøå'], ['terms', 'a'], ['terms', 'b']]);
  });

  it('is not echoed when it holds a password, which must never be written into a page', () => {
    expect(resendableFields(form([['_csrf', 'abc'], ['password', 'hemmelig']]))).toBeNull();
    expect(resendableFields(form([['_csrf', 'abc'], ['nyKode', 'hemmelig']]))).toBeNull();
  });

  it('is not echoed when it holds a file, which a page cannot hold', () => {
    expect(resendableFields(form([['_csrf', 'abc'], ['file', new Blob(['a;b'])]]))).toBeNull();
  });

  it('is not echoed when it is far larger than any form of ours', () => {
    expect(resendableFields(form([['note', 'x'.repeat(70 * 1024)]]))).toBeNull();
  });
});
