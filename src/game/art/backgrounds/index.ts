/** The places of the coast as 1920 × 1080 SVG backgrounds (16:9, scaled down cleanly to 1280 × 720). */
import { backgroundDoc, H, type Scene, W } from './common.ts';
import { harbour, title } from './harbour-title.ts';
import { beach, dune, lagoon } from './shore.ts';
import { kelpForest, reefCouncil, rockPool } from './underwater.ts';

export const BACKGROUNDS = [
  'beach',
  'rock-pool',
  'kelp-forest',
  'harbour',
  'reef-council',
  'dune',
  'lagoon',
  'title',
] as const;
export type BackgroundName = (typeof BACKGROUNDS)[number];

const SCENES: Record<BackgroundName, () => Scene> = {
  beach,
  'rock-pool': rockPool,
  'kelp-forest': kelpForest,
  harbour,
  'reef-council': reefCouncil,
  dune,
  lagoon,
  title,
};

export const BACKGROUND_SIZE = { width: W, height: H } as const;

export function backgroundSvg(name: BackgroundName, title?: string): string {
  const make = SCENES[name];
  if (!make) throw new Error(`Unknown background: ${String(name)}`);
  return backgroundDoc(make(), title);
}
