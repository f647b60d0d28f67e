import { describe, expect, it } from 'vitest';
import { concurrencyGate } from './gate';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('concurrencyGate', () => {
  it('runs at most `limit` tasks at once and every task in the end, in order of arrival', async () => {
    const gated = concurrencyGate(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (n: number) =>
      gated(async () => {
        started.push(n);
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        return n;
      });
    expect(await Promise.all([1, 2, 3, 4, 5].map(task))).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('lets the next task in when one fails', async () => {
    const gated = concurrencyGate(1);
    const failing = gated(async () => {
      throw new Error('statement timeout');
    });
    await expect(failing).rejects.toThrow('statement timeout');
    expect(await gated(async () => 'ran')).toBe('ran');
  });
});
