import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../../voting/ballots.ts';
import { methods } from '../../voting/methods/index.ts';
import { finalWinners, type Result } from '../../voting/result.ts';
import { scenarioElection, scenarioOf } from '../bench/election.ts';
import { compareCounts } from './compare.ts';
import { countFrames } from './frames.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { capitalize } from '../../i18n/grammar.ts';
import { ballotLines, ballotSummary, primaryMethod, voterTokens } from './voters.ts';

const read = (name: string): string =>
  readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8');

describe('count frames', () => {
  const profile = rankedProfile(
    ['a', 'b', 'c', 'd'],
    [
      { ranking: ['a', 'b', 'c', 'd'], count: 8 },
      { ranking: ['b', 'c', 'a', 'd'], count: 7 },
      { ranking: ['c', 'b', 'd', 'a'], count: 5 },
      { ranking: ['d', 'c', 'b', 'a'], count: 3 },
    ],
  );

  it('gives every ranked method one frame per step, ending on its winners', () => {
    for (const [id, method] of Object.entries(methods)) {
      if (method.info.ballot === 'graded') continue;
      const result = method.count(profile as never, { seats: method.info.winners === 'multi' ? 2 : 1, seed: 'reef' });
      const frames = countFrames(result);
      expect(frames, id).toHaveLength(result.steps.length);
      const last = frames[frames.length - 1].view;
      if ('winners' in last && last.kind !== 'duel')
        expect([...last.winners].sort(), id).toEqual([...finalWinners(result)].sort());
    }
  });

  it('shows instant-runoff rounds as bars, the eliminated struck out', () => {
    const frames = countFrames(methods.irv.count(profile));
    const kinds = frames.map((f) => f.view.kind);
    expect(new Set(kinds)).toEqual(new Set(['bars']));
    const afterFirst = frames.find((f) => f.step.key === 'irv.eliminated')!.view;
    expect(afterFirst.kind === 'bars' && afterFirst.out).toEqual(['d']);
    const round = frames.find((f) => f.step.key === 'irv.round')!.view;
    expect(round.kind === 'bars' && round.line?.label).toBe('majority');
  });

  it('opens Condorcet methods with the matrix, ranked pairs locks its defeats in a graph', () => {
    expect(countFrames(methods.copeland.count(profile))[0].view.kind).toBe('matrix');
    const cycle = rankedProfile(
      ['a', 'b', 'c'],
      [
        { ranking: ['a', 'b', 'c'], count: 4 },
        { ranking: ['b', 'c', 'a'], count: 3 },
        { ranking: ['c', 'a', 'b'], count: 2 },
      ],
    );
    const frames = countFrames(methods['ranked-pairs'].count(cycle));
    const graph = frames.filter((f) => f.view.kind === 'graph').at(-1)!.view;
    expect(graph.kind === 'graph' && graph.edges.map((e) => e.state).sort()).toEqual(['locked', 'locked', 'skipped']);
  });

  it('announces a tie and shows the draw with its seed', () => {
    const tied = rankedProfile(
      ['a', 'b'],
      [
        { ranking: ['a', 'b'], count: 2 },
        { ranking: ['b', 'a'], count: 2 },
      ],
    );
    const scenario = scenarioOf(read('sample-first-vote'));
    expect(scenario).toBeDefined();
    const result = methods.plurality.count(tied);
    const withLot: Result = {
      ...result,
      tieBreak: {
        policy: 'lot' as const,
        tied: ['a', 'b'],
        places: 1,
        chosen: ['b'],
        fromTie: ['b'],
        seed: 'sable',
        resolved: true,
        steps: [
          { key: 'tiebreak.tie', params: { tied: ['a', 'b'], places: 1 } },
          { key: 'tiebreak.lot', params: { seed: 'sable', tied: ['a', 'b'], places: 1 } },
          { key: 'tiebreak.draw', params: { draw: 1, pool: 2, position: 2, name: 'b' } },
          { key: 'tiebreak.chosen', params: { chosen: ['b'] } },
        ],
      },
    };
    const frames = countFrames(withLot);
    const tie = frames.filter((f) => f.tieBreak);
    expect(tie.map((f) => f.view.kind)).toEqual(['draw', 'draw', 'draw', 'draw']);
    const last = tie[3].view;
    expect(last.kind === 'draw' && [last.seed, last.drawn, last.winners]).toEqual(['sable', ['b'], ['b']]);
    expect(tie[0].view.kind === 'draw' && tie[0].view.tie).toBe(true);
  });
});

describe('stages and rounds', () => {
  it('calls an STV bar chart a stage, an instant-runoff one a round', () => {
    const profile = rankedProfile(
      ['a', 'b', 'c'],
      [
        { ranking: ['a', 'b', 'c'], count: 5 },
        { ranking: ['b', 'a', 'c'], count: 3 },
        { ranking: ['c', 'b', 'a'], count: 2 },
      ],
    );
    const bars = (result: Result) =>
      countFrames(result)
        .map((f) => f.view)
        .filter((v) => v.kind === 'bars' && v.round !== undefined);
    const stv = bars(methods.stv.count(profile, { seats: 2 }));
    expect(stv.length).toBeGreaterThan(0);
    expect(stv.every((v) => v.kind === 'bars' && v.roundWord === 'stage')).toBe(true);
    const irv = bars(methods.irv.count(profile));
    expect(irv.length).toBeGreaterThan(0);
    expect(irv.every((v) => v.kind === 'bars' && v.roundWord === undefined)).toBe(true);
  });
});

describe('results comparison', () => {
  it('groups the methods of chapter 9 by winner and names the Condorcet winner', () => {
    const { entry } = scenarioElection(scenarioOf(read('chapter-9-real-election')), 'project-all');
    const c = compareCounts(entry.counted);
    expect(c.groups.length).toBe(4);
    expect(c.groups[0].methods.map((m) => m.method).sort()).toEqual(['approval', 'schulze', 'star']);
    expect(c.facts?.condorcetWinner).toBe('bell');
    expect(c.reasons[0]).toBe('count.why.condorcetLost');
    expect(c.why.flatMap((l) => l.methods)).toContain('plurality');
    for (const o of c.outcomes)
      expect(o.winners).toEqual([...entry.counted.counts.find((k) => k.method === o.method)!.winners].sort());
  });

  it('says when every method agrees', () => {
    const { entry } = scenarioElection(scenarioOf(read('chapter-1-first-vote')), 'duel', true);
    const c = compareCounts(entry.counted);
    expect(c.groups).toHaveLength(1);
    expect(c.groups[0].winners).toEqual(['forest']);
    expect(c.agree).toBe(true);
    expect(c.reasons[0]).toBe('count.why.agree');
  });

  it('says a lone method misses the Condorcet winner, not that the methods agree (chapter 1’s slate)', () => {
    const { entry } = scenarioElection(scenarioOf(read('chapter-1-first-vote')), 'trial-slate');
    const c = compareCounts(entry.counted);
    expect(c.groups.map((g) => [g.winners, g.methods.map((m) => m.method)])).toEqual([[['dune'], ['plurality']]]);
    expect(c.apart.map((o) => [o.method, o.winners])).toEqual([['condorcet-winner', ['forest']]]);
    expect(c.agree).toBe(false);
    expect(c.reasons[0]).toBe('count.why.condorcetLost');
    expect(c.reasons).not.toContain('count.why.agree');
  });

  it('keeps sets apart from the winners of the methods', () => {
    const { entry } = scenarioElection(scenarioOf(read('sample-first-vote')), 'three-way', true);
    const c = compareCounts(entry.counted);
    expect(c.apart.map((o) => o.method)).toEqual(expect.arrayContaining(['smith-set', 'condorcet-loser']));
    expect(c.groups.flatMap((g) => g.methods).some((o) => o.isSet)).toBe(false);
  });
});

describe('voters and ballots in words', () => {
  const scenario = scenarioOf(read('chapter-9-real-election'));
  const { entry } = scenarioElection(scenario, 'project-all');
  it('lists every voter once with the ballot of each kind', () => {
    const tokens = voterTokens(entry);
    expect(tokens.reduce((s, t) => s + t.count, 0)).toBe(entry.counted.voters);
    expect(primaryMethod(entry)).toBe('plurality');
    expect(tokens.every((t) => t.ballots.ranked && t.ballots.graded && t.ballots.approval)).toBe(true);
  });

  it('writes a ranking, grades and approvals with the options’ names, in both languages', () => {
    const token = voterTokens(entry)[0];
    for (const lang of ['fr', 'en'] as const) {
      const words = new ScenarioWords(scenario, lang, entry);
      const ranked = ballotLines(words, token.ballots.ranked!.cast);
      expect(ranked[0].text).toMatch(/^1\. /);
      const first = token.ballots.ranked!.cast.kind === 'ranked' ? token.ballots.ranked!.cast.ranking[0][0] : '';
      // The line starts with the name: its article takes a capital (« 1. L’abri sous la dune »).
      expect(ranked[0].text).toBe(`1. ${capitalize(words.option(first))}`);
      expect(words.option(first)).not.toBe(first);
      const graded = ballotLines(words, token.ballots.graded!.cast);
      expect(graded.every((l) => l.gauge !== undefined && l.gauge >= 0 && l.gauge <= 1)).toBe(true);
      expect(ballotSummary(words, token, 'approval')).toMatch(lang === 'fr' ? /oui|non/ : /yes|no/);
    }
  });

  it('explains the engine’s steps with names, not ids', () => {
    const words = new ScenarioWords(scenario, 'en', entry);
    const irv = entry.counted.counts.find((k) => k.method === 'irv')!.result!;
    const text = words.explain(irv.steps[0]);
    expect(text).toContain(words.option('bell'));
    expect(words.option('bell')).not.toBe('bell');
  });
});
