/**
 * A class election of ten 40-character lists for several seats, typed as a teacher would, for
 * the seats' browser tests (classroom-seats, classroom-seats-charts).
 */
import type { Page } from 'playwright-core';
import type { GuardedPage } from './browser.ts';
import { keptPages, type BrowserPerFile } from './browser-per-file.ts';
import { LONG_OPTIONS, openDesk, press } from './classroom-helpers.ts';
import { PHONE, PROJECTOR } from './display-helpers.ts';

/** Types the seats as a teacher would: the methods' list follows each keystroke. */
export async function typeSeats(page: Page, seats: string): Promise<void> {
  await page.fill('#cr-seats', seats);
}

/**
 * Ten lists, `seats` seats, counted from ten piles (by every method offered, or by `methods`):
 * pile r puts list r first (19 ballots down to 10), so that every list wins seats and the
 * chamber's legend names all ten.
 */
export async function seatsElection(page: Page, seats: number, methods?: readonly string[]): Promise<void> {
  await press(page, 'home.election');
  await page.fill('#cr-question', 'Qui siège au conseil des délégués ?');
  await page.fill('#cr-options', LONG_OPTIONS.join('\n'));
  await page.locator('#cr-options').dispatchEvent('change');
  await typeSeats(page, String(seats));
  await page.waitForSelector('[data-method="dhondt"]');
  for (const box of await page.locator('[data-method]').all()) {
    const method = await box.getAttribute('value');
    if (!methods || methods.includes(method ?? '')) await box.check();
    else await box.uncheck();
  }
  await press(page, 'setup.next');
  await press(page, 'ways.piles');
  await page.waitForSelector('#cr-pile-4-10');
  for (let r = 5; r <= 10; r++) {
    await press(page, 'piles.add');
    await page.waitForSelector(`#cr-pile-${r}-10`);
  }
  await page.evaluate(() => {
    const set = (id: string, value: number) => {
      const input = document.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    for (let r = 1; r <= 10; r++) {
      // List r first, the others after it in their order.
      const order = [r, ...Array.from({ length: 10 }, (_, i) => i + 1).filter((i) => i !== r)];
      order.forEach((option, rank) => set(`cr-pile-${r}-${option}`, rank + 1));
      set(`cr-pile-${r}-count`, 20 - r);
    }
  });
  await press(page, 'piles.count');
  await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
}

/**
 * One page per frame (landscape on a projector, or a phone held upright), its election typed
 * once in French and kept over a file's cases, which change the language and the text size in
 * place (display-helpers' setDisplay). Each case reads the pages clean; they close at the end.
 */
export function seatsPages(
  session: BrowserPerFile,
  seats: number,
  methods?: readonly string[],
): (frame: 'landscape' | 'upright') => Promise<GuardedPage> {
  return keptPages(async (frame) => {
    const upright = frame === 'upright';
    const g = await openDesk(session.browser, upright ? PHONE : PROJECTOR, { reducedMotion: true }, 'fr-FR', upright);
    await seatsElection(g.page, seats, methods);
    return g;
  });
}
