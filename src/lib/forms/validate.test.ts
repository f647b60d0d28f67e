import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from './validate';

describe('parseForm', () => {
  it('puts the error of a wrong item of a multi field on the field itself, where the page shows it', () => {
    const form = new FormData();
    form.append('ids', '3f33718e-3a1c-407f-b101-427f1cbbb8c1');
    form.append('ids', 'ikke et id');
    const result = parseForm(form, z.object({ ids: z.array(z.uuid({ error: 'Vælg en af mulighederne' })) }), ['ids']);
    expect(result).toMatchObject({ ok: false, errors: { ids: 'Vælg en af mulighederne' } });
  });

  it('drops NUL characters, which PostgreSQL cannot store, before checking', () => {
    const form = new FormData();
    form.append('name', 'Fælles\u0000skab');
    expect(parseForm(form, z.object({ name: z.string() }))).toEqual({ ok: true, data: { name: 'Fællesskab' } });
  });
});
