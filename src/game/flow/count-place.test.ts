import { describe, expect, it } from 'vitest';
import { StorageKey } from '../keys.ts';
import { countPlaceFor, readCountPlace, writeCountPlace } from './count-place.ts';

function memory(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as Storage;
}

describe('the place inside the count scenes', () => {
  const run = { scenario: 'chapter-1', answers: 6, election: 'duel' };

  it('comes back as written: a count step, then the results', () => {
    const s = memory();
    writeCountPlace({ ...run, method: 'irv', step: 3 }, s);
    expect(countPlaceFor(run, s)).toEqual({ ...run, method: 'irv', step: 3 });
    writeCountPlace(run, s);
    expect(countPlaceFor(run, s)).toEqual(run);
    writeCountPlace(undefined, s);
    expect(countPlaceFor(run, s)).toBeUndefined();
  });

  it('is ignored for another chapter, another number of answers or another election', () => {
    const s = memory();
    writeCountPlace({ ...run, method: 'plurality', step: 1 }, s);
    expect(countPlaceFor({ ...run, scenario: 'chapter-2' }, s)).toBeUndefined();
    expect(countPlaceFor({ ...run, answers: 7 }, s)).toBeUndefined();
    expect(countPlaceFor({ ...run, election: 'trial' }, s)).toBeUndefined();
  });

  it('reads a damaged value as no place', () => {
    const s = memory();
    for (const bad of [
      '{',
      '[]',
      '{"scenario":1}',
      JSON.stringify({ ...run, method: 'irv' }),
      JSON.stringify({ ...run, method: 'irv', step: -1 }),
      JSON.stringify({ ...run, answers: 1.5 }),
    ]) {
      s.setItem(StorageKey.countPlace, bad);
      expect(readCountPlace(s), bad).toBeUndefined();
    }
  });
});
