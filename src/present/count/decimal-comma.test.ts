/**
 * Numbers as each language writes them: every sentence of every count frame (the step's
 * explanation, what the chart says beyond its bars) and of the results screen, for every
 * election of every shipped scenario counted with every method its ballots allow, uses the
 * decimal comma in French (12,5) and the decimal point in English (12.5).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioElection, scenarioOf } from '../bench/election.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { LANGS, type Lang } from '../../i18n/format.ts';
import { countFrames } from './frames.ts';
import { chartLines } from './chart-lines.ts';
import { compareCounts } from './compare.ts';
import { resultsTexts } from './happened-text.ts';

const DIR = new URL('../../../scenarios/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

/** A number written the other language's way: 2.5 in French; 2,5 in English (1,000 is English). */
const FOREIGN: Readonly<Record<Lang, RegExp>> = {
  fr: /\d\.\d/,
  en: /\d,(?:\d{1,2}|\d{4,})(?!\d)/,
};

function sentences(file: string, lang: Lang): string[] {
  const scenario = scenarioOf(readFileSync(new URL(file, DIR), 'utf8'));
  const out: string[] = [];
  for (const step of scenario.steps) {
    if (step.type !== 'election') continue;
    const { entry } = scenarioElection(scenario, step.id, true);
    const words = new ScenarioWords(scenario, lang, entry);
    for (const count of entry.counted.counts) {
      if (!count.result) continue;
      for (const frame of countFrames(count.result)) {
        out.push(words.explain(frame.step));
        if (frame.view.kind === 'bars') out.push(...chartLines(words, frame.view));
      }
    }
    const results = resultsTexts(words, compareCounts(entry.counted));
    out.push(...results.happened, ...results.facts, ...results.reasons);
  }
  return out;
}

describe('numbers in the count and results sentences', () => {
  it('the check can fail: it sees a point in French and a comma in English', () => {
    expect(FOREIGN.fr.test('12.5 voix')).toBe(true);
    expect(FOREIGN.fr.test('12,5 voix')).toBe(false);
    expect(FOREIGN.en.test('12,5 votes')).toBe(true);
    expect(FOREIGN.en.test('1,000 votes, 12.5 each')).toBe(false);
  });

  it('sees fractions at all: the council’s transferable votes are written 12,5 in French', () => {
    const council = sentences('chapter-8-council.json', 'fr');
    expect(council.some((s) => /\d,\d/.test(s))).toBe(true);
    expect(sentences('chapter-8-council.json', 'en').some((s) => /\d\.\d/.test(s))).toBe(true);
  });

  describe.each(FILES)('%s', (file) => {
    it.each(LANGS)('in %s', (lang) => {
      const all = sentences(file, lang);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((s) => FOREIGN[lang].test(s))).toEqual([]);
    });
  });
});
