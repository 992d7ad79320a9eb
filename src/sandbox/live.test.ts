import { describe, expect, it } from 'vitest';
import { countElection } from '../scenario/count.ts';
import { Electorates } from '../scenario/preferences.ts';
import { electionEntry, liveCount } from './live.ts';
import { moveItem } from './model.ts';
import { handMadeState, presetState } from './testing/states.ts';

describe('live results', () => {
  it('show the spoiler: plurality alone elects the dune, and it is highlighted', () => {
    const result = liveCount(presetState('spoiler'));
    const byMethod = Object.fromEntries(result.lines.map((l) => [l.method, l]));
    expect(byMethod.plurality).toMatchObject({ winners: ['dune'], differs: true });
    expect(byMethod.irv).toMatchObject({ winners: ['kelp'], differs: false });
    expect(result.common).toEqual(['kelp']);
    expect(result.condorcetWinner).toBe('kelp');
    expect(result.lines.filter((l) => l.differs).map((l) => l.method)).toEqual(['plurality']);
    expect(result.voters).toBe(100);
  });

  it('change when a flag moves, as the engine counts the moved election', () => {
    const moved = moveItem(presetState('spoiler'), { kind: 'flag', id: 'wreck' }, [20, 90]);
    const result = liveCount(moved);
    expect(result.lines.find((l) => l.method === 'plurality')?.winners).toEqual(['kelp']);
    const again = countElection(result.scenario, new Electorates(result.scenario), { sincere: true }, ['plurality']);
    expect(again.counts[0].winners).toEqual(['kelp']);
  });

  it('count only one-winner methods the ballots allow, and apply strategies only when on', () => {
    const state = handMadeState();
    const on = liveCount(state);
    const off = liveCount({ ...state, strategies: false });
    expect(on.lines.map((l) => l.method)).toContain('majority-judgment');
    expect(on.lines.map((l) => l.method)).not.toContain('smith-set');
    expect(on.counted.ballots.ranked?.some((b) => b.strategy === 'compromise')).toBe(true);
    expect(off.counted.ballots.ranked?.some((b) => b.strategy !== undefined)).toBe(false);
  });

  it('hand the full count an election entry of the sandbox scenario', () => {
    const result = liveCount(presetState('clones'));
    const entry = electionEntry(result);
    expect(entry).toMatchObject({ type: 'election', election: 'sandbox', mode: 'compare' });
    expect(result.scenario.steps[0]).toMatchObject({ type: 'election', id: 'sandbox' });
  });
});
