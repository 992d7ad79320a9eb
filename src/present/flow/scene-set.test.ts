/**
 * The scene matches the fiction: chapter 1 votes with pebbles in the conch at noon and at sunset,
 * the light carries over from scene to scene, the things belong to their scene.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ElectionEntry, Entry } from '../../scenario/entries.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { Journey } from './journey.ts';
import { ballotLook, electionPlace, electionSet, PLAIN_SET, sceneNotes, sceneSetAt } from './scene-set.ts';

/** A bound on the player's actions, so a loop fails instead of hanging. */
const MAX_ACTIONS = 5000;

function load(file: string): ScenarioData {
  return loadScenarioText(readFileSync(file, 'utf8')).scenario as ScenarioData;
}

/** Plays a chapter to its end (first answers that are accepted) and keeps every entry it showed. */
function shown(scenario: ScenarioData): Entry[] {
  const journey = new Journey(scenario);
  const entries: Entry[] = [];
  const asked = new Map<number, number>();
  for (let actions = 0; journey.current.kind !== 'end' && actions < MAX_ACTIONS; actions++) {
    const now = journey.current;
    if (now.kind === 'beat' || now.kind === 'election') {
      if (entries.at(-1) !== now.entry) entries.push(now.entry);
    }
    if (now.kind === 'input') {
      const times = asked.get(now.pending.step) ?? 0;
      asked.set(now.pending.step, times + 1);
      journey.answer(now.pending.options.length > 0 ? (times % now.pending.options.length) + 1 : 0);
    } else journey.next();
  }
  expect(journey.current.kind).toBe('end');
  return entries;
}

const move = (extra: Partial<Extract<Entry, { type: 'move' }>> = {}): Entry => ({
  type: 'move',
  place: 'beach',
  present: [],
  ...extra,
});

describe('the scene set where the story stands', () => {
  it('is a plain day with nothing on it before any scene says otherwise', () => {
    expect(sceneSetAt([])).toEqual(PLAIN_SET);
    expect(sceneSetAt([move(), { type: 'say', text: 'x' }])).toEqual({ time: 'day', props: [] });
  });

  it('keeps the light across moves, but the things only in the scene that names them', () => {
    const entries = [
      move({ time: 'sunset', props: ['conch', 'pebbles'] }),
      { type: 'say', text: 'x' } as Entry,
      move(),
    ];
    expect(sceneSetAt(entries, 2)).toEqual({ time: 'sunset', props: ['conch', 'pebbles'] });
    expect(sceneSetAt(entries)).toEqual({ time: 'sunset', props: [] });
    expect(sceneSetAt([...entries, move({ time: 'night' })]).time).toBe('night');
  });

  it('says the light when it changes and the things named, for the screen reader', () => {
    expect(sceneNotes(PLAIN_SET, { time: 'sunset', props: ['conch'] })).toEqual([
      'scene.time.sunset',
      'scene.props.conch',
    ]);
    expect(sceneNotes({ time: 'sunset', props: [] }, { time: 'sunset', props: [] })).toEqual([]);
    expect(sceneNotes({ time: 'night', props: [] }, PLAIN_SET)).toEqual([]);
  });
});

describe('chapter 1 votes with pebbles in the conch', () => {
  const entries = shown(load('scenarios/chapter-1-first-vote.json'));
  const votes = entries.filter((e): e is ElectionEntry => e.type === 'election');

  it('casts every vote as pebbles into the conch, the trial at noon and the real vote at sunset', () => {
    const trial = votes.find((v) => v.election === 'trial')!;
    const final = votes.find((v) => v.election.startsWith('final-'))!;
    expect(electionSet(entries, trial)).toEqual({ time: 'day', props: ['pebbles', 'conch'] });
    expect(electionSet(entries, final)).toEqual({ time: 'sunset', props: ['pebbles', 'conch'] });
    for (const v of votes) expect(ballotLook(electionSet(entries, v))).toEqual({ box: 'conch', ballot: 'pebble' });
  });

  it('finds an election replayed after a reload by its id (another object, same vote)', () => {
    const final = votes.find((v) => v.election.startsWith('final-'))!;
    expect(electionSet(entries, { ...final })).toEqual(electionSet(entries, final));
    expect(electionSet([], final)).toEqual(PLAIN_SET);
  });

  it('knows where each vote was cast, for its results: the beach for the name, the council’s rocks for the shelter', () => {
    const naming = votes.find((v) => v.election === 'naming')!;
    const final = votes.find((v) => v.election.startsWith('final-'))!;
    expect(electionPlace(entries, naming)).toBe('beach');
    expect(electionPlace(entries, final)).toBe('reef-council');
    expect(electionPlace(entries, { ...naming })).toBe('beach');
    expect(electionPlace([], final)).toBeUndefined();
  });

  it('draws a ballot box and papers where no scene names the conch (chapter 8)', () => {
    const eight = shown(load('scenarios/chapter-8-council.json'));
    const vote = eight.find((e): e is ElectionEntry => e.type === 'election')!;
    expect(ballotLook(electionSet(eight, vote))).toEqual({ box: 'box', ballot: 'paper' });
  });
});

describe('chapter 2 votes with pebbles in the conch too', () => {
  it('draws every vote of chapter 2 with pebbles and the conch: yesterday’s trial recounted, the speaker, its runoff and duels', () => {
    const entries = shown(load('scenarios/chapter-2-two-rounds.json'));
    const votes = entries.filter((e): e is ElectionEntry => e.type === 'election');
    expect(votes.map((v) => v.election)).toEqual(
      expect.arrayContaining(['shelter-replay', 'speaker', 'runoff', 'duel-etrille', 'duel-caramote']),
    );
    for (const v of votes)
      expect([v.election, ballotLook(electionSet(entries, v))]).toEqual([
        v.election,
        { box: 'conch', ballot: 'pebble' },
      ]);
    expect(votes.find((v) => v.election === 'runoff')?.ballotsFrom?.kind).toBe('recount');
  });
});

// Found playing them: « Les galets à listes s’entassent dans la conque » over a glass box of papers.
describe('chapters 3 and 4 vote with pebbles in the conch, as their text says', () => {
  for (const file of ['chapter-3-instant-runoff', 'chapter-4-points-and-duels'])
    it(`draws every vote of ${file} with pebbles and the conch`, () => {
      const entries = shown(load(`scenarios/${file}.json`));
      const votes = entries.filter((e): e is ElectionEntry => e.type === 'election');
      expect(votes.length).toBeGreaterThan(1);
      for (const v of votes)
        expect(ballotLook(electionSet(entries, v)), v.election).toEqual({ box: 'conch', ballot: 'pebble' });
    });
});
