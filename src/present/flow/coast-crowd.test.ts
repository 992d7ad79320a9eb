import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gameMessages } from '../../i18n/messages/game.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { freeSpot, layOutCrowd, overlapArea, type Box, type CrowdInput } from './coast-crowd.ts';
import { coastResidents, type ChapterCast } from './coast-talk.ts';
import { landmarks, type CoastProgress } from './coast-world.ts';
import { COAST_PLACES, PLACE_AT, type CoastPlace } from './world.ts';

/** The shipped chapters, in their order, as the coast reads them. */
const chapters: ScenarioData[] = readdirSync('scenarios')
  .filter((f) => /^chapter-\d+-.*\.json$/.test(f))
  .sort((a, b) => parseInt(a.slice(8), 10) - parseInt(b.slice(8), 10))
  .map((f) => loadScenarioText(readFileSync(`scenarios/${f}`, 'utf8')).scenario!);
const casts: ChapterCast[] = chapters.map((s) => ({ chapter: s.id, members: s.cast }));
const endingsOf = (id: string): string[] => {
  const s = chapters.find((c) => c.id === id)!;
  return [...new Set(s.steps.flatMap((st) => (st.type === 'end' && st.ending ? [st.ending] : [])))];
};

/**
 * Every progress that changes who lives where: any set of the chapters 2–9 finished after the
 * first (chapters can be played from the coast in any order), and chapter 6 on each of its
 * endings (its keeper moves to the harbour). Other endings move nobody.
 */
function* everyProgress(): Generator<CoastProgress> {
  const later = chapters.slice(1).map((s) => s.id);
  for (let mask = 0; mask < 1 << later.length; mask++) {
    const done = ['chapter-1', ...later.filter((_, i) => mask & (1 << i))];
    const sixes = done.includes('chapter-6') ? endingsOf('chapter-6') : [''];
    for (const six of sixes) yield { chaptersDone: done, endings: six ? { 'chapter-6': six } : {} };
  }
}

/** A screen as the coast scene sees it: its surface, a resident's cell, the size of its text and band. */
interface Screen {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** A resident's cell: the 64 px picture, or a finger's 44 CSS px in surface pixels on a touch screen. */
  readonly cell: number;
  /** The text-size factor the tags are drawn at (the screen's floor on a phone held sideways). */
  readonly text: number;
  readonly band: number;
}

const SCREENS: readonly Screen[] = [
  { name: '1280×720 with a mouse', width: 1280, height: 720, cell: 64, text: 1, band: 72 },
  { name: '1280×720 at the larger text', width: 1280, height: 720, cell: 64, text: 1.5, band: 96 },
  // 740 × 360: the surface at half size, a finger is 88 px, the text raised to the larger size.
  { name: 'a phone held sideways (740×360)', width: 1280, height: 720, cell: 88, text: 1.5, band: 96 },
  // 390 × 844: the upright frame 720 × 1558 at 0.54, a finger is 82 px; the hint wraps on up to four lines.
  { name: 'a phone held upright (390×844)', width: 720, height: 1558, cell: 82, text: 1, band: 130 },
];

/** The longer of a place's French and English names. */
const placeName = (p: CoastPlace): string =>
  [gameMessages.fr[`coast.place.${p}`], gameMessages.en[`coast.place.${p}`]].reduce((a, b) =>
    a.length >= b.length ? a : b,
  );

/**
 * What the coast scene measures, modelled: each name tag (18 px bold, about 0.62 em a character,
 * 10 px of padding each side) and each chapter's sign (the board and its focus ring, or a finger's
 * size), as CoastScene, name-tags.ts and signs.ts draw them.
 */
function inputFor(
  screen: Screen,
  counts: ReadonlyMap<CoastPlace, number>,
  progress?: CoastProgress,
): { input: CrowdInput; tags: Box[]; finale?: Box } {
  const at = (p: CoastPlace) => ({ x: PLACE_AT[p].x * screen.width, y: PLACE_AT[p].y * screen.height });
  const font = 18 * screen.text;
  const floor = screen.height - screen.band;
  const tags = COAST_PLACES.map((p) => {
    const w = placeName(p).length * font * 0.62 + 20;
    const h = font * 1.25 + 8;
    const below = { x: at(p).x - w / 2, y: at(p).y + 34, w, h };
    // A tag that would hang under the band goes above the signs (name-tags.ts).
    return below.y + h <= floor ? below : { ...below, y: at(p).y - 70 - h };
  });
  const signs = chapters.map((s, i) => {
    const place = s.coast as CoastPlace;
    const k = chapters.slice(0, i).filter((c) => c.coast === place).length;
    // signs.ts: left of the place, the first one's hit area on the screen.
    const x = Math.max(Math.max(60, screen.cell) / 2 + 2, at(place).x - 58) + k * Math.max(50, screen.cell);
    const w = Math.max(60, screen.cell);
    const h = Math.max(78, screen.cell);
    return { x: x - w / 2, y: at(place).y - 6 - 21 - h / 2, w, h };
  });
  const menu = {
    x: screen.width - 90 - 75,
    y: 40 - Math.max(50, screen.cell) / 2,
    w: 150,
    h: Math.max(50, screen.cell),
  };
  const drawn = [...tags, ...signs, menu, ...(progress ? [captionBox(screen, TALLEST_CAPTIONS)] : [])];
  const area = { x: 8, y: 8, w: screen.width - 16, h: floor - 16 };
  // finale-button.ts: right of the beach, or the nearest spot clear of all that and of the crab.
  const beach = at('beach');
  const crab = { x: beach.x - 48, y: beach.y + 20 - 48, w: 96, h: 96 };
  const button = { w: Math.max(280, screen.cell), h: Math.max(48 * screen.text, screen.cell) };
  const finale = progress?.chaptersDone.includes('chapter-9')
    ? freeSpot(button, { x: beach.x + 140 - button.w / 2, y: beach.y - 30 - button.h / 2 }, area, [...drawn, crab])
    : undefined;
  return {
    tags,
    finale,
    input: {
      area,
      cell: screen.cell,
      cellGap: screen.cell > 64 ? 0 : 8,
      gap: 8,
      places: [...counts].map(([place, count]) => ({ place, at: at(place), count })),
      obstacles: [...drawn, ...(finale ? [finale] : [])],
    },
  };
}

/** The story's end with the shelter in the wreck: the harbour shows three things, the most any place does. */
const TALLEST_CAPTIONS: CoastProgress = {
  chaptersDone: ['chapter-1', 'chapter-2', 'chapter-6', 'chapter-7', 'chapter-9'],
  endings: { 'chapter-1': 'wreck', 'chapter-2': 'etrille', 'chapter-6': 'maia', 'chapter-7': 'portrait' },
};

/**
 * The tallest caption of what the places show (coast-world.ts): along the top, left of the Menu,
 * 16 px text wrapped (about 0.55 em a character, in the longer of French and English), 10 px padding.
 */
function captionBox(screen: Screen, progress: CoastProgress): Box {
  const w = Math.min(720, screen.width - 205);
  const font = 16 * screen.text;
  const perLine = Math.floor((w - 24) / (font * 0.55));
  const byPlace = new Map<CoastPlace, number>();
  for (const l of landmarks(progress)) {
    const text = [coastWorldMessages.fr, coastWorldMessages.en].map((m) => (m as Record<string, string>)[l.text]);
    const lines = Math.max(...text.map((one) => Math.ceil(one.length / perLine)));
    byPlace.set(l.place, (byPlace.get(l.place) ?? 0) + lines);
  }
  const lines = Math.max(0, ...byPlace.values());
  return { x: 20, y: 10, w, h: lines * font * 1.25 + 20 };
}

const countsOf = (p: CoastProgress): Map<CoastPlace, number> => {
  const counts = new Map<CoastPlace, number>();
  for (const r of coastResidents(casts, p)) counts.set(r.place, (counts.get(r.place) ?? 0) + 1);
  return counts;
};

describe('where the coast residents stand', () => {
  it('has a crowd worth laying out: up to six at one place late in the story', () => {
    const biggest = Math.max(...[...everyProgress()].flatMap((p) => [...countsOf(p).values()]));
    expect(biggest).toBe(6);
  });

  it.each(SCREENS)('covers nothing on $name, in every progress', (screen) => {
    const problems = new Set<string>();
    let layouts = 0;
    const seen = new Set<string>();
    for (const progress of everyProgress()) {
      const counts = countsOf(progress);
      // Progresses with the same numbers at each place lay out the same.
      const key = JSON.stringify([...counts].sort()) + progress.chaptersDone.includes('chapter-9');
      layouts += 1;
      if (seen.has(key)) continue;
      seen.add(key);
      const { input, tags } = inputFor(screen, counts, progress);
      const below = (p: CoastPlace) => {
        const tag = tags[COAST_PLACES.indexOf(p)];
        const y = PLACE_AT[p].y * screen.height;
        return tag.y > y ? tag.y + tag.h : y + 20;
      };
      const crowd = layOutCrowd(input, below);
      const say = (what: string) => problems.add(`${what} (done: ${progress.chaptersDone.join(' ')})`);
      for (const place of crowd.crowded) say(`${place} found no free room`);
      // Every resident has a cell, inside the area, covering no cell of another resident nor anything drawn.
      for (const [place, n] of counts) if (crowd.spots.get(place)?.length !== n) say(`${place} lacks cells`);
      const cells = [...crowd.spots].flatMap(([place, spots]) =>
        spots.map((s) => ({
          place,
          x: s.x - screen.cell / 2,
          y: s.y - screen.cell / 2,
          w: screen.cell,
          h: screen.cell,
        })),
      );
      const area = input.area;
      cells.forEach((a, i) => {
        if (a.x < area.x || a.y < area.y || a.x + a.w > area.x + area.w || a.y + a.h > area.y + area.h)
          say(`${a.place} leaves the room`);
        for (const b of cells.slice(i + 1)) if (overlapArea(a, b) > 0) say(`${a.place} covers ${b.place}`);
        input.obstacles.forEach((o, k) => {
          if (overlapArea(a, o) > 0) say(`${a.place} covers obstacle ${k}`);
        });
      });
    }
    expect([...problems].slice(0, 10)).toEqual([]);
    expect(layouts).toBeGreaterThan(256);
  });

  it('keeps a place’s group near it, late in the story on a phone held sideways', () => {
    const screen = SCREENS[2];
    const all = { chaptersDone: chapters.map((s) => s.id), endings: { 'chapter-6': 'maia' } };
    const { input, tags } = inputFor(screen, countsOf(all));
    const crowd = layOutCrowd(input, (p) => tags[COAST_PLACES.indexOf(p)].y + tags[COAST_PLACES.indexOf(p)].h);
    for (const [place, spots] of crowd.spots) {
      const at = { x: PLACE_AT[place].x * screen.width, y: PLACE_AT[place].y * screen.height };
      // The group's middle within four cells of its place, and nobody farther than six.
      const mid = {
        x: spots.reduce((s, p) => s + p.x, 0) / spots.length,
        y: spots.reduce((s, p) => s + p.y, 0) / spots.length,
      };
      expect(Math.hypot(mid.x - at.x, mid.y - at.y), place).toBeLessThan(screen.cell * 4);
      for (const s of spots) expect(Math.hypot(s.x - at.x, s.y - at.y), place).toBeLessThan(screen.cell * 6);
    }
    expect(crowd.spots.get('harbour')).toHaveLength(6);
    expect(crowd.crowded).toEqual([]);
  });
});

describe('a free spot for a box (the finale’s button, a speech bubble)', () => {
  const area = { x: 0, y: 0, w: 400, h: 300 };
  const size = { w: 100, h: 40 };

  it('keeps the wanted spot when it covers nothing', () => {
    expect(freeSpot(size, { x: 50, y: 50 }, area, [{ x: 200, y: 200, w: 50, h: 50 }])).toEqual({
      x: 50,
      y: 50,
      w: 100,
      h: 40,
    });
  });

  it('moves just clear of what the wanted spot covers, nearest first, inside the area', () => {
    const sign = { x: 60, y: 40, w: 60, h: 78 };
    const spot = freeSpot(size, { x: 50, y: 50 }, area, [sign]);
    expect(overlapArea(spot, sign)).toBe(0);
    expect(spot.x >= 0 && spot.y >= 0 && spot.x + spot.w <= 400 && spot.y + spot.h <= 300).toBe(true);
    // Below the sign (8 px gap) is 76 px away; left of it, pushed into the area, 50 px: nearest.
    expect(Math.hypot(spot.x - 50, spot.y - 50)).toBeLessThanOrEqual(76);
  });

  it('pushes a box wanted off the screen back inside it', () => {
    const spot = freeSpot(size, { x: 380, y: -20 }, area, []);
    expect(spot).toEqual({ x: 300, y: 0, w: 100, h: 40 });
  });
});

describe('the finale’s button', () => {
  const all = { chaptersDone: chapters.map((s) => s.id), endings: { 'chapter-6': 'maia' } };
  it.each(SCREENS)('is clear of every sign, name, the Menu and the caption, on $name', (screen) => {
    const { input, finale } = inputFor(screen, countsOf(all), all);
    expect(finale).toBeDefined();
    const others = input.obstacles.filter((o) => o !== finale);
    expect(others.filter((o) => overlapArea(o, finale!) > 0)).toEqual([]);
  });
});
