import { describe, expect, it } from 'vitest';
import { describeError } from './failure';

describe('describeError', () => {
  it('follows the cause chain so that the operator sees why a query failed', () => {
    const error = new Error('Failed query: select 1\nparams:', { cause: new Error('connect ECONNREFUSED 127.0.0.1:5432') });
    expect(describeError(error)).toBe('Failed query: select 1 ← connect ECONNREFUSED 127.0.0.1:5432');
  });

  it('describes a thrown string', () => {
    expect(describeError('boom')).toBe('boom');
  });
});
