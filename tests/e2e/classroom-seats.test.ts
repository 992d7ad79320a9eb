/**
 * A class election that fills several seats, in headless Chromium: the setup's number of seats
 * changes the methods offered (one seat: no several-seat method; more: only those), a prepared
 * link carries `seats=<n>`, and the seats chart holds ten lists of 40 characters (twenty
 * seats, one list in each at least): the board, the comparison and every step of a D'Hondt count (votes, quotients,
 * seats in order, the chamber) on 1920×1080 (no text under 24 px), 1280×720 (that layout at 2/3)
 * and a phone held upright (no text under 12 px; the text floor draws every setting there at the
 * larger size), at every text size, in French and English — no two texts
 * overlapping, nothing off the screen or out of its panel, no name cut mid-word.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { canvasTexts, LONG_OPTIONS, openDesk, press } from './classroom-helpers.ts';
import { LAPTOP, LAYOUT_CASES, PHONE, PROJECTOR, resize, sameOnLaptop, setDisplay } from './display-helpers.ts';
import { boxProblems, cutWords } from './layout-checks.ts';
import { seatsPages, typeSeats } from './seats-election.ts';

const session = browserPerFile();
/** Twenty seats: every one of the ten lists wins one. A hundred (the setup's limit) is its own case. */
const SEATS = 20;
/** The twenty seats' election, typed once a frame (the cases change language and text size in place). */
const seatsPage = seatsPages(session, SEATS);
/** A hundred seats' election on the projector, typed once for both languages. */
const hundredPage = seatsPages(session, 100);

const offered = (page: Page) =>
  page.locator('[data-method]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

async function pages(page: Page, data: 'boardPage' | 'resultsPage'): Promise<[number, number]> {
  const [first, total] = (await page.evaluate((k) => document.body.dataset[k] ?? '1/1', data)).split('/').map(Number);
  return [first, total];
}

/** Every page of the board or the comparison, checked: texts apart, inside, large enough; names whole. */
async function checkPages(page: Page, what: 'board' | 'compare', label: string, minFont: number): Promise<string[]> {
  const problems: string[] = [];
  const viewport = page.viewportSize()!;
  const data = what === 'board' ? 'boardPage' : 'resultsPage';
  const scene = what === 'board' ? 'classroom-results' : 'results';
  const [first, total] = await pages(page, data);
  for (let p = 0; p < total; p++) {
    if (p > 0) {
      await press(page, 'results.page');
      const at = `${((first - 1 + p) % total) + 1}/${total}`;
      await page.waitForFunction(([k, v]) => document.body.dataset[k] === v, [data, at] as const);
    }
    const texts = await canvasTexts(page, scene);
    const read = what === 'board' ? texts.filter((t) => t.name === 'pupil') : texts;
    const found = [...boxProblems(read, viewport, { minFont }), ...cutWords(texts, LONG_OPTIONS)];
    problems.push(...found.map((x) => `${what} ${label} p${p + 1}: ${x}`));
    // A page with a problem is kept as a picture, to be looked at.
    if (found.length > 0) await screenshot(page, `seats-${what}-${label.split(' ').join('-')}-p${p + 1}`);
  }
  return problems;
}

/**
 * Every step of the D'Hondt count, from the comparison: each measured, the chamber's legend
 * naming all ten lists; the step's words, read from the probe's screen-reader line, kept.
 */
async function checkCount(
  page: Page,
  label: string,
  minFont: number,
  pictures: boolean,
  said: string[] = [],
  laptopToo = false,
): Promise<string[]> {
  const problems: string[] = [];
  const viewport = page.viewportSize()!;
  for (
    let turn = 0;
    turn < 12 && (await page.locator('[data-control="results.method.dhondt"]').count()) === 0;
    turn++
  ) {
    const at = await page.evaluate(() => document.body.dataset.resultsPage);
    await press(page, 'results.page');
    await page.waitForFunction((before) => document.body.dataset.resultsPage !== before, at);
  }
  await press(page, 'results.method.dhondt');
  await page.waitForSelector('body[data-count-ready="count"]', { timeout: 120_000 });
  for (let turn = 0; turn < 20; turn++) {
    const step = await page.evaluate(() => document.body.dataset.countStep ?? '0/1');
    const [a, b] = step.split('/').map(Number);
    const all = (await canvasTexts(page, 'count')).filter((t) => !t.control);
    said.push(...all.filter((t) => t.within).map((t) => t.text));
    problems.push(...boxProblems(all, viewport, { minFont }).map((x) => `count ${label} ${step}: ${x}`));
    problems.push(...cutWords(all, LONG_OPTIONS).map((x) => `count ${label} ${step}: ${x}`));
    if (laptopToo && a === 1) problems.push(...(await sameOnLaptop(page, 'count')).map((x) => `count ${label}: ${x}`));
    if (pictures) await screenshot(page, `seats-${label.split(' ').join('-')}-${a}`);
    if (a >= b) {
      // The chamber: every list named in its legend, with its seats.
      const legend = all.filter((t) => LONG_OPTIONS.some((name) => t.text.startsWith(name)));
      expect(legend.length, `${label} legend`).toBeGreaterThanOrEqual(10);
      break;
    }
    await press(page, 'count.next');
    await page.waitForFunction((before) => document.body.dataset.countStep !== before, step);
  }
  await press(page, 'count.end');
  await press(page, 'count.next');
  await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
  return problems;
}

const CASES = LAYOUT_CASES;

describe('a class election with several seats', () => {
  it('offers the several-seat methods only for several seats, and a prepared link carries the seats', async () => {
    const g = await openDesk(session.browser, LAPTOP, { language: 'fr', reducedMotion: true });
    session.pages.push(g);
    const { page } = g;
    await press(page, 'home.election');
    await page.fill('#cr-options', LONG_OPTIONS.join('\n'));
    await page.locator('#cr-options').dispatchEvent('change');
    const one = await offered(page);
    expect(one).toContain('irv');
    expect(one).not.toContain('stv');
    expect(one).not.toContain('dhondt');
    await typeSeats(page, '4');
    await page.waitForSelector('[data-method="stv"]');
    expect(await offered(page)).toEqual(
      expect.arrayContaining(['stv', 'dhondt', 'sainte-lague', 'bloc-plurality', 'largest-remainder']),
    );
    expect(await offered(page)).not.toContain('irv');
    // As many seats as options: electing every option is no vote, so STV and the committees go.
    await typeSeats(page, '10');
    await page.waitForFunction(() => !document.querySelector('[data-method="stv"]'));
    expect(await offered(page)).toEqual(['dhondt', 'sainte-lague', 'largest-remainder', 'french-municipal']);
    // A wrong number is refused, named.
    await typeSeats(page, '0');
    await press(page, 'setup.next');
    await page.waitForSelector('[data-problem]:not([hidden])');
    expect(await page.locator('[data-problem]').textContent()).toContain('Sièges à pourvoir\u00a0: «\u00a0' + '0');
    await screenshot(page, 'seats-setup-fr');

    // The prepared link: `seats=<n>` opens a pass-and-play vote for that many seats.
    const link = await openPage(session.browser, inject('baseURL'), { viewport: LAPTOP, locale: 'en-GB' });
    session.pages.push(link);
    const names = ['North list', 'South list', 'East list'];
    await link.page.goto(
      `${inject('baseURL')}#classroom/new?q=Council&options=${names.map(encodeURIComponent).join('|')}&kind=ranked&methods=stv,dhondt&seats=2`,
      { timeout: 120_000 },
    );
    await link.page.waitForSelector('body[data-ready="classroom-vote"]', { timeout: 120_000 });
    const ballots = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [0, 1, 2],
      [2, 1, 0],
    ];
    for (const [i, voter] of ballots.entries()) {
      await link.page.locator('[data-action="next-voter"]').click();
      for (const o of voter) await link.page.locator(`[data-option="${names[o]}"]`).click();
      await link.page.locator('[data-action="send"]').click();
      await link.page.waitForSelector(`body[data-ballots-cast="${i + 1}"]`);
    }
    await press(link.page, 'vote.close');
    await press(link.page, 'vote.close');
    await link.page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
    // Two seats: STV elects two people (quota 2 of 5), D'Hondt shares them 2–0 (3, 1 and 1 first choices).
    const results = JSON.parse((await link.page.evaluate(() => document.body.dataset.classResults)) ?? '{}') as Record<
      string,
      string[]
    >;
    expect(results.stv).toHaveLength(2);
    expect(results.dhondt).toEqual(['North list']);
    const summary = await link.page.evaluate(() => document.body.dataset.classSummary);
    expect(summary).not.toMatch(/tie/i);
    await screenshot(link.page, 'seats-link-board-en');
  }, 300_000);

  it.each(CASES)(
    'ten 40-character lists and 20 seats: board, comparison and every step of the count fit (%s, %s text, three screens and upright)',
    async (language, size) => {
      const problems: string[] = [];
      // Upright, the text floor draws every setting at the larger size: the phone is checked there.
      // In landscape, the laptop shows the projector's layout at 2/3 (sameOnLaptop, checked on the
      // board and the count's first step): each screen is walked once, at 1920×1080.
      for (const upright of size === 'larger' ? [false, true] : [false]) {
        const { page } = await seatsPage(upright ? 'upright' : 'landscape');
        const results = JSON.parse((await page.evaluate(() => document.body.dataset.classResults)) ?? '{}') as Record<
          string,
          string[]
        >;
        expect(results.dhondt).toHaveLength(10);
        await setDisplay(page, language, size);
        const viewport = upright ? PHONE : PROJECTOR;
        // The bounds classroom-board, -compare and -count-limits hold: 24 px on the projector
        // (16 px at 1280×720); the count also 12 px upright.
        const label = `${language} ${size} ${upright ? 'upright' : viewport.width}`;
        const minFont = upright ? 0 : 24;
        await resize(page, viewport);
        if (!upright) problems.push(...(await sameOnLaptop(page, 'classroom-results')));
        problems.push(...(await checkPages(page, 'board', label, minFont)));
        await press(page, 'results.compare');
        await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
        problems.push(...(await checkPages(page, 'compare', label, minFont)));
        problems.push(...(await checkCount(page, label, upright ? 12 : 24, size !== 'large', [], !upright)));
      }
      expect(problems).toEqual([]);
    },
    900_000,
  );

  it.each(['fr', 'en'] as const)(
    'a hundred seats (the setup’s limit): the quotients’ and the seat order’s words keep to the side panel, shortened (%s, 1920×1080, normal and larger text)',
    async (language) => {
      // Typed once in French; each size's setDisplay below brings this case's language.
      const { page } = await hundredPage('landscape');
      const results = JSON.parse((await page.evaluate(() => document.body.dataset.classResults)) ?? '{}') as Record<
        string,
        string[]
      >;
      expect(results.dhondt).toHaveLength(10);
      const problems: string[] = [];
      for (const size of ['normal', 'larger'] as const) {
        await setDisplay(page, language, size);
        await press(page, 'results.compare');
        await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
        const said: string[] = [];
        problems.push(...(await checkCount(page, `${language} ${size} 100 seats`, 24, true, said)));
        // The seat order is shortened, not cut: its first seats named, then each list's seats.
        const from =
          language === 'fr' ? /(Des sièges \d+ à 100|Les 100 sièges)/ : /(Of seats \d+ to 100|The 100 seats)/;
        expect(
          said.some((text) => from.test(text)),
          `${language} ${size}: ${said.join(' | ')}`,
        ).toBe(true);
      }
      expect(problems).toEqual([]);
    },
    600_000,
  );

  it('a ballot file imported for three seats is counted with the several-seat methods, a wrong number refused by name', async () => {
    const g = await openDesk(session.browser, LAPTOP, { language: 'fr', reducedMotion: true });
    session.pages.push(g);
    const { page } = g;
    await press(page, 'home.import');
    await page.waitForSelector('#cr-file');
    // Five pupils ranking four lists: Nord first three times, Sud twice.
    const csv = 'Nord,Sud,Est,Ouest\n1,2,3,4\n1,3,2,4\n2,1,3,4\n1,2,4,3\n3,1,2,4\n';
    await page.setInputFiles('#cr-file', [{ name: 'conseil.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
    await page.fill('#cr-import-seats', '0');
    await press(page, 'import.read');
    await page.waitForSelector('[data-problem]:not([hidden])');
    expect(await page.locator('[data-problem]').textContent()).toContain('Sièges à pourvoir\u00a0: «\u00a0' + '0');
    await page.fill('#cr-import-seats', '3');
    await press(page, 'import.read');
    await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
    const results = JSON.parse((await page.evaluate(() => document.body.dataset.classResults)) ?? '{}') as Record<
      string,
      string[]
    >;
    // The setup's several-seat methods for three seats, no one-winner method.
    expect(Object.keys(results).sort()).toEqual(
      ['bloc-plurality', 'dhondt', 'largest-remainder', 'sainte-lague', 'stv'].sort(),
    );
    // First choices Nord 3, Sud 2: D'Hondt's quotients 3, 2, 1.5 give Nord two seats and Sud one.
    expect(results.dhondt).toEqual(['Nord', 'Sud']);
    expect(results.stv).toHaveLength(3);
    const figures = JSON.parse((await page.evaluate(() => document.body.dataset.classFigures)) ?? '{}') as Record<
      string,
      string[]
    >;
    expect(figures.dhondt.join(' ')).toMatch(/Sièges\u00a0: Nord 2 · Sud 1/);
    expect(await page.evaluate(() => document.body.dataset.classSummary)).not.toMatch(/égalité/i);
    await screenshot(page, 'seats-import-board-fr');
  }, 300_000);
});
