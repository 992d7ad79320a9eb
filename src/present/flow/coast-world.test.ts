import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import { residentLine } from './coast-talk.ts';
import { finale, gathered, landmarks, type CoastProgress } from './coast-world.ts';

/** The endings each shipped chapter can reach (its `end` steps), so the mapping follows the real chapters. */
const endingsOf = new Map(
  readdirSync('scenarios')
    .filter((f) => /^chapter-\d+-.*\.json$/.test(f))
    .map((f) => {
      const s = loadScenarioText(readFileSync(`scenarios/${f}`, 'utf8')).scenario!;
      return [s.id, s.steps.flatMap((st) => (st.type === 'end' && st.ending ? [st.ending] : []))] as const;
    }),
);

const none: CoastProgress = { chaptersDone: [], endings: {} };
const after = (endings: Record<string, string>): CoastProgress => ({ chaptersDone: Object.keys(endings), endings });

describe('the coast as the story left it', () => {
  it('shows nothing new before the first chapter, and greets a newcomer', () => {
    expect(landmarks(none)).toEqual([]);
    expect(finale(none)).toBeUndefined();
    expect(residentLine('homere', none)).toBe('world.homere.new');
    expect(residentLine('bigorne', none)).toBe('world.bigorne.new');
    expect(residentLine('kriek', none)).toBeUndefined();
  });

  it('puts each ending of the storm night at its shelter', () => {
    const places = endingsOf.get('chapter-1')!.map((e) => landmarks(after({ 'chapter-1': e }))[0]?.place);
    expect(places.sort()).toEqual(['dune', 'harbour', 'kelp-forest']);
    expect(residentLine('bigorne', after({ 'chapter-1': 'dune' }))).toBe('world.bigorne.dune');
    expect(residentLine('bigorne', after({ 'chapter-1': 'forest' }))).toBe('world.bigorne.lost');
  });

  it('lights the lighthouse for the keeper the player’s run elected, paints the mural, seats the council', () => {
    for (const keeper of endingsOf.get('chapter-6')!) {
      const here = landmarks(after({ 'chapter-6': keeper }));
      expect(here).toEqual([{ place: 'harbour', kind: 'lighthouse', text: `world.lighthouse.${keeper}` }]);
    }
    expect(residentLine('maia', after({ 'chapter-6': 'maia' }))).toBe('world.maia.keeper');
    expect(residentLine('maia', after({ 'chapter-6': 'tourteau' }))).toBe('world.maia.tea');
    for (const mural of endingsOf.get('chapter-7')!)
      expect(landmarks(after({ 'chapter-7': mural })).map((l) => [l.place, l.kind])).toEqual([['harbour', 'mural']]);
    const councils = endingsOf.get('chapter-8')!.map((e) => landmarks(after({ 'chapter-8': e }))[0]);
    expect(councils.map((l) => l.place)).toEqual(councils.map(() => 'reef-council'));
    expect(new Set(councils.map((l) => l.text)).size).toBe(councils.length);
  });

  it('a chapter not finished changes nothing, even with an ending left from elsewhere', () => {
    expect(landmarks({ chaptersDone: [], endings: { 'chapter-6': 'maia' } })).toEqual([]);
  });

  it('ends on a finale that recalls the player’s own outcomes, only after chapter 9', () => {
    const run = { 'chapter-1': 'wreck', 'chapter-6': 'tourteau', 'chapter-8': 'bonus' };
    expect(finale(after(run))).toBeUndefined();
    const lines = finale(after({ ...run, 'chapter-9': 'majority-judgment' }))!;
    expect(lines.map((l) => l.key)).toEqual([
      'world.finale.intro',
      'world.finale.shelter.wreck',
      'world.finale.lighthouse.tourteau',
      'world.finale.council.bonus',
      'world.finale.rule',
      'world.finale.end',
    ]);
    expect(lines[4].rule).toBe('world.finale.rule.majority-judgment');
    // Cigale announces; whom each outcome is about steps forward; Homère says the last word.
    expect(lines.map((l) => [l.speaker, l.about])).toEqual([
      [undefined, undefined],
      ['cigale', 'balthazar'],
      ['cigale', 'tourteau'],
      ['cigale', 'etrille'],
      ['cigale', 'homere'],
      ['homere', undefined],
    ]);
    expect(gathered(lines)).toEqual(['cigale', 'homere', 'perle', 'balthazar', 'tourteau', 'etrille']);
    // Every rule chapter 9 can end on has its name.
    for (const rule of endingsOf.get('chapter-9')!)
      expect(coastWorldMessages.fr).toHaveProperty(`world.finale.rule.${rule}`);
  });

  it('has a finale line for every ending of chapters 1 to 9 (a mural of no named project excepted)', () => {
    for (const [chapter, endings] of endingsOf) {
      for (const ending of endings) {
        if (chapter === 'chapter-7' && ending === 'other') continue;
        const lines = finale(after({ [chapter]: ending, 'chapter-9': chapter === 'chapter-9' ? ending : 'star' }))!;
        const own = lines.filter((l) => l.key !== 'world.finale.intro' && l.key !== 'world.finale.end');
        expect(own.length, `${chapter} ${ending}`).toBe(chapter === 'chapter-9' ? 1 : 2);
        for (const l of own) expect(coastWorldMessages.fr).toHaveProperty(l.key);
      }
    }
  });
});
