/**
 * How the election screen opens its box, read off chapter 8's run: the lists' first vote is cast,
 * a count on the same ballots is a recount, and a lottery (the panel drawn by sortition) opens
 * on the names it draws from — never as voters casting ballots, never as « the same 100 ballots ».
 */
import { describe, expect, it } from 'vitest';
import { playedInTurn, shippedChapter } from '../../scenario/testing/shipped.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { boxCaption, boxLines, boxOpening } from './ballot-box.ts';

const council = shippedChapter('chapter-8-council');

describe('the box an election opens on', () => {
  const runner = playedInTurn(council);
  const entry = (id: string) => {
    const e = runner.election(id);
    if (!e) throw new Error(`chapter 8 did not count ${id}`);
    return e;
  };

  it('casts the lists’ first vote and recounts the second round’s seats on the same ballots', () => {
    expect(boxOpening(entry('lists'))).toEqual({ kind: 'cast', changed: false });
    expect(boxOpening(entry('round2')).kind).toBe('recount');
  });

  it('opens every lottery on the names it draws from, whatever ballots came before', () => {
    for (const id of ['panel', 'panel-crabs', 'panel-shrimps']) {
      const e = entry(id);
      expect(boxOpening(e)).toEqual({ kind: 'draw', names: e.counted.candidates.length });
    }
  });

  it('says so in French and in English', () => {
    const crabs = entry('panel-crabs');
    const fr = new ScenarioWords(council, 'fr', crabs);
    const en = new ScenarioWords(council, 'en', crabs);
    expect(boxCaption(fr, boxOpening(crabs))).toBe('5 noms dans l’urne');
    expect(boxLines(fr, boxOpening(crabs))).toEqual(['Personne ne vote\u00a0: le sort tire les noms un par un.']);
    expect(boxCaption(en, boxOpening(crabs))).toBe('5 names in the box');
    expect(boxLines(en, boxOpening(crabs)).join(' ')).not.toMatch(/same|ballot/);
  });
});
