import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from './load.ts';
import { Electorates } from './preferences.ts';
import { countElection, electionMethods } from './count.ts';
import type { ElectionStepData, ScenarioData } from './schema.ts';
import type { ElectionEntry } from './entries.ts';
import { ScenarioWords } from './words.ts';
import { chapterStyles } from './chapter-styles.ts';

const CHAPTERS = [
  'chapter-1-first-vote',
  'chapter-2-two-rounds',
  'chapter-3-instant-runoff',
  'chapter-4-points-and-duels',
  'chapter-5-approve-and-grade',
  'chapter-6-majority-judgment',
  'chapter-7-star',
  'chapter-8-council',
  'chapter-9-real-election',
];

function load(name: string): ScenarioData {
  return loadScenarioText(readFileSync(`scenarios/${name}.json`, 'utf8')).scenario!;
}

/** Every election of the chapter as the count scenes get it (its entry), counted here. */
function entries(s: ScenarioData): ElectionEntry[] {
  const voters = new Electorates(s);
  return s.steps
    .filter((x): x is ElectionStepData => x.type === 'election')
    .map(
      (step) =>
        ({
          type: 'election',
          election: step.id,
          mode: 'compare',
          counted: countElection(s, voters, step, electionMethods(s, step)),
        }) as ElectionEntry,
    );
}

describe('one colour and shape per option for a whole chapter', () => {
  it.each(CHAPTERS)(
    '%s: an option has the same style in every election, and two options of one election never share one',
    (name) => {
      const s = load(name);
      const seen = new Map<string, number>();
      for (const entry of entries(s)) {
        const words = new ScenarioWords(s, 'fr', entry);
        const styles = entry.counted.candidates.map((c) => words.styleIndex(c));
        expect(new Set(styles).size, `${entry.election}: distinct styles`).toBe(styles.length);
        for (const c of entry.counted.candidates) {
          const style = words.styleIndex(c);
          if (seen.has(c)) expect(style, `${c} in ${entry.election}`).toBe(seen.get(c));
          seen.set(c, style);
        }
      }
    },
  );

  it('chapter 1: the wreck keeps its style in the final vote against the dune alone', () => {
    const s = load('chapter-1-first-vote');
    const styles = chapterStyles(s);
    const all = entries(s);
    const trial = all.find((e) => e.election === 'trial')!;
    const finalWreck = all.find((e) => e.election === 'final-wreck')!;
    expect(new ScenarioWords(s, 'en', finalWreck).styleIndex('wreck')).toBe(
      new ScenarioWords(s, 'en', trial).styleIndex('wreck'),
    );
    expect(styles.get('wreck')).toBe(new ScenarioWords(s, 'en', trial).styleIndex('wreck'));
  });
});
