import { describe, expect, it } from 'vitest';
import { HOST_STORAGE_KEY } from '../../live/stored.ts';
import { StorageKey } from '../keys.ts';
import { parseRoute, routeHash } from './router.ts';

describe('live vote links in the game’s router', () => {
  it('keep the question’s and options’ case, and say what they are', () => {
    const hash =
      '#live/new?q=O%C3%B9%20va-t-on%20%3F&options=La%20Mer|La%20Montagne&kind=ranked&methods=plurality,irv,borda';
    const route = parseRoute(hash);
    expect(route).toEqual({
      kind: 'live',
      query: 'q=O%C3%B9%20va-t-on%20%3F&options=La%20Mer|La%20Montagne&kind=ranked&methods=plurality,irv,borda',
    });
    expect(route && routeHash(route)).toBe(hash);
    expect(parseRoute('#live')).toEqual({ kind: 'live' });
    expect(parseRoute('#live/oops')).toEqual({ kind: 'live', unknown: 'live/oops' });
    expect(parseRoute('#classroom')).toEqual({ kind: 'classroom' });
  });

  it('keep the hosted room under the storage key the game lists', () => {
    expect(StorageKey.live).toBe(HOST_STORAGE_KEY);
  });
});

describe('prepared pass-and-play links in the game’s router', () => {
  it('keep their case, say what is unknown, and leave #classroom as it was', () => {
    const hash =
      '#classroom/new?q=O%C3%B9%20va-t-on%20%3F&options=La%20Mer|La%20Montagne&kind=approval&methods=approval';
    const route = parseRoute(hash);
    expect(route).toEqual({
      kind: 'classroom',
      query: 'q=O%C3%B9%20va-t-on%20%3F&options=La%20Mer|La%20Montagne&kind=approval&methods=approval',
    });
    expect(route && routeHash(route)).toBe(hash);
    expect(parseRoute('#classe/nouveau?options=A|B')).toEqual({ kind: 'classroom', query: 'options=A|B' });
    expect(parseRoute('#classroom/new')).toEqual({ kind: 'classroom', query: '' });
    expect(parseRoute('#classroom/oops')).toEqual({ kind: 'classroom', unknown: 'classroom/oops' });
    expect(parseRoute('#classroom')).toEqual({ kind: 'classroom' });
    expect(parseRoute('#classroom/')).toEqual({ kind: 'classroom' });
  });
});
