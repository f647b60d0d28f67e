import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

function sent(shown: string[], attended: string[]): FormData {
  const form = new FormData();
  for (const id of shown) form.append('shown', id);
  for (const id of attended) form.append('attended', id);
  return form;
}

describe('the attendance form', () => {
  it('records a ticked box as came and an unticked one as did not come', () => {
    expect(readAttendance(sent([A, B], [B]))).toEqual({ [A]: false, [B]: true });
  });

  it('refuses a box for a booking the form did not show, and a form without rows', () => {
    expect(readAttendance(sent([A], [B]))).toBeNull();
    expect(readAttendance(sent([], []))).toBeNull();
    expect(readAttendance(sent(['1 or 1=1'], []))).toBeNull();
  });
});
