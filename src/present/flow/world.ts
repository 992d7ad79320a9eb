/**
 * The coast as a map: where each place of the campaign bible lies (0–1 of the map's width and
 * height) and the paths between them. Which chapter opens where is the chapter's own `coast`
 * (src/scenario/coast.ts); a scenario's place that is not on the map is shown at the Council
 * Rocks, where the cove meets.
 */
import { COAST_PLACES, DEFAULT_COAST_PLACE, isCoastPlace, type CoastPlace } from '../../scenario/coast.ts';

export { COAST_PLACES, type CoastPlace };

export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

export const PLACE_AT: Readonly<Record<CoastPlace, MapPoint>> = {
  'kelp-forest': { x: 0.2, y: 0.2 },
  'reef-council': { x: 0.5, y: 0.3 },
  harbour: { x: 0.86, y: 0.24 },
  'rock-pool': { x: 0.76, y: 0.52 },
  beach: { x: 0.46, y: 0.6 },
  dune: { x: 0.24, y: 0.64 },
  lagoon: { x: 0.12, y: 0.82 },
};

/** Paths drawn on the map (the crab can walk anywhere; these guide the eye). */
export const PATHS: readonly (readonly [CoastPlace, CoastPlace])[] = [
  ['beach', 'dune'],
  ['dune', 'lagoon'],
  ['beach', 'rock-pool'],
  ['rock-pool', 'harbour'],
  ['beach', 'reef-council'],
  ['reef-council', 'kelp-forest'],
  ['reef-council', 'harbour'],
];

export function placeOnMap(id: string | undefined): CoastPlace {
  return isCoastPlace(id) ? id : DEFAULT_COAST_PLACE;
}

/** The place nearest to a map point, if it is within `radius` (in the same 0–1 units, x scaled by aspect). */
export function placeNear(point: MapPoint, radius: number, aspect = 16 / 9): CoastPlace | undefined {
  let best: CoastPlace | undefined;
  let bestDistance = radius;
  for (const place of COAST_PLACES) {
    const p = PLACE_AT[place];
    const d = Math.hypot((p.x - point.x) * aspect, p.y - point.y);
    if (d <= bestDistance) {
      best = place;
      bestDistance = d;
    }
  }
  return best;
}
