/**
 * The places of the coast map (L'Anse-aux-Pinces): a chapter says at which one its sign
 * stands (`coast` in its metadata), and the game draws them. Here, below the game, so that the
 * loader can check a chapter's place without knowing the map.
 */
export const COAST_PLACES = ['kelp-forest', 'reef-council', 'harbour', 'rock-pool', 'beach', 'dune', 'lagoon'] as const;
export type CoastPlace = (typeof COAST_PLACES)[number];

/** Where a chapter without a place of its own stands: the Council Rocks, where the cove meets. */
export const DEFAULT_COAST_PLACE: CoastPlace = 'reef-council';

export function isCoastPlace(id: string | undefined): id is CoastPlace {
  return id !== undefined && (COAST_PLACES as readonly string[]).includes(id);
}
