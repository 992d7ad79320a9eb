/**
 * Where the coast's residents stand, in the surface's pixels. Late in the story a place has up to
 * six residents (the harbour, with the lighthouse keeper), and on a touch screen each needs a
 * finger's cell (88 px on a phone held sideways): one row under the place's name would run into
 * the next place. Each place's group is a small block of one to three rows, put where it covers
 * nothing else, as near as can be to the spot under the place's name (a single row preferred).
 * The fullest places are placed first; a block never covers a sign, a name tag, another block,
 * or the hint band at the foot of the screen. Headless: the coast scene measures and draws (coast/talk.ts).
 */
import type { CoastPlace } from './world.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface Spot {
  readonly x: number;
  readonly y: number;
}

interface CrowdPlace {
  readonly place: CoastPlace;
  /** The place on the map (where its signs stand and its name tag hangs below). */
  readonly at: Spot;
  readonly count: number;
}

export interface CrowdInput {
  /** The area the residents may stand in: the screen above the hint band. */
  readonly area: Box;
  /** A resident's cell (the picture, or a finger's size on a touch screen). */
  readonly cell: number;
  /** The gap between cells of a block (none when a finger's cell already leaves room around the picture). */
  readonly cellGap: number;
  /** The gap kept around a block. */
  readonly gap: number;
  readonly places: readonly CrowdPlace[];
  /** What must stay uncovered: the signs, the name tags, the menu button. */
  readonly obstacles: readonly Box[];
}

/** Each place's residents' centres, in the order given, and the places whose block had to cover something. */
interface Crowd {
  readonly spots: ReadonlyMap<CoastPlace, readonly Spot[]>;
  readonly crowded: readonly CoastPlace[];
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const inside = (a: Box, area: Box): boolean =>
  a.x >= area.x && a.y >= area.y && a.x + a.w <= area.x + area.w && a.y + a.h <= area.y + area.h;

/** A block's shapes: one row, or two or three rows of cells, widest first. */
function shapes(count: number, cell: number, gap: number): { w: number; h: number }[] {
  const out: { w: number; h: number }[] = [];
  for (let rows = 1; rows <= Math.min(3, count); rows++) {
    const perRow = Math.ceil(count / rows);
    if (Math.ceil(count / perRow) !== rows) continue; // the same shape as fewer rows
    out.push({ w: perRow * cell + (perRow - 1) * gap, h: rows * cell + (rows - 1) * gap });
  }
  return out;
}

/**
 * The blocks tried for a place, nearest first to the spot under its name: placed by the place
 * (under, beside, above), against the screen's edges, or just clear of something already there.
 */
function candidates(p: CrowdPlace, input: CrowdInput, below: number, taken: readonly Box[]): Box[] {
  const { area, gap, cell } = input;
  const out: { box: Box; far: number }[] = [];
  shapes(p.count, cell, input.cellGap).forEach(({ w, h }, extraRows) => {
    const xs = [p.at.x - w / 2, p.at.x + 90, p.at.x - 90 - w, area.x, area.x + area.w - w];
    const ys = [below, p.at.y - h / 2, p.at.y - 80 - h, area.y, area.y + area.h - h];
    for (const o of taken) {
      xs.push(o.x - w - gap, o.x + o.w + gap);
      ys.push(o.y - h - gap, o.y + o.h + gap);
    }
    for (const x of xs)
      for (const y of ys) {
        const box = { x, y, w, h };
        if (!inside(box, area)) continue;
        // Distance from the spot under the name, and half a cell for each row beyond the first.
        const far = Math.hypot(x + w / 2 - p.at.x, y + h / 2 - (below + cell / 2)) + (extraRows * cell) / 2;
        out.push({ box, far });
      }
  });
  return out.sort((a, b) => a.far - b.far).map((c) => c.box);
}

/** The centres of `count` cells laid in a block, row by row, the last row centred. */
function cellsOf(block: Box, count: number, cell: number, gap: number): Spot[] {
  const perRow = Math.round((block.w + gap) / (cell + gap));
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const left = block.x + (block.w - (inRow * cell + (inRow - 1) * gap)) / 2;
    return { x: left + cell / 2 + (i % perRow) * (cell + gap), y: block.y + cell / 2 + row * (cell + gap) };
  });
}

/**
 * Lays out every place's residents. `below(place)` is the y under the place's name tag, where its
 * row hangs when there is room.
 */
export function layOutCrowd(input: CrowdInput, below: (place: CoastPlace) => number): Crowd {
  const taken: Box[] = [...input.obstacles];
  const spots = new Map<CoastPlace, Spot[]>();
  const crowded: CoastPlace[] = [];
  const order = [...input.places].filter((p) => p.count > 0).sort((a, b) => b.count - a.count);
  for (const p of order) {
    const tries = candidates(p, input, below(p.place) + input.gap, taken);
    const cost = (b: Box): number => taken.reduce((sum, t) => sum + overlapArea(b, t), 0);
    const free = tries.find((b) => cost(b) === 0);
    // Nothing free: the block that covers least (the layout test fails on it); no room at all: the place itself.
    const fallback = { x: p.at.x, y: p.at.y, w: input.cell, h: input.cell };
    const block = free ?? tries.reduce((best, b) => (cost(b) < cost(best) ? b : best), tries[0] ?? fallback);
    if (!free) crowded.push(p.place);
    taken.push(block);
    spots.set(p.place, cellsOf(block, p.count, input.cell, input.cellGap));
  }
  return { spots, crowded };
}

/**
 * Where a box of `size` goes, nearest to `wanted` (its top-left corner), inside `area` and
 * covering none of `obstacles`: the finale's button by the beach, a resident's speech bubble.
 * Tried: the wanted spot, then spots just clear of each obstacle, then a coarse grid over the area.
 * Nothing free: the wanted spot, pushed inside the area.
 */
export function freeSpot(
  size: { readonly w: number; readonly h: number },
  wanted: Spot,
  area: Box,
  obstacles: readonly Box[],
  gap = 8,
): Box {
  const { w, h } = size;
  const clampX = (x: number): number => Math.min(Math.max(x, area.x), area.x + area.w - w);
  const clampY = (y: number): number => Math.min(Math.max(y, area.y), area.y + area.h - h);
  const xs = [wanted.x];
  const ys = [wanted.y];
  for (const o of obstacles) {
    xs.push(o.x - w - gap, o.x + o.w + gap);
    ys.push(o.y - h - gap, o.y + o.h + gap);
  }
  for (let k = 0; k <= 8; k++) {
    xs.push(area.x + ((area.w - w) * k) / 8);
    ys.push(area.y + ((area.h - h) * k) / 8);
  }
  const tries: Box[] = [];
  for (const x of xs) for (const y of ys) tries.push({ x: clampX(x), y: clampY(y), w, h });
  const far = (b: Box): number => Math.hypot(b.x - wanted.x, b.y - wanted.y);
  const free = tries
    .filter((b) => w <= area.w && h <= area.h && obstacles.every((o) => overlapArea(b, o) === 0))
    .sort((a, b) => far(a) - far(b));
  return free[0] ?? { x: clampX(wanted.x), y: clampY(wanted.y), w, h };
}
