import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { methods } from '../voting/methods/index.ts';
import type { MethodId } from '../voting/method.ts';
import { loadScenarioText } from './load.ts';
import { MAX_STEPS_WITHOUT_INPUT, ScenarioRunner, playThrough } from './runner.ts';
import { checkExpectations } from './expectations.ts';
import { electionMethods, seatsWon } from './count.ts';
import { Scenario, type ScenarioData, type ScenarioInput } from './schema.ts';
import { renderTranscript } from './transcript.ts';

const root = new URL('../../', import.meta.url);
const sampleText = readFileSync(new URL('scenarios/sample-first-vote.json', root), 'utf8');
const sample = (): ScenarioData => loadScenarioText(sampleText).scenario!;

function tiny(steps: ScenarioInput['steps'], extra: Partial<ScenarioInput> = {}): ScenarioData {
  return Scenario.parse({
    formatVersion: 1,
    id: 't',
    kind: 'sandbox',
    title: 't',
    options: [
      { id: 'a', name: 'a' },
      { id: 'b', name: 'b' },
      { id: 'c', name: 'c' },
    ],
    electorates: [
      {
        id: 'e',
        voters: [
          { id: 'x', label: 'x', count: 4, ranking: ['a', 'b', 'c'] },
          { id: 'y', label: 'y', count: 3, ranking: ['b', 'c', 'a'] },
          { id: 'z', label: 'z', count: 2, ranking: ['c', 'b', 'a'] },
        ],
      },
    ],
    steps,
    texts: { fr: {}, en: {} },
    ...extra,
  });
}

describe('runner', () => {
  it('stops for input and refuses an answer out of range without changing anything', () => {
    // The constructor already runs up to the first question: the choice after the first vote.
    expect(new ScenarioRunner(sample()).pending).toMatchObject({ kind: 'choice', step: 6 });
    const played = playThrough(sample(), []);
    expect(played.runner.pending?.kind).toBe('choice');
    const before = played.runner.transcript.length;
    expect(played.runner.answer(3)).toMatchObject({
      accepted: false,
      key: 'scenario.answer.range',
      params: { value: 3, count: 2 },
    });
    expect(played.runner.transcript.length).toBe(before);
    expect(played.runner.answer(1)).toEqual({ accepted: true });
  });

  it('is deterministic: the same answers give the same transcript', () => {
    const a = renderTranscript(sample(), playThrough(sample(), [1, 2, 2]).runner.transcript, 'fr');
    const b = renderTranscript(sample(), playThrough(sample(), [1, 2, 2]).runner.transcript, 'fr');
    expect(a).toBe(b);
  });

  it('records state: flags, variables, choices, solved quizzes, the ending', () => {
    const { runner } = playThrough(sample(), [1, 2, 2]);
    expect(runner.state).toMatchObject({
      finished: true,
      ending: 'spoiler',
      flags: { 'dune-added': true },
      variables: { insight: 1 },
      solved: { duel: true, why: true },
      place: 'beach',
    });
    expect(runner.election('three-way')?.counted.counts[0].winners).toEqual(['castle']);
    expect(runner.election('two-way')?.counted.counts[0].result?.scores).toEqual({ castle: 8, kelp: 12 });
  });

  it('counts "compare: all" with every method the ballots allow', () => {
    const s = tiny([{ type: 'election', id: 'all', compare: 'all' }, { type: 'end' }]);
    const ids = electionMethods(s, s.steps[0] as Extract<ScenarioData['steps'][number], { type: 'election' }>);
    const rankedSingle = (Object.keys(methods) as MethodId[]).filter((id) => {
      const info = methods[id].info;
      return info.ballot === 'ranked' && !info.random && !(info.winners === 'multi' && info.family === 'proportional');
    });
    expect(ids.sort()).toEqual(rankedSingle.sort());
    const { runner } = playThrough(s, []);
    const counts = runner.election('all')!.counted.counts;
    expect(counts.find((k) => k.method === 'plurality')?.winners).toEqual(['a']);
    expect(counts.find((k) => k.method === 'irv')?.winners).toEqual(['b']);
    expect(counts.every((k) => k.error === undefined)).toBe(true);
  });

  it('stops a loop that never asks the player (the loader cannot see that the flag stays on)', () => {
    const s = tiny(
      [
        { type: 'set', effects: [{ set: 'on' }] },
        { id: 'loop', type: 'branch', cases: [{ if: { flag: 'on' }, goto: 'loop' }], else: 'out' },
        { id: 'out', type: 'end' },
      ],
      { flags: ['on'] },
    );
    const { runner } = playThrough(s, []);
    expect(runner.state.finished).toBe(true);
    expect(runner.transcript.at(-1)).toEqual({
      type: 'error',
      key: 'scenario.run.tooManySteps',
      params: { limit: MAX_STEPS_WITHOUT_INPUT },
    });
  });

  it('reports a method that refuses the election instead of throwing', () => {
    const s = tiny([{ type: 'election', id: 'v', method: 'star' }, { type: 'end' }], {
      electorates: [{ id: 'e', gradeScale: { min: 0, max: 9 }, voters: [{ id: 'x', label: 'x', grades: { a: 9 } }] }],
    });
    const k = playThrough(s, []).runner.election('v')!.counted.counts[0];
    expect(k.error?.key).toMatch(/^star\.|^error\./);
    expect(k.winners).toEqual([]);
  });
});

describe('expectations', () => {
  it('all hold for the sample chapter', () => {
    expect(checkExpectations(sample()).map((x) => x.ok)).toEqual([true, true, true, true]);
  });

  it('fail when an edit of the preferences breaks the lesson', () => {
    const doc = JSON.parse(sampleText);
    // Two harbour crabs now prefer the kelp forest: it wins even with the dune in the race.
    doc.electorates[0].voters[1].count = 5;
    doc.electorates[0].voters.push({
      id: 'turncoats',
      label: 'group.crabs',
      count: 2,
      ranking: ['kelp', 'castle', 'dune'],
    });
    const outcomes = checkExpectations(loadScenarioText(JSON.stringify(doc)).scenario!);
    expect(outcomes.map((x) => x.ok)).toEqual([true, false, true, false]);
    expect(outcomes[1]).toMatchObject({
      key: 'scenario.expect.winners',
      params: { expected: ['castle'], found: ['kelp'] },
    });
  });

  it('check candidates subsets, sincere ballots, Condorcet losers and "same"', () => {
    const s = tiny([{ type: 'election', id: 'v', method: 'plurality' }, { type: 'end' }], {
      expectations: [
        { election: 'v', candidates: ['a', 'b'], method: 'plurality', winners: ['b'] },
        { election: 'v', condorcetLoser: 'a' },
        { election: 'v', condorcetWinner: 'b' },
        { election: 'v', same: ['irv', 'schulze'] },
        { election: 'v', method: 'plurality', notWinner: 'a' },
      ],
    });
    expect(checkExpectations(s).map((x) => x.ok)).toEqual([true, true, true, true, false]);
  });

  it('check the seats each list or committee member wins', () => {
    // D'Hondt, 5 seats, votes a 4, b 3, c 2: quotients 4a 3b 2a 2c 1.5b → a 2, b 2, c 1.
    const s = tiny(
      [
        { type: 'election', id: 'council', method: 'dhondt', seats: 5 },
        { type: 'election', id: 'committee', method: 'stv', seats: 2 },
        { type: 'end' },
      ],
      {
        expectations: [
          { election: 'council', method: 'dhondt', seats: { a: 2, b: 2, c: 1 } },
          { election: 'council', method: 'dhondt', seats: { a: 2 } },
          { election: 'council', method: 'dhondt', seats: { a: 3, c: 0 } },
          // A number still only sets up the count: D'Hondt with 3 seats gives a 2, b 1.
          { election: 'council', method: 'dhondt', seats: 3, winners: ['a', 'b'] },
          {
            election: 'committee',
            method: 'stv',
            seats: { a: 1, b: 1, c: 0 },
            note: 'quota 4: a elected, c out, b elected',
          },
          { election: 'council', method: 'sainte-lague', seats: { a: 2, b: 2, c: 1 } },
        ],
      },
    );
    const outcomes = checkExpectations(s);
    expect(outcomes.map((x) => x.ok)).toEqual([true, true, false, true, true, true]);
    expect(outcomes[2]).toMatchObject({
      key: 'scenario.expect.seats',
      params: { method: 'dhondt', expected: { a: 3, c: 0 }, found: { a: 2, b: 2, c: 1 } },
    });
  });

  it('a seat left to a tie goes to the list the tie-break draws, and to nobody without one', () => {
    // a 3, b 3: quotients 3a 3b 1.5a 1.5b; the third seat is tied even on votes.
    const electorates = [
      {
        id: 'e',
        voters: [
          { id: 'x', label: 'x', count: 3, ranking: ['a'] },
          { id: 'y', label: 'y', count: 3, ranking: ['b'] },
        ],
      },
    ];
    const lot = tiny(
      [
        { type: 'election', id: 'v', method: 'dhondt', seats: 3, tieBreak: { policy: 'lot', seed: 'tide' } },
        { type: 'end' },
      ],
      { electorates },
    );
    const drawn = playThrough(lot, []).runner.election('v')!.counted.counts[0];
    const won = seatsWon(drawn);
    expect(drawn.result?.tieBreak?.resolved).toBe(true);
    expect(drawn.result?.tieBreak?.fromTie).toEqual(['b']); // the seed "tide" draws b
    expect(drawn.result?.tieBreak?.chosen).toEqual(['a', 'b']); // a keeps its seat whatever the draw
    expect(won).toEqual({ a: 1, b: 2, c: 0 });
    const none = tiny([{ type: 'election', id: 'v', method: 'dhondt', seats: 3 }, { type: 'end' }], { electorates });
    expect(seatsWon(playThrough(none, []).runner.election('v')!.counted.counts[0])).toEqual({ a: 1, b: 1, c: 0 });
  });

  it('a seats object is checked for its method, with known candidates only', () => {
    const doc = {
      formatVersion: 1,
      id: 't',
      kind: 'sandbox',
      title: 't',
      // Each option its own name: two candidates of one election must not print the same.
      options: [
        { id: 'a', name: 'o.a' },
        { id: 'b', name: 'o.b' },
        { id: 'c', name: 'o.c' },
      ],
      electorates: [{ id: 'e', voters: [{ id: 'x', label: 't', count: 4, ranking: ['a', 'b'] }] }],
      steps: [{ type: 'election', id: 'v', method: 'dhondt', seats: 3, candidates: ['a', 'b'] }, { type: 'end' }],
      expectations: [
        { election: 'v', method: 'dhondt', seats: { a: 3, c: 0, zz: 1 } },
        { election: 'v', seats: { a: 3 } },
        { election: 'v', method: 'dhondt', seats: { a: 3 }, winners: ['a'] },
      ],
      texts: { fr: { t: 'T', 'o.a': 'A', 'o.b': 'B', 'o.c': 'C' }, en: { t: 'T', 'o.a': 'A', 'o.b': 'B', 'o.c': 'C' } },
    };
    const keys = (d: unknown): string[] =>
      loadScenarioText(JSON.stringify(d)).issues.map((i) => `${i.key} ${i.path.join('.')}`);
    expect(keys(doc)).toEqual([
      'scenario.expectation.needsMethod expectations.1.method',
      'scenario.expectation.form expectations.2',
    ]);
    expect(keys({ ...doc, expectations: [doc.expectations[0]] })).toEqual([
      'scenario.ref.notCandidate expectations.0.seats.c',
      'scenario.ref.unknownOption expectations.0.seats.zz',
    ]);
  });
});

describe('sortition strata', () => {
  const crabs = ['c1', 'c2', 'c3', 'c4'];
  const shrimps = ['s1', 's2', 's3', 's4'];
  function doc(election: Record<string, unknown>): unknown {
    return {
      formatVersion: 1,
      id: 'lot',
      kind: 'sandbox',
      title: 't',
      options: [...crabs, ...shrimps, 'x'].map((id) => ({ id, name: `o.${id}` })),
      electorates: [{ id: 'e', voters: [{ id: 'v', label: 't', ranking: ['c1'] }] }],
      steps: [{ type: 'election', id: 'panel', method: 'sortition', seed: 'sable', ...election }, { type: 'end' }],
      texts: Object.fromEntries(
        (['fr', 'en'] as const).map((lang) => [
          lang,
          {
            t: 'T',
            'g.crabs': lang === 'fr' ? 'les crabes' : 'the crabs',
            'g.shrimps': lang === 'fr' ? 'les crevettes' : 'the shrimps',
            ...Object.fromEntries([...crabs, ...shrimps, 'x'].map((id) => [`o.${id}`, id.toUpperCase()])),
          },
        ]),
      ),
    };
  }
  const strata = [
    { name: 'g.crabs', members: crabs, seats: 2 },
    { name: 'g.shrimps', members: shrimps, seats: 2 },
  ];

  it('draws each group its seats, the strata total by default, and names the groups in the explanation', () => {
    const loaded = loadScenarioText(JSON.stringify(doc({ strata, candidates: [...crabs, ...shrimps] })));
    expect(loaded.issues).toEqual([]);
    const played = playThrough(loaded.scenario!, []);
    const k = played.runner.election('panel')!.counted.counts[0];
    expect(k.result?.seats).toBe(4);
    expect(k.winners.filter((w) => crabs.includes(w))).toHaveLength(2);
    expect(k.winners.filter((w) => shrimps.includes(w))).toHaveLength(2);
    const fr = renderTranscript(loaded.scenario!, played.runner.transcript, 'fr', { explain: true });
    expect(fr).toMatch(/Groupe «\u00a0les crabes\u00a0»\u00a0: 2 sièges à tirer parmi C1, C2, C3 et C4\./);
    expect(fr).toMatch(/Les crevettes, tirage n°\u00a01/);
    expect(fr).not.toContain('g.crabs');
    const en = renderTranscript(loaded.scenario!, played.runner.transcript, 'en', { explain: true });
    expect(en).toContain('the shrimps');
  });

  it('fills the seats left over from the candidates in no group', () => {
    const loaded = loadScenarioText(JSON.stringify(doc({ strata, seats: 5 })));
    expect(loaded.issues).toEqual([]);
    const k = playThrough(loaded.scenario!, []).runner.election('panel')!.counted.counts[0];
    expect(k.winners).toHaveLength(5);
    expect(k.winners).toContain('x');
  });

  it('refuses members that are not candidates, in two groups, too many seats, or no sortition', () => {
    const keys = (election: Record<string, unknown>): string[] =>
      loadScenarioText(JSON.stringify(doc(election))).issues.map((i) => `${i.key} ${i.path.join('.')}`);
    expect(
      keys({
        strata: [
          { name: 'g.crabs', members: ['c1', 'zz', 's1'], seats: 1 },
          { name: 'g.shrimps', members: ['c1'], seats: 2 },
        ],
        candidates: ['c1', 'c2'],
      }),
    ).toEqual([
      'scenario.ref.unknownOption steps.0.strata.0.members.1',
      'scenario.ref.notCandidate steps.0.strata.0.members.2',
      'scenario.ref.stratumTwice steps.0.strata.1.members.0',
      'scenario.ref.stratumSeats steps.0.strata.1.seats',
      'scenario.ref.seats steps.0.method', // 3 seats (the strata's total) for 2 candidates
    ]);
    expect(keys({ strata, seats: 3 })).toEqual(['scenario.ref.strataSeats steps.0.strata']);
    expect(keys({ strata, seats: 6 })).toEqual(['scenario.ref.strataOthers steps.0.strata']);
    expect(keys({ strata, method: 'bloc-plurality', seats: 4, seed: undefined })).toEqual([
      'scenario.ref.strataMethod steps.0.strata',
    ]);
  });
});

describe('conditions on a compare election', () => {
  const doc = (compare: string[], condition: Record<string, unknown>): string =>
    JSON.stringify({
      formatVersion: 1,
      id: 't',
      kind: 'sandbox',
      title: 't',
      options: ['a', 'b', 'c'].map((id) => ({ id, name: `o.${id}` })),
      electorates: [
        {
          id: 'e',
          voters: [
            { id: 'x', label: 't', count: 4, ranking: ['a', 'b', 'c'] },
            { id: 'y', label: 't', count: 3, ranking: ['b', 'c', 'a'] },
            { id: 'z', label: 't', count: 2, ranking: ['c', 'b', 'a'] },
          ],
        },
      ],
      flags: ['seen'],
      steps: [
        { type: 'election', id: 'v', compare },
        { type: 'set', if: { winner: 'b', election: 'v', ...condition }, effects: [{ set: 'seen' }] },
        { type: 'end' },
      ],
      texts: { fr: { t: 'T', 'o.a': 'A', 'o.b': 'B', 'o.c': 'C' }, en: { t: 'T', 'o.a': 'A', 'o.b': 'B', 'o.c': 'C' } },
    });

  it('need no method when only one method is compared', () => {
    const loaded = loadScenarioText(doc(['irv'], {}));
    expect(loaded.issues).toEqual([]);
    // IRV: c (2) out, its ballots go to b: b 5, a 4.
    expect(playThrough(loaded.scenario!, []).runner.state.flags.seen).toBe(true);
  });

  it('name their method when several are compared', () => {
    const issues = loadScenarioText(doc(['plurality', 'irv'], {})).issues;
    expect(issues.map((i) => `${i.key} ${i.path.join('.')}`)).toEqual(['scenario.condition.needsMethod steps.1.if']);
    const loaded = loadScenarioText(doc(['plurality', 'irv'], { method: 'plurality' }));
    expect(loaded.issues).toEqual([]);
    expect(playThrough(loaded.scenario!, []).runner.state.flags.seen).toBe(false);
  });
});
