import { describe, expect, it } from 'vitest';
import { readTransition } from './transition';

const OTHER = '44444444-4444-4444-8444-444444444444';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  data.set('_csrf', 'token');
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('reading an action form of a referral', () => {
  it('reads an accept with the version the actor saw and an optional comment', () => {
    expect(readTransition(form({ action: 'accept', version: '3', comment: ' Vi ringer i morgen ' }), 'da')).toEqual({
      ok: true,
      transition: { action: 'accept', expectedVersion: 3, reason: null, comment: 'Vi ringer i morgen', forwardTo: null },
    });
  });

  it('needs a reason to decline or record "not started", and a comment with "other"', () => {
    const noReason = readTransition(form({ action: 'decline', version: '2', reason: '' }), 'da');
    expect(noReason).toMatchObject({ ok: false, action: 'decline', errors: { reason: 'Vælg en grund.' } });
    const other = readTransition(form({ action: 'not_start', version: '2', reason: 'other', comment: '' }), 'da');
    expect(other).toMatchObject({ ok: false, action: 'not_start', errors: { comment: 'Skriv grunden, når du vælger ”Andet”.' } });
    const fine = readTransition(form({ action: 'decline', version: '2', reason: 'capacity' }), 'da');
    expect(fine).toMatchObject({ ok: true, transition: { reason: 'capacity', comment: null } });
  });

  it('needs an administration to forward to', () => {
    expect(readTransition(form({ action: 'forward', version: '2' }), 'da')).toMatchObject({
      ok: false,
      errors: { forwardTo: 'Vælg den forvaltning, henvisningen skal sendes videre til.' },
    });
    expect(readTransition(form({ action: 'forward', version: '2', forwardTo: OTHER }), 'da')).toMatchObject({
      ok: true,
      transition: { action: 'forward', forwardTo: OTHER },
    });
  });

  it('passes on only what the action needs', () => {
    const result = readTransition(form({ action: 'accept', version: '1', reason: 'capacity', forwardTo: OTHER }), 'da');
    expect(result).toMatchObject({ ok: true, transition: { reason: null, forwardTo: null } });
  });

  it('refuses an unknown action or a missing version (an old or crafted form)', () => {
    expect(readTransition(form({ action: 'delete', version: '1' }), 'da')).toMatchObject({ ok: false, action: null });
    expect(readTransition(form({ action: 'accept' }), 'da')).toMatchObject({ ok: false, errors: { version: expect.stringMatching(/Genindlæs/) } });
  });

  it('refuses a CPR-like number in the comment', () => {
    const result = readTransition(form({ action: 'accept', version: '1', comment: 'CPR 0101901234' }), 'da');
    expect(result).toMatchObject({ ok: false, errors: { comment: expect.stringMatching(/CPR/) } });
  });
});
