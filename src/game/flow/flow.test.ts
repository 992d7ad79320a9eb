import { describe, expect, it } from 'vitest';
import { ArtKey } from '../art/index.ts';
import { STORAGE_KEY } from '../../state/store.ts';
import { memoryStorage } from '../../state/storage.ts';
import { StorageKey, TextureKey } from '../keys.ts';
import { readBookmark, writeBookmark } from './bookmark.ts';
import { chapterList, chapterNumber } from './chapters.ts';
import { browserLanguage, peekSave } from './peek.ts';
import { parseRoute, routeHash } from './router.ts';
import { chapterPlace, placeNear, PLACE_AT } from './world.ts';

describe('deep links', () => {
  it('reads #chapter/N, #sandbox, #classroom, #settings, #credits', () => {
    expect(parseRoute('#chapter/3')).toEqual({ kind: 'chapter', number: 3 });
    expect(parseRoute('#/chapitre/12/')).toEqual({ kind: 'chapter', number: 12 });
    for (const kind of ['sandbox', 'classroom', 'settings', 'credits'] as const) {
      expect(parseRoute(`#${kind}`)).toEqual({ kind });
      expect(routeHash({ kind })).toBe(`#${kind}`);
    }
    expect(routeHash({ kind: 'chapter', number: 2 })).toBe('#chapter/2');
  });

  it('ignores anything else', () => {
    for (const hash of ['', '#', '#chapter', '#chapter/x', '#chapter/123', '#admin', '#settings/extra']) expect(parseRoute(hash)).toBeUndefined();
  });
});

describe('quick look at the save', () => {
  it('follows the browser language on a first run', () => {
    expect(peekSave(memoryStorage(), ['en-GB', 'fr'])).toEqual({ firstRun: true, chaptersDone: 0, settings: { language: 'en', textSize: 'normal', textSpeed: 'normal', reducedMotion: false } });
    expect(browserLanguage(['de-DE', 'fr-CA'])).toBe('fr');
    expect(browserLanguage(['de-DE'])).toBe('fr');
  });

  it('reads the settings and the run of a save, and trusts only values it knows', () => {
    const save = { state: { settings: { language: 'en', textSize: 'huge', textSpeed: 'fast', reducedMotion: true }, run: { scenario: 'chapter-2', answers: [1] } }, version: 1 };
    const storage = memoryStorage({ [StorageKey.save]: JSON.stringify(save) });
    expect(peekSave(storage, ['fr'])).toEqual({ firstRun: false, chaptersDone: 0, run: 'chapter-2', settings: { language: 'en', textSize: 'normal', textSpeed: 'fast', reducedMotion: true } });
    expect(peekSave(memoryStorage({ [StorageKey.save]: '{oops' }), ['en']).settings.language).toBe('en');
  });

  it('uses the store’s key, and the art catalogue’s key for the title background', () => {
    expect(StorageKey.save).toBe(STORAGE_KEY);
    expect(TextureKey.titleBackground).toBe(ArtKey.background.title);
  });
});

describe('bookmark', () => {
  it('is written, read back, cleared, and never trusted when malformed', () => {
    const storage = memoryStorage();
    writeBookmark({ scenario: 'chapter-1', answers: 2, cursor: 17 }, storage);
    expect(readBookmark(storage)).toEqual({ scenario: 'chapter-1', answers: 2, cursor: 17 });
    writeBookmark(undefined, storage);
    expect(readBookmark(storage)).toBeUndefined();
    storage.setItem(StorageKey.bookmark, '{"scenario":"x","answers":-1,"cursor":2}');
    expect(readBookmark(storage)).toBeUndefined();
  });
});

describe('chapters and the coast', () => {
  it('lists one file per chapter number, in order', () => {
    expect(chapterNumber('/scenarios/chapter-12-the-end.json')).toBe(12);
    expect(chapterNumber('/scenarios/sandbox-spoiler.json')).toBeUndefined();
    const load = async (): Promise<string> => '';
    const list = chapterList({ '/scenarios/chapter-2-b.json': load, '/scenarios/chapter-10-x.json': load }, { '/scenarios/sample-first-vote.json': load });
    expect(list.map((c) => [c.number, c.id])).toEqual([
      [1, 'sample-first-vote'],
      [2, 'chapter-2'],
      [10, 'chapter-10'],
    ]);
    expect(chapterList().map((c) => c.number)[0]).toBe(1);
  });

  it('puts every chapter at a place of the map, and finds the place under a point', () => {
    for (let n = 1; n <= 9; n++) expect(PLACE_AT[chapterPlace(n)]).toBeDefined();
    expect(placeNear(PLACE_AT.beach, 0.05)).toBe('beach');
    expect(placeNear({ x: 0.99, y: 0.99 }, 0.05)).toBeUndefined();
  });
});
