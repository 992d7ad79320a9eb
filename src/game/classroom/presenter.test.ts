import { describe, expect, it } from 'vitest';
import { presenterAction } from './presenter.ts';
import { agreements, resultLines, resultSentence } from '../../classroom/results.ts';
import { countClass, type ClassElection } from '../../classroom/election.ts';

const key = (k: string, mods: { ctrlKey?: boolean } = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('presenter keys', () => {
  it('map a clicker and a keyboard to the lesson’s moves', () => {
    expect(presenterAction(key(' '), false)).toEqual({ kind: 'next' });
    expect(presenterAction(key('ArrowRight'), true)).toEqual({ kind: 'next' });
    expect(presenterAction(key('PageDown'), false)).toEqual({ kind: 'next' });
    expect(presenterAction(key('ArrowLeft'), false)).toEqual({ kind: 'back' });
    expect(presenterAction(key('PageUp'), false)).toEqual({ kind: 'back' });
    expect(presenterAction(key('b'), false)).toEqual({ kind: 'blank' });
    expect(presenterAction(key('.'), false)).toEqual({ kind: 'blank' });
    expect(presenterAction(key('F'), false)).toEqual({ kind: 'fullscreen' });
    expect(presenterAction(key('3'), false)).toEqual({ kind: 'jump', step: 2 });
    expect(presenterAction(key('n'), false)).toEqual({ kind: 'notes' });
    expect(presenterAction(key('w'), false)).toEqual({ kind: 'window' });
  });

  it('leave Space and Enter to a focused button, and shortcuts to the browser', () => {
    expect(presenterAction(key(' '), true)).toBeUndefined();
    expect(presenterAction(key('Enter'), true)).toBeUndefined();
    expect(presenterAction(key('f', { ctrlKey: true }), false)).toBeUndefined();
    expect(presenterAction(key('0'), false)).toBeUndefined();
  });
});

describe('results in words', () => {
  it('names each method’s winners, ties included, and groups the methods that agree', () => {
    const election: ClassElection = {
      question: 'Q',
      options: ['Mer', 'Ville'],
      kind: 'ranked',
      methods: ['plurality', 'borda'],
    };
    const counted = countClass(election, [
      { ballot: { kind: 'ranked', ranking: [['o1'], ['o2']] }, count: 1 },
      { ballot: { kind: 'ranked', ranking: [['o2'], ['o1']] }, count: 1 },
    ]);
    const lines = resultLines(election, counted, 'en');
    expect(lines.map((l) => [l.method, l.winners, l.tie])).toEqual([
      ['plurality', ['Mer', 'Ville'], true],
      ['borda', ['Mer', 'Ville'], true],
    ]);
    expect(resultSentence(lines[0], 'en')).toBe('Plurality (first past the post): tie between Mer and Ville');
    expect(agreements(lines)).toHaveLength(1);
  });
});
