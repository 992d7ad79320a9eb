/**
 * The vote's heading in a real browser (the bench page's build, which opens one election of a
 * shipped chapter): a name, not the question the story asks, and no text of the heading overlaps
 * another (the prompt's words, the legend) — chapters 6 and 7, whose prompts are long questions,
 * and chapter 1, on a laptop and on a phone held upright, in French and in English.
 */
import { describe, expect, it } from 'vitest';
import { benchPerFile } from './browser-bench.ts';
import { loadChapter } from './chapter-run.ts';
import { screenshot } from './browser.ts';
import { overlap, type Box } from './layout-checks.ts';
import { electionHeading } from '../../src/present/count/election-heading.ts';
import { countMessages } from '../../src/i18n/messages/count.ts';

const bench = benchPerFile();

const LAPTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

describe.each([
  ['chapter-6-majority-judgment', 'keeper', LAPTOP, 'fr'],
  ['chapter-6-majority-judgment', 'profiles', PHONE, 'en'],
  ['chapter-7-star', 'mural', LAPTOP, 'en'],
  ['chapter-7-star', 'mural-tactic', PHONE, 'fr'],
  ['chapter-1-first-vote', 'trial', PHONE, 'fr'],
  ['chapter-1-first-vote', 'duel', PHONE, 'en'],
] as const)('the vote of %s / %s', (name, election, viewport, lang) => {
  it(
    `is headed by a name, and nothing in its heading overlaps (${viewport.width} px, ${lang})`,
    { timeout: 120_000 },
    async () => {
      const scenario = loadChapter(name);
      const step = scenario.steps.find((s) => s.type === 'election' && s.id === election)!;
      const prompt = step.type === 'election' && step.prompt ? scenario.texts[lang][step.prompt] : '';
      const g = await bench.open(
        lang,
        `scenario=${name}&election=${election}&motion=reduced&renderer=canvas`,
        viewport,
      );
      await g.page.waitForSelector('body[data-count-ready="election"]', { state: 'attached', timeout: 30_000 });
      const boxes = (
        await g.page.evaluate(() => (window as unknown as { crustacesTextBoxes: () => Box[] }).crustacesTextBoxes())
      ).filter((b) => b.scene === 'election' && !b.control);
      const heading = electionHeading(prompt, countMessages[lang]['count.election.title']);
      const title = boxes.find((b) => b.text === heading.title);
      expect(title, `title ${heading.title}`).toBeDefined();
      // Never the question itself as the title.
      expect(
        boxes.every((b) => b.fontPx < title!.fontPx || b === title || b.text !== prompt || heading.title === prompt),
      ).toBe(true);
      if (/\?\s*$/.test(prompt)) expect(title!.text).not.toBe(prompt);
      // The heading block (title, the prompt's words, the legend's names) has no two texts on each other.
      const top = boxes.filter((b) => b.y < title!.y + 260);
      const clashes: string[] = [];
      for (let i = 0; i < top.length; i++)
        for (let j = i + 1; j < top.length; j++)
          if (overlap(top[i], top[j]) > 0) clashes.push(`${top[i].text} × ${top[j].text}`);
      expect(clashes).toEqual([]);
      await screenshot(g.page, `election-title-${name}-${election}-${viewport.width}-${lang}`);
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    },
  );
});
