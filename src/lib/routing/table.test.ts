import { describe, expect, it } from 'vitest';
import { readRoutingForm, ruleField } from './table';

describe('readRoutingForm', () => {
  it('reads one choice per term, the empty choice meaning none, and ignores other fields', () => {
    const form = new FormData();
    form.set('_csrf', 'token');
    form.set(ruleField('term-1'), 'administration-a');
    form.set(ruleField('term-2'), '');
    expect([...readRoutingForm(form)]).toEqual([
      ['term-1', 'administration-a'],
      ['term-2', null],
    ]);
  });
});
