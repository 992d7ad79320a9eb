/**
 * What the classroom's projector tests share: opening the desk with stored settings, pressing a
 * control from the keyboard, a class election of ten 40-character options, the canvas's text
 * boxes, and a picture's pixels read back in the page (no image library needed).
 */
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, type GuardedPage } from './browser.ts';
import { seedSettings } from './game.ts';
import type { Box } from './layout-checks.ts';

/** Ten options of exactly 40 characters, with words (as a class would type them). */
export const LONG_OPTIONS = Array.from({ length: 10 }, (_, i) =>
  `${i + 1}. Pique-nique au bord du grand lac salé du nord`.slice(0, 40).padEnd(40, '.'),
);
export const QUESTION = 'Où partirons-nous pour la sortie de fin d’année, tous ensemble ?';

export const control = (page: Page, id: string) => page.locator(`[data-control="${id}"]`);

/** Presses a control from the keyboard (canvas buttons have a DOM twin that the canvas covers). */
export async function press(page: Page, id: string): Promise<void> {
  await control(page, id).focus();
  await page.keyboard.press('Enter');
}

export async function openDesk(
  browser: Browser,
  viewport: { width: number; height: number },
  settings: Record<string, unknown> = {},
  locale = 'fr-FR',
  touch = false,
): Promise<GuardedPage> {
  const base = inject('baseURL');
  const guarded = await openPage(browser, base, { viewport, locale, touch });
  await seedSettings(guarded.context, settings as never);
  await guarded.page.goto(`${base}#classroom`, { timeout: 120_000 });
  await guarded.page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
  return guarded;
}

/** An election of ten long options of `kind`, every method the form offers. */
export async function longSetup(page: Page, kind: 'ranked' | 'approval' | 'grades' = 'ranked'): Promise<void> {
  await press(page, 'home.election');
  await page.fill('#cr-question', QUESTION);
  await page.fill('#cr-options', LONG_OPTIONS.join('\n'));
  await page.locator('#cr-options').dispatchEvent('change');
  await page.check(`[data-kind="${kind}"]`);
  for (const box of await page.locator('[data-method]').all()) await box.check();
  await press(page, 'setup.next');
  await page.waitForSelector('[data-control="ways.piles"]');
}

/** The ranked election above, counted from two piles of paper ballots (16 and 14). */
export async function longElection(page: Page): Promise<void> {
  await longSetup(page);
  await press(page, 'ways.piles');
  await page.waitForSelector('#cr-pile-2-10');
  for (let i = 1; i <= 10; i++) {
    await page.fill(`#cr-pile-1-${i}`, String(i));
    await page.fill(`#cr-pile-2-${i}`, String(11 - i));
  }
  await page.fill('#cr-pile-1-count', '16');
  await page.fill('#cr-pile-2-count', '14');
}

export async function canvasTexts(page: Page, scene: string): Promise<(Box & { colour: string })[]> {
  return page.evaluate(
    (key) =>
      (window as unknown as { crustacesTextBoxes: () => (Box & { colour: string })[] })
        .crustacesTextBoxes()
        .filter((b) => b.scene === key),
    scene,
  );
}

/** A PNG's size and pixels' mean and spread of luminance (0–255), decoded by the page. */
export async function pictureStats(
  page: Page,
  png: Buffer,
): Promise<{ width: number; height: number; mean: number; spread: number; centre: number }> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const lum = (i: number) => 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
    let sum = 0;
    let sq = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const l = lum(i);
      sum += l;
      sq += l * l;
    }
    const mean = sum / n;
    const centre = lum((Math.floor(canvas.height / 2) * canvas.width + Math.floor(canvas.width / 2)) * 4);
    return {
      width: canvas.width,
      height: canvas.height,
      mean,
      spread: Math.sqrt(Math.max(0, sq / n - mean * mean)),
      centre,
    };
  }, png.toString('base64'));
}

/** WCAG's contrast ratio of two CSS colours as getComputedStyle gives them (rgb/rgba). */
export function contrastRatio(a: string, b: string): number {
  const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (c: string) => {
    const [r, g, bl] = channels(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
