import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { submitForm } from './submit';

describe('submitForm', () => {
  it('shows the form again when a posted field is called "constructor" or "__proto__", instead of failing', async () => {
    const form = new FormData();
    form.append('name', '');
    form.append('constructor', 'x');
    form.append('__proto__', 'y');
    const result = await submitForm(form, 'da', z.object({ name: z.string().min(1, { error: 'Udfyld navnet' }) }), async () => 'done');
    expect(result).toMatchObject({ ok: false, errors: { name: 'Udfyld navnet' } });
    expect(result.ok === false && result.lists.constructor).toEqual(['x']);
  });
});
