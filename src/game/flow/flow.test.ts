import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArtKey } from '../art/index.ts';
import { createGameStore, STORAGE_KEY } from '../../state/store.ts';
import { memoryStorage } from '../../state/storage.ts';
import { StorageKey, TextureKey } from '../keys.ts';
import { forgetLegacyBookmark, legacyBookmark } from './bookmark.ts';
import { builtInChapters, readChapterIndex } from './chapters.ts';
import { browserLanguage, peekSave } from './peek.ts';
import { parseRoute, routeHash } from './router.ts';
import { COAST_PLACES, placeNear, PLACE_AT } from '../../present/flow/world.ts';

describe('deep links', () => {
  it('reads #chapter/N, #sandbox, #classroom, #settings, #credits', () => {
    expect(parseRoute('#chapter/3')).toEqual({ kind: 'chapter', number: 3 });
    expect(parseRoute('#/chapitre/12/')).toEqual({ kind: 'chapter', number: 12 });
    for (const kind of ['sandbox', 'classroom', 'settings', 'credits'] as const) {
      expect(parseRoute(`#${kind}`)).toEqual({ kind });
      expect(routeHash({ kind })).toBe(`#${kind}`);
    }
    expect(routeHash({ kind: 'chapter', number: 2 })).toBe('#chapter/2');
    // For slides: the screen that opens a chapter file from the disk.
    expect(parseRoute('#chapter-file')).toEqual({ kind: 'chapter-file' });
    expect(routeHash({ kind: 'chapter-file' })).toBe('#chapter-file');
  });

  it('ignores anything else', () => {
    for (const hash of ['', '#', '#chapter', '#chapter/x', '#chapter/123', '#admin', '#settings/extra'])
      expect(parseRoute(hash)).toBeUndefined();
  });
});

describe('quick look at the save', () => {
  it('follows the browser language on a first run', () => {
    expect(peekSave(memoryStorage(), ['en-GB', 'fr'])).toEqual({
      firstRun: true,
      chaptersDone: 0,
      settings: { language: 'en', textSize: 'normal', textSpeed: 'normal', reducedMotion: false },
    });
    expect(browserLanguage(['de-DE', 'fr-CA'])).toBe('fr');
    expect(browserLanguage(['de-DE'])).toBe('fr');
  });

  it('reads the settings and the run of a save, and trusts only values it knows', () => {
    const save = {
      state: {
        settings: { language: 'en', textSize: 'huge', textSpeed: 'fast', reducedMotion: true },
        run: { scenario: 'chapter-2', answers: [1] },
      },
      version: 1,
    };
    const storage = memoryStorage({ [StorageKey.save]: JSON.stringify(save) });
    expect(peekSave(storage, ['fr'])).toEqual({
      firstRun: false,
      chaptersDone: 0,
      run: 'chapter-2',
      settings: { language: 'en', textSize: 'normal', textSpeed: 'fast', reducedMotion: true },
    });
    expect(peekSave(memoryStorage({ [StorageKey.save]: '{oops' }), ['en']).settings.language).toBe('en');
  });

  it('uses the store’s key, and the art catalogue’s key for the title background', () => {
    expect(StorageKey.save).toBe(STORAGE_KEY);
    expect(TextureKey.titleBackground).toBe(ArtKey.background.title);
  });
});

describe('bookmark', () => {
  it('is saved with the run in the store, and forgotten with it', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    store.getState().markRun({ answers: 0, cursor: 3 });
    expect(store.getState().run).toBeNull();
    store.getState().startRun('chapter-1');
    store.getState().recordAnswer(1, 4);
    store.getState().markRun({ answers: 1, cursor: 17 });
    expect(JSON.parse(storage.getItem(StorageKey.save)!).state.run.bookmark).toEqual({ answers: 1, cursor: 17 });
    expect(createGameStore({ storage }).getState().run?.bookmark).toEqual({ answers: 1, cursor: 17 });
    store.getState().endRun();
    expect(createGameStore({ storage }).getState().run).toBeNull();
  });

  it('of a save of before is read from its own key, never trusted when malformed, and forgotten unless the save is read-only', () => {
    const storage = memoryStorage({ [StorageKey.bookmark]: '{"scenario":"chapter-1","answers":2,"cursor":17}' });
    expect(legacyBookmark(storage)).toEqual({ scenario: 'chapter-1', answers: 2, cursor: 17 });
    const newer = createGameStore({
      storage: memoryStorage({ [StorageKey.save]: JSON.stringify({ version: 99, state: {} }) }),
    });
    expect(newer.getState().readOnly).toBe(true);
    forgetLegacyBookmark(newer, storage);
    expect(legacyBookmark(storage)).toBeDefined();
    forgetLegacyBookmark(createGameStore({ storage: memoryStorage() }), storage);
    expect(legacyBookmark(storage)).toBeUndefined();
    storage.setItem(StorageKey.bookmark, '{"scenario":"x","answers":-1,"cursor":2}');
    expect(legacyBookmark(storage)).toBeUndefined();
  });
});

describe('chapters and the coast', () => {
  it('lists the chapters by their own metadata: number, id, title, place (any valid id; one per id and per number)', async () => {
    const file = (doc: Record<string, unknown>) => async (): Promise<string> =>
      JSON.stringify({
        title: 'title',
        texts: { fr: { title: `Titre ${String(doc.id)}` }, en: { title: `Title ${String(doc.id)}` } },
        ...doc,
      });
    const list = await readChapterIndex({
      '/scenarios/chapter-2-b.json': file({ id: 'chapter-2', chapter: 2, coast: 'dune' }),
      '/scenarios/chapter-10-x.json': file({ id: 'phare', chapter: 10, coast: 'harbour' }),
      '/scenarios/chapter-2-a.json': file({ id: 'chapter-2-bis', chapter: 2 }),
      '/scenarios/chapter-3.json': async () => '{ not json',
    });
    expect(list.map((c) => [c.number, c.id, c.path, c.title.en, c.coast])).toEqual([
      // chapter-2-a.json comes first by name and keeps number 2; chapter-2-b.json is the second file numbered 2.
      [2, 'chapter-2-bis', '/scenarios/chapter-2-a.json', 'Title chapter-2-bis', 'reef-council'],
      [10, 'phare', '/scenarios/chapter-10-x.json', 'Title phare', 'harbour'],
      // Unreadable: still listed (by its path) so that playing it says what is wrong.
      [
        undefined,
        '/scenarios/chapter-3.json',
        '/scenarios/chapter-3.json',
        '/scenarios/chapter-3.json',
        'reef-council',
      ],
    ]);
    expect((await builtInChapters()).map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('puts each chapter’s sign where its own file says (`coast`), a place that its scenario declares', async () => {
    const expected: Record<number, string> = {
      1: 'beach',
      2: 'rock-pool',
      3: 'harbour',
      4: 'kelp-forest',
      5: 'lagoon',
      6: 'dune',
      7: 'harbour',
      8: 'reef-council',
      9: 'reef-council',
    };
    const scenarios = new URL('../../../scenarios/', import.meta.url);
    const files = readdirSync(scenarios).filter((f) => f.startsWith('chapter-') && f.endsWith('.json'));
    const list = await builtInChapters();
    expect(list).toHaveLength(files.length);
    for (const chapter of list) {
      expect(chapter.coast, chapter.id).toBe(expected[chapter.number!]);
      expect(chapter.id).toBe(`chapter-${chapter.number}`);
      const declared = (
        JSON.parse(readFileSync(new URL(chapter.path.replace('/scenarios/', ''), scenarios), 'utf8')) as {
          places: { id: string }[];
        }
      ).places.map((p) => p.id);
      expect(declared, `${chapter.path} declares the place of its sign`).toContain(chapter.coast);
    }
  });

  it('finds the place under a point, the nearest one within the radius', () => {
    for (const place of COAST_PLACES) expect(placeNear(PLACE_AT[place], 0.05), place).toBe(place);
    expect(placeNear({ x: 0.99, y: 0.99 }, 0.05)).toBeUndefined();
    // Between the dune (0.24, 0.64) and the beach (0.46, 0.6), nearer the beach once x counts 16/9.
    expect(placeNear({ x: 0.38, y: 0.62 }, 0.3)).toBe('beach');
    expect(placeNear({ x: 0.38, y: 0.62 }, 0.1)).toBeUndefined();
  });
});
