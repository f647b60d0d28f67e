import { describe, expect, it } from 'vitest';
import { readDecision } from './decide-form';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('reading a decision', () => {
  it('approves with an optional comment, trimmed', () => {
    expect(readDecision(form({ decision: 'approve', approveComment: ' Fint ' }), 'da')).toEqual({ ok: true, decision: 'approve', comment: 'Fint' });
    expect(readDecision(form({ decision: 'approve' }), 'da')).toEqual({ ok: true, decision: 'approve', comment: '' });
  });

  it('refuses a rejection without a reason, with the message beside the reason field', () => {
    const result = readDecision(form({ decision: 'reject', rejectComment: '  ' }), 'da');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.rejectComment).toMatch(/^Skriv, hvorfor/);
  });

  it('decides nothing when the form says no decision', () => {
    expect(readDecision(form({ approveComment: 'x' }), 'da').ok).toBe(false);
  });

  it('refuses a comment over 2000 characters', () => {
    const result = readDecision(form({ decision: 'approve', approveComment: 'x'.repeat(2001) }), 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.approveComment).toBe('The comment can be at most 2000 characters.');
  });
});
