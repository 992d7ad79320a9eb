/**
 * The coast remembers the story: with a save whose chapters 1 to 9 are finished (and how each
 * ended), the places show their landmarks; the characters at home are talked to on purpose (T,
 * their button, or a tap on them on a phone) and answer in a bubble on the coast and to the screen
 * reader; and the finale is staged on the beach (it starts by itself the first time, replays from
 * its button), its lines the outcomes of the save, by keyboard in French and English and by touch.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { focused, framesLater, live, waitForFocus, waitForProbe, waitForScene } from './game.ts';
import { openCoast } from './open-coast.ts';
import { overlap, surfaceToPage } from './layout-checks.ts';
import { canvasTexts } from './classroom-helpers.ts';
import { coastWorldMessages } from '../../src/i18n/messages/coast-world.ts';
import { finale } from '../../src/present/flow/coast-world.ts';
import type { HitArea } from '../../src/game/ui/hit-areas.ts';

const session = browserPerFile();

const ENDINGS = {
  'chapter-1': 'wreck',
  'chapter-2': 'etrille',
  'chapter-3': 'salad',
  'chapter-6': 'tourteau',
  'chapter-7': 'portrait',
  'chapter-8': 'bonus',
  'chapter-9': 'majority-judgment',
};
const DONE = [...Object.keys(ENDINGS), 'chapter-4', 'chapter-5'];
const PHONE = { width: 390, height: 844 };

interface CoastSave {
  readonly endings: Record<string, string>;
  readonly finaleSeen?: boolean;
  readonly viewport?: { width: number; height: number };
  readonly touch?: boolean;
}

/** The free walk on the coast with a save of the whole campaign finished (or only chapter 1). */
async function openWorld(language: 'fr' | 'en', save: CoastSave): Promise<Page> {
  const all = Object.keys(save.endings).length > 1;
  const page = await openCoast(session, inject('baseURL'), {
    language,
    viewport: save.viewport ?? { width: 1280, height: 720 },
    touch: save.touch ?? false,
    progress: {
      chaptersDone: all ? DONE : Object.keys(save.endings),
      endings: save.endings,
      ...(save.finaleSeen ? { finaleSeen: true } : {}),
    },
  });
  await waitForProbe(page, 'landmarks', /./);
  return page;
}

/** The residents' talk buttons at the crab's place. */
function residentsHere(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-control^="coast.talk."]')].map((b) => b.dataset.control ?? ''),
  );
}

/** Waits until the screen-reader layer says `text`. */
async function saysSoon(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('#a11y')?.textContent?.includes(t) ?? false, text, {
    timeout: 15_000,
  });
}

/** The finale's lines as the player's save makes them, in the player's language. */
function finaleLines(language: 'fr' | 'en'): string[] {
  const table = coastWorldMessages[language] as Record<string, string>;
  const lines = finale({ chaptersDone: DONE, endings: ENDINGS })!;
  return lines.map((l) => (l.rule ? table[l.key].replace('{rule}', table[l.rule]) : table[l.key]));
}

async function hitAreas(page: Page): Promise<HitArea[]> {
  await framesLater(page, 4);
  return page.evaluate(() => (window as unknown as { crustacesHitAreas: () => HitArea[] }).crustacesHitAreas());
}

/** Every control a finger can reach is at least 44 CSS px square and overlaps no other. */
function fingerProblems(areas: readonly HitArea[]): string[] {
  const problems: string[] = [];
  for (const a of areas) if (a.w < 44 || a.h < 44) problems.push(`too small: ${a.name} ${a.w}×${a.h}`);
  for (let i = 0; i < areas.length; i++)
    for (let j = i + 1; j < areas.length; j++)
      if (overlap(areas[i], areas[j]) > 0) problems.push(`overlap: ${areas[i].name} and ${areas[j].name}`);
  return problems;
}

/** The signs and buttons the speech bubble covers (measured: the bubble's box against their hit areas). */
async function bubbleCovers(page: Page): Promise<string[]> {
  const box = await waitForProbe(page, 'talkBubble', /./);
  const [x, y, w, h] = box!.split(',').map(Number);
  // The probe is in the surface's pixels, the hit areas in the page's CSS pixels.
  const surface = Number((await page.evaluate(() => document.body.dataset.coastMap))!.split(',')[0]);
  const bubble = (await surfaceToPage(page, surface))({ x, y, w, h });
  return (await hitAreas(page))
    .filter((a) => a.name.startsWith('coast.chapter.') || a.name === 'coast.menu' || a.name === 'coast.finale')
    .filter((a) => overlap(a, bubble) > 0)
    .map((a) => a.name);
}

async function tap(page: Page, areas: readonly HitArea[], name: string): Promise<void> {
  const a = areas.find((one) => one.name === name);
  expect(a, name).toBeDefined();
  await page.touchscreen.tap(a!.x + a!.w / 2, a!.y + a!.h / 2);
}

describe('the coast as the story left it', () => {
  it(
    'shows the landmarks, and the residents talk when asked: T goes round, their button too',
    { timeout: 120_000 },
    async () => {
      const page = await openWorld('fr', { endings: ENDINGS, finaleSeen: true });
      expect(await waitForProbe(page, 'landmarks', /lighthouse/)).toBe(
        'harbour:shelter,rock-pool:speaker,harbour:lighthouse,harbour:mural,reef-council:council',
      );
      // Arriving at the beach says who lives here and how to talk, on a keyboard; the focus starts on
      // the beach's sign (never on the page's body until a Tab), which is said too.
      await saysSoon(page, coastWorldMessages.fr['world.talk.hint.keys']);
      expect(await focused(page)).toBe('coast.chapter.1');
      await saysSoon(page, 'Un panneau\u00a0: chapitre 1,');
      await page.waitForSelector('[data-control="coast.talk.perle"]', { state: 'attached' });
      expect(await page.locator('[data-control="coast.finale"]').textContent()).toBe(
        coastWorldMessages.fr['world.finale.again'],
      );
      // Nobody speaks until asked.
      expect(await page.evaluate(() => document.body.dataset.talk)).toBeUndefined();
      await page.keyboard.press('t');
      expect(await waitForProbe(page, 'talk', /^perle:/)).toBe('perle:world.perle.done');
      await saysSoon(page, `Perle\u00a0: «\u00a0${coastWorldMessages.fr['world.perle.done']}\u00a0»`);
      expect(await bubbleCovers(page)).toEqual([]);
      await screenshot(page, 'coast-talk-fr');
      await page.keyboard.press('t');
      expect(await waitForProbe(page, 'talk', /^archet:/)).toBe('archet:world.archet.song');
      // A resident's own button (Tab reaches it; Enter talks).
      await page.focus('[data-control="coast.talk.grisette"]');
      await page.keyboard.press('Enter');
      expect(await waitForProbe(page, 'talk', /^grisette:/)).toBe('grisette:world.grisette.count');
      await saysSoon(page, coastWorldMessages.fr['world.grisette.count']);
      // Tab to a sign elsewhere walks the crab there: « here » is where the focus is. Chapter 7's sign
      // is the harbour's second; the focus stays on it (the harbour's first sign must not take it).
      const beach = await residentsHere(page);
      for (let i = 0; i < 40 && (await focused(page)) !== 'coast.chapter.7'; i++) await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('coast.chapter.7');
      await page.waitForFunction((before) => {
        const here = [...document.querySelectorAll<HTMLElement>('[data-control^="coast.talk."]')];
        return here.length > 0 && here.every((b) => !before.includes(b.dataset.control ?? ''));
      }, beach);
      const harbour = await residentsHere(page);
      // What the harbour shows is written along the top, over no sign and not under the Menu.
      await waitForProbe(page, 'coastTalk', 'harbour');
      const caption = (await canvasTexts(page, 'coast')).find((b) =>
        b.text.includes(coastWorldMessages.fr['world.shelter.wreck']),
      );
      expect(caption).toBeDefined();
      const covered = (await hitAreas(page)).filter(
        (a) => (a.name.startsWith('coast.chapter.') || a.name === 'coast.menu') && overlap(a, caption!) > 0,
      );
      expect(covered.map((a) => a.name)).toEqual([]);
      expect(await focused(page)).toBe('coast.chapter.7');
      await page.keyboard.press('t');
      const spoke = await waitForProbe(page, 'talk', /^(?!grisette:)/);
      expect(harbour).toContain(`coast.talk.${spoke?.split(':')[0]}`);
      // Escape still opens the pause menu.
      await page.keyboard.press('Escape');
      expect(await waitForFocus(page, 'pause.resume')).toBe('pause.resume');
    },
  );

  it(
    'plays the finale on the beach the first time, line by line by keyboard, and goes on to the credits',
    { timeout: 120_000 },
    async () => {
      const page = await openWorld('fr', { endings: ENDINGS });
      const lines = finaleLines('fr');
      expect(lines).toHaveLength(9);
      expect(await waitForProbe(page, 'finale', `1/${lines.length}`)).toBe(`1/${lines.length}`);
      await saysSoon(page, lines[0]);
      expect(await waitForFocus(page, 'coast.finale.next')).toBe('coast.finale.next');
      for (let i = 1; i < lines.length; i++) {
        await page.keyboard.press(i % 2 === 0 ? 'Enter' : ' ');
        await waitForProbe(page, 'finale', `${i + 1}/${lines.length}`);
        expect(await live(page)).toContain(lines[i]);
        if (i === 4) await screenshot(page, 'coast-finale-fr');
      }
      expect(lines[7]).toBe('Et l’anse a choisi sa règle\u00a0: le jugement majoritaire.');
      await page.keyboard.press('Enter');
      await waitForProbe(page, 'finale', 'end');
      await screenshot(page, 'coast-finale-end-fr');
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('democratie-et-crustaces')!));
      expect(saved.state.progress.finaleSeen).toBe(true);
      expect(await waitForFocus(page, 'coast.finale.credits')).toBe('coast.finale.credits');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'credits');
    },
  );

  it(
    'replays the finale from its button in English; Escape pauses it; it closes back on the coast',
    { timeout: 120_000 },
    async () => {
      const page = await openWorld('en', { endings: ENDINGS, finaleSeen: true });
      await page.waitForSelector('[data-control="coast.finale"]', { state: 'attached' });
      // Seen already: it waits for the player.
      expect(await page.evaluate(() => document.body.dataset.finale)).toBeUndefined();
      await page.focus('[data-control="coast.finale"]');
      await page.keyboard.press('Enter');
      const lines = finaleLines('en');
      await waitForProbe(page, 'finale', `1/${lines.length}`);
      await page.keyboard.press('Enter');
      await waitForProbe(page, 'finale', `2/${lines.length}`);
      expect(await live(page)).toContain(`Cigale: “${coastWorldMessages.en['world.finale.shelter.wreck']}”`);
      await page.keyboard.press('Escape');
      expect(await waitForFocus(page, 'pause.resume')).toBe('pause.resume');
      await page.keyboard.press('Enter');
      expect(await waitForFocus(page, 'coast.finale.next')).toBe('coast.finale.next');
      for (let i = 2; i < lines.length; i++) {
        await page.keyboard.press('Enter');
        await waitForProbe(page, 'finale', `${i + 1}/${lines.length}`);
        expect(await live(page)).toContain(lines[i]);
      }
      expect(lines[7]).toBe('And the cove chose its rule: majority judgment.');
      await screenshot(page, 'coast-finale-en');
      await page.keyboard.press('Enter');
      await waitForProbe(page, 'finale', 'end');
      await page.focus('[data-control="coast.finale.back"]');
      await page.keyboard.press('Enter');
      await waitForProbe(page, 'finale', null);
      expect(await waitForFocus(page)).not.toBe('');
      await page.keyboard.press('t');
      expect(await waitForProbe(page, 'talk', /^perle:/)).toBe('perle:world.perle.done');
    },
  );

  it(
    'on a phone: no key hint, a tap talks to a character, and the finale plays by taps',
    { timeout: 120_000 },
    async () => {
      const page = await openWorld('en', { endings: ENDINGS, finaleSeen: true, viewport: PHONE, touch: true });
      await saysSoon(page, coastWorldMessages.en['world.talk.hint.touch']);
      expect(await live(page)).not.toContain(coastWorldMessages.en['world.talk.hint.keys']);
      await page.waitForSelector('[data-control="coast.talk.dromie"]', { state: 'attached' });
      let areas = await hitAreas(page);
      expect(areas.filter((a) => a.name.startsWith('coast.talk.')).map((a) => a.name)).toEqual([
        'coast.talk.perle',
        'coast.talk.archet',
        'coast.talk.dromie',
        'coast.talk.grisette',
      ]);
      expect(fingerProblems(areas)).toEqual([]);
      await tap(page, areas, 'coast.talk.dromie');
      expect(await waitForProbe(page, 'talk', /^dromie:/)).toBe('dromie:world.dromie.wait');
      await saysSoon(page, `Dromie: “${coastWorldMessages.en['world.dromie.wait']}”`);
      expect(await bubbleCovers(page)).toEqual([]);
      await screenshot(page, 'coast-talk-phone-en');
      await tap(page, areas, 'coast.finale');
      const lines = finaleLines('en');
      await waitForProbe(page, 'finale', `1/${lines.length}`);
      areas = await hitAreas(page);
      expect(areas.map((a) => a.name)).toContain('coast.finale.next');
      expect(fingerProblems(areas)).toEqual([]);
      for (let i = 1; i < lines.length; i++) {
        // Anywhere on the screen goes on, as in dialogue.
        await page.touchscreen.tap(PHONE.width / 2, 120);
        await waitForProbe(page, 'finale', `${i + 1}/${lines.length}`);
        expect(await live(page)).toContain(lines[i]);
      }
      await screenshot(page, 'coast-finale-phone-en');
      await page.touchscreen.tap(PHONE.width / 2, 120);
      await waitForProbe(page, 'finale', 'end');
      areas = await hitAreas(page);
      expect(fingerProblems(areas)).toEqual([]);
      await screenshot(page, 'coast-finale-end-phone-en');
      await tap(page, areas, 'coast.finale.back');
      await waitForProbe(page, 'finale', null);
    },
  );

  it('has no finale before chapter 9, and shows only what chapter 1 left', { timeout: 120_000 }, async () => {
    const page = await openWorld('fr', { endings: { 'chapter-1': 'dune' }, viewport: PHONE });
    expect(await waitForProbe(page, 'landmarks', /shelter/)).toBe('dune:shelter');
    expect(await page.locator('[data-control="coast.finale"]').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.finale)).toBeUndefined();
    await screenshot(page, 'coast-world-phone-fr');
  });
});
