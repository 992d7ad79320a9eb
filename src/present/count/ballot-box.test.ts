/**
 * How the election screen opens its box, read off chapter 8's run: the lists' first vote is cast,
 * a count on the same ballots is a recount, and a lottery (the panel drawn by sortition) opens
 * on the names it draws from — never as voters casting ballots, never as « the same 100 ballots ».
 * Chapter 2 recounts a vote cast with pebbles into the conch: its box says so, not « bulletins ».
 */
import { describe, expect, it } from 'vitest';
import { playedInTurn, shippedChapter } from '../../scenario/testing/shipped.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { boxCaption, boxLines, boxOpening } from './ballot-box.ts';
import { ballotLook, electionSet, PLAIN_SET } from '../flow/scene-set.ts';

const PAPERS = ballotLook(PLAIN_SET);

const council = shippedChapter('chapter-8-council');
const councilRun = playedInTurn(council);

describe('the box an election opens on', () => {
  const runner = councilRun;
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
    expect(boxCaption(fr, boxOpening(crabs), PAPERS)).toBe('5 noms dans l’urne');
    expect(boxLines(fr, boxOpening(crabs), PAPERS)).toEqual([
      'Personne ne vote\u00a0: le sort tire les noms un par un.',
    ]);
    expect(boxCaption(en, boxOpening(crabs), PAPERS)).toBe('5 names in the box');
    expect(boxLines(en, boxOpening(crabs), PAPERS).join(' ')).not.toMatch(/same|ballot/);
  });
});

describe('a recount names what the story votes with', () => {
  const twoRounds = shippedChapter('chapter-2-two-rounds');
  const runner = playedInTurn(twoRounds);
  const replay = runner.election('shelter-replay');
  if (!replay) throw new Error('chapter 2 did not count shelter-replay');
  const look = ballotLook(electionSet(runner.transcript, replay));
  const words = (lang: 'fr' | 'en') => new ScenarioWords(twoRounds, lang, replay);
  const opening = boxOpening(replay);

  it('chapter 2 replays the pebble vote as a recount, in the conch', () => {
    expect(opening).toEqual({ kind: 'recount', ballots: replay.counted.voters });
    expect(look).toEqual({ box: 'conch', ballot: 'pebble' });
  });

  it('says pebbles in the conch, in French and in English', () => {
    const n = replay.counted.voters;
    expect(boxCaption(words('fr'), opening, look)).toBe(`Les mêmes ${n} galets`);
    expect(boxLines(words('fr'), opening, look)).toEqual([
      `On recompte les mêmes ${n} galets\u00a0: ils sont déjà dans la conque, personne ne revote.`,
    ]);
    expect(boxCaption(words('en'), opening, look)).toBe(`The same ${n} pebbles`);
    expect(boxLines(words('en'), opening, look)).toEqual([
      `A recount of the same ${n} pebbles: they are already in the conch, nobody votes again.`,
    ]);
  });

  it('says ballots in the box where the story votes on paper (chapter 8’s second round)', () => {
    const round2 = councilRun.election('round2');
    if (!round2) throw new Error('chapter 8 did not count round2');
    const papers = ballotLook(electionSet(councilRun.transcript, round2));
    const n = round2.counted.voters;
    const fr = new ScenarioWords(council, 'fr', round2);
    expect(papers).toEqual(PAPERS);
    expect(boxCaption(fr, boxOpening(round2), papers)).toBe(`Les mêmes ${n} bulletins`);
    expect(boxLines(fr, boxOpening(round2), papers)).toEqual([
      `On recompte les mêmes ${n} bulletins\u00a0: ils sont déjà dans l’urne, personne ne revote.`,
    ]);
  });
});
