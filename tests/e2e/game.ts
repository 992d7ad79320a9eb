/**
 * Helpers for playing the game in the browser tests the way a player does: keys only, reading
 * what the DOM layer says (the aria-live region, the focused control) and where the game is
 * (`data-scene`, `data-beat` on <body>: the game's test probe, src/probe.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { StorageKey } from '../../src/game/keys.ts';
import { PROBE_EVENT, type ProbeName } from '../../src/probe.ts';
import { countElection, electionMethods } from '../../src/scenario/count.ts';
import { Electorates } from '../../src/scenario/preferences.ts';
import type { ElectionStepData, ScenarioData } from '../../src/scenario/schema.ts';

export interface SeedSettings {
  readonly language?: 'fr' | 'en';
  readonly textSpeed?: 'slow' | 'normal' | 'fast' | 'instant';
  readonly reducedMotion?: boolean;
  readonly volume?: number;
}

/** The campaign as far as a save says it went: the chapters finished, and how each ended. */
export interface SeedProgress {
  readonly chaptersDone: readonly string[];
  readonly endings?: Readonly<Record<string, string>>;
  /** The beach finale was seen (it then waits for its button instead of starting by itself). */
  readonly finaleSeen?: boolean;
}

/**
 * Starts every page of the context with these settings, as a player who set them earlier would
 * (written once: a reload keeps what the game saved since).
 */
export async function seedSettings(
  context: BrowserContext,
  settings: SeedSettings,
  run: { scenario: string; answers: unknown[] } | null = null,
  progress: SeedProgress = { chaptersDone: [] },
): Promise<void> {
  const save = {
    version: 1,
    state: {
      settings: {
        language: 'fr',
        textSize: 'normal',
        reducedMotion: false,
        highContrast: false,
        textSpeed: 'normal',
        ...settings,
      },
      progress: { endings: {}, ...progress },
      run: run ? { ...run, step: 0 } : null,
    },
  };
  await context.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [StorageKey.save, JSON.stringify(save)] as const,
  );
}

export async function scene(page: Page): Promise<string> {
  return page.evaluate(() => document.body.dataset.scene ?? '');
}

export async function beat(page: Page): Promise<string> {
  return page.evaluate(() => `${document.body.dataset.scene}|${document.body.dataset.beat ?? ''}`);
}

export async function live(page: Page): Promise<string> {
  return (await page.locator('#a11y').innerText()).trim();
}

export async function focused(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.control);
}

export async function waitForScene(page: Page, key: string, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`body[data-scene="${key}"]`, { timeout });
}

/** What a probe should say: its exact text, `null` for absent, or a pattern its text matches. */
export type ProbeWant = string | null | RegExp;

/**
 * Waits until the game's test probe (src/probe.ts: `data-*` on <body>) says `want` for `name`
 * (the camelCase name, as ProbeMap spells it), and returns its text. The attribute is read, not
 * the event, so that a change made before the wait began is not missed.
 */
export async function waitForProbe(
  page: Page,
  name: ProbeName,
  want: ProbeWant,
  timeout = 30_000,
): Promise<string | undefined> {
  const pattern = want instanceof RegExp ? { source: want.source, flags: want.flags } : null;
  const handle = await page.waitForFunction(
    ({ name, exact, pattern }) => {
      const text = document.body.dataset[name];
      const ok = pattern
        ? text !== undefined && new RegExp(pattern.source, pattern.flags).test(text)
        : exact === null
          ? text === undefined
          : text === exact;
      return ok ? { text } : false;
    },
    { name, exact: want instanceof RegExp ? null : want, pattern },
    { timeout },
  );
  return ((await handle.jsonValue()) as { text?: string }).text;
}

/**
 * Arms a listener for the probe's next change of `name` (its `crustaces:probe` event), for a
 * change that an action is about to cause: `const next = await nextProbe(page, 'beat'); press; await next`.
 * Resolves with the new text (undefined once removed).
 */
export async function nextProbe(page: Page, name: ProbeName, timeout = 30_000): Promise<Promise<string | undefined>> {
  const slot = `__probe_${name}_${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ({ name, slot, event }) => {
      const w = window as unknown as Record<string, unknown>;
      const listener = (e: Event): void => {
        const detail = (e as CustomEvent<{ name: string; value: string | undefined }>).detail;
        if (detail.name !== name) return;
        document.removeEventListener(event, listener);
        w[slot] = { value: detail.value };
      };
      document.addEventListener(event, listener);
    },
    { name, slot, event: PROBE_EVENT },
  );
  return page
    .waitForFunction((slot) => (window as unknown as Record<string, unknown>)[slot], slot, { timeout })
    .then(async (handle) => ((await handle.jsonValue()) as { value?: string }).value);
}

/**
 * Opens the game as a player who stopped in a chapter: the run's answers and the bookmark
 * (`cursor` entries shown after the last answer) are saved before the page loads, then the
 * title's "Continue" brings the dialogue back where it was. The caller waits for its own screen.
 */
export async function resumeChapter(
  page: Page,
  context: BrowserContext,
  at: { scenario: string; answers: unknown[]; cursor: number; lang: 'fr' | 'en'; url: string },
): Promise<void> {
  await seedSettings(
    context,
    { language: at.lang, textSpeed: 'instant', reducedMotion: true },
    { scenario: at.scenario, answers: at.answers },
  );
  const bookmark = JSON.stringify({ scenario: at.scenario, answers: at.answers.length, cursor: at.cursor });
  await context.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [StorageKey.bookmark, bookmark] as const,
  );
  await page.goto(at.url);
  await waitForTitle(page);
  await page.keyboard.press('Enter'); // Continue
  // The story comes back on a line, on the coast (a bookmark at a move) or at a vote; resuming
  // replays every answer and count before it (chapter 9: Burlington's 8,980 ballots, several times),
  // which on a loaded machine takes longer than the usual 30 s.
  await page.waitForSelector(['dialogue', 'coast', 'election'].map((s) => `body[data-scene="${s}"]`).join(', '), {
    timeout: 90_000,
  });
}

export async function waitForTitle(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="title"]', { timeout: 30_000 });
}

/** Waits until the focus rests on a control (the scene is ready for the next key). */
export async function waitForFocus(page: Page, control?: string, timeout = 15_000): Promise<string> {
  const handle = await page.waitForFunction(
    (want) => {
      const id = (document.activeElement as HTMLElement | null)?.dataset?.control;
      return id !== undefined && (want === undefined || id === want) ? id : undefined;
    },
    control,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * Presses Enter on a dialogue line and waits until the next one is said (the live region's
 * text changes: the line is then shown and the scene takes the next key).
 */
export async function enterToNextLine(page: Page, timeout = 15_000): Promise<void> {
  const said = (): string => (document.querySelector('#a11y')?.textContent ?? '').trim();
  const before = await page.evaluate(said);
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => (document.querySelector('#a11y')?.textContent ?? '').trim() !== b, before, {
    timeout,
  });
}

/**
 * Waits until the page has drawn `frames` more frames: the game has had that many steps to act on
 * what was just done. Counted in frames, not milliseconds, so that a slow machine waits as many
 * of the game's steps as a fast one.
 */
export async function framesLater(page: Page, frames = 3): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const step = (left: number): void => {
          if (left <= 0) resolve();
          else requestAnimationFrame(() => step(left - 1));
        };
        step(frames);
      }),
    frames,
  );
}

/** The probe's turn: how many times the game has settled to wait for the player's next key. */
export async function turn(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset.turn ?? 0));
}

/** How many times a screen (a scene's key, or `end`) became interactive since the page loaded (the probe's `entered`). */
export async function entered(page: Page, screen: string): Promise<number> {
  const counts = await page.evaluate(() => document.body.dataset.entered ?? '{}');
  return (JSON.parse(counts) as Record<string, number>)[screen] ?? 0;
}

/**
 * Presses `key` and waits until the game has acted on it and waits for the next key: the probe's
 * turn grew. The game counts a turn only once the next screen or line is drawn and takes keys, so
 * a loop of these never presses through a scene that is still starting. (A key that came while
 * the game was busy is lost, but the game still settles: the loop then simply presses again.)
 */
export async function pressAndWait(page: Page, key = 'Enter', timeout = 30_000): Promise<void> {
  const before = await turn(page);
  await page.keyboard.press(key);
  try {
    await page.waitForFunction((b) => Number(document.body.dataset.turn ?? 0) > b, before, { timeout });
  } catch (error) {
    const where = `${await beat(page)} (focus: ${(await focused(page)) ?? 'none'}): ${await live(page)}`;
    throw new Error(`${key} did not bring the game to its next turn at ${where}`, { cause: error });
  }
}

/**
 * Presses Enter (the player reading on, or taking the focused choice) until `done` holds,
 * at most `max` times; returns the number of presses. Each press waits for the game's next turn.
 */
export async function enterUntil(page: Page, done: () => Promise<boolean>, max = 400): Promise<number> {
  for (let i = 0; i < max; i++) {
    if (await done()) return i;
    await pressAndWait(page);
  }
  throw new Error(`still not there after ${max} presses: ${await beat(page)} — ${await live(page)}`);
}

/** One method as the results' DOM layer lists it: its id, the winners' ids, the button's text. */
export interface ShownOutcome {
  readonly method: string;
  readonly winners: string[];
  readonly text: string;
}

export async function resultsShown(page: Page): Promise<ShownOutcome[]> {
  await page.waitForSelector('[data-control^="results.method."]', { state: 'attached' });
  const shown = await page.locator('[data-control^="results.method."]').evaluateAll((buttons) =>
    buttons.map((b) => ({
      method: (b as HTMLElement).dataset.method ?? '',
      winners: (b as HTMLElement).dataset.winners ?? '',
      text: b.textContent ?? '',
    })),
  );
  return shown.map((o) => ({ ...o, winners: o.winners.split(',').filter(Boolean).sort() }));
}

/**
 * The winners the engine counts here in Node for one of a scenario's elections, method by
 * method, as the runner counts it (`all`: every applicable method, as the bench page's &all=1).
 */
export function engineWinners(s: ScenarioData, electionId: string, all = false): Map<string, string[]> {
  const step = s.steps.find((x): x is ElectionStepData => x.type === 'election' && x.id === electionId)!;
  const setup: ElectionStepData = all ? { ...step, method: undefined, choose: undefined, compare: 'all' } : step;
  const counted = countElection(s, new Electorates(s), setup, electionMethods(s, setup));
  return new Map(counted.counts.map((k) => [k.method, [...k.winners].sort()]));
}
