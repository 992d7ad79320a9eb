import { describe, expect, it } from 'vitest';
import { CoastWalks, moveOnStage } from './coast-walks.ts';

describe('the story’s walks on the coast', () => {
  it('sets the first place at once, walks a change of place, stays for the same place', () => {
    expect(moveOnStage(undefined, 'harbour')).toBe('set');
    expect(moveOnStage('beach', 'harbour')).toBe('walk');
    expect(moveOnStage('harbour', 'harbour')).toBe('stay');
  });

  it('hands a walk to the listening coast and waits for its arrival', async () => {
    const walks = new CoastWalks();
    const asked: string[] = [];
    let arrive: () => void = () => undefined;
    walks.listen((place, present) => {
      asked.push(`${place}:${present.join('+')}`);
      return new Promise<void>((resolve) => (arrive = resolve));
    });
    let done = false;
    const walking = walks.walk('harbour', ['nacre', 'maia']).then((walked) => {
      done = true;
      return walked;
    });
    await Promise.resolve();
    expect(asked).toEqual(['harbour:nacre+maia']);
    expect(done).toBe(false);
    arrive();
    expect(await walking).toBe(true);
  });

  it('goes on at once when no coast listens, and a coast that left no longer walks', async () => {
    const walks = new CoastWalks();
    expect(await walks.walk('harbour', [])).toBe(false);
    const asked: string[] = [];
    const stop = walks.listen(async (place) => void asked.push(place));
    expect(await walks.walk('beach', [])).toBe(true);
    stop();
    expect(await walks.walk('harbour', [])).toBe(false);
    expect(asked).toEqual(['beach']);
  });

  it('a coast that left does not silence the coast that came after it', async () => {
    const walks = new CoastWalks();
    const stopOld = walks.listen(async () => undefined);
    const asked: string[] = [];
    walks.listen(async (place) => void asked.push(place));
    stopOld();
    expect(await walks.walk('reef-council', [])).toBe(true);
    expect(asked).toEqual(['reef-council']);
  });
});
