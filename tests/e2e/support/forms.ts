import type { Page } from '@playwright/test';
import { MIN_FILL_SECONDS } from '../../../src/lib/entrance/spam';

/**
 * Waits until an anonymous form (entrance, booking) has been shown longer than a robot would wait
 * (MIN_FILL_SECONDS, with a little margin), so that the signed form time lets it through.
 */
export async function waitLikeAPerson(page: Page, shownAt: number): Promise<void> {
  const left = shownAt + MIN_FILL_SECONDS * 1000 + 300 - Date.now();
  if (left > 0) await page.waitForTimeout(left);
}
